// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace dueline {

// A text in several UI languages ("en", "ru", "zh_CN"). Catalog and holiday names are data,
// not tr() strings: they come with the catalog files.
class LocalizedText
{
public:
    LocalizedText() = default;
    explicit LocalizedText(const QString &english)
    {
        m_texts.insert(QStringLiteral("en"), english);
    }

    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    // The text in `language`, else in its base language ("zh" for "zh_CN"), else English, else
    // any text there is.
    QString text(const QString &language) const;
    QString english() const { return text(QStringLiteral("en")); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString &language) const { return m_texts.contains(language); }
    const QHash<QString, QString> &all() const { return m_texts; }

    bool operator==(const LocalizedText &other) const { return m_texts == other.m_texts; }
    bool operator!=(const LocalizedText &other) const { return !(*this == other); }

private:
    QHash<QString, QString> m_texts;
};

} // namespace dueline
