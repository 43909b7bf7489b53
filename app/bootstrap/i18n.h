// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// The interface language: which one to start in, and installing its translations. Qt Core only,
// shared by the GUI and the command line.
namespace dueline::i18n {

// The settings key holding the user's choice: "en", "ru", "zh_CN", or "" for the system's.
inline constexpr char settingsKey[] = "ui/language";

// The languages the interface is translated into (translation file suffixes).
QStringList supportedLanguages();

// Maps a language or locale name ("ru", "ru_RU", "ru-RU.UTF-8", "zh-CN", "zh_Hans_CN", "en_GB")
// to one of supportedLanguages(); empty when the language is not one of them.
QString matchLanguage(const QString &name);

// The language for a saved preference: the preference itself when supported, otherwise the
// system locale's language when supported, otherwise "en".
QString resolveLanguage(const QString &preference, const QLocale &systemLocale = QLocale::system());

// The language to start in: the --lang value, else QSettings "ui/language", else the system
// locale's language, falling back to English. Unsupported values are skipped.
QString chooseLanguage(const QString &commandLineValue,
                       const QLocale &systemLocale = QLocale::system());

// Installs Dueline's translations (:/i18n/dueline_<language>.qm) and Qt's own
// (qtbase_<language>.qm from Qt's translations folder), replacing those installed before, and
// makes the language's locale the default one. Every widget then receives
// QEvent::LanguageChange. Returns false, leaving English in place, when Dueline's translations
// for `language` cannot be loaded.
bool installTranslators(const QString &language);

// The language installed last; "en" before the first installTranslators().
QString currentLanguage();

} // namespace dueline::i18n
