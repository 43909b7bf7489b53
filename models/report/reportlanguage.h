// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

#include <memory>

class QObject;

namespace dueline {

// A document written in another language than the interface's (a customer's report): while it
// lives, QCoreApplication::translate() answers in `language` — every text, the formats of
// durations and dates included — and QLocale's default speaks it. The interface's translators
// stay installed underneath and come back when it is destroyed; the widgets are not told (no
// QEvent::LanguageChange reaches them either way), so nothing on screen retranslates twice.
//
// Create it on the application's thread, keep it for one synchronous piece of work, and do not
// run an event loop meanwhile: other threads translating at that moment would get `language`.
class ReportLanguage
{
public:
    explicit ReportLanguage(const QString &language);
    ~ReportLanguage();
    ReportLanguage(const ReportLanguage &) = delete;
    ReportLanguage &operator=(const ReportLanguage &) = delete;

    // False when Dueline has no translations for `language` (then English is in effect).
    bool isLoaded() const { return m_loaded; }
    QString language() const { return m_language; }
    QLocale locale() const { return m_locale; }

    // "en", "ru" or "zh_CN" for a language or locale name; "en" for any other.
    static QString supported(const QString &language);

private:
    class Translator;
    class Blocker;
    std::unique_ptr<Translator> m_translator;
    std::unique_ptr<Blocker> m_blocker;
    QString m_language;
    QLocale m_locale;
    QLocale m_previousLocale;
    bool m_loaded = false;
};

} // namespace dueline
