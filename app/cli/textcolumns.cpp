// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/textcolumns.h"

#include <algorithm>

namespace dueline::textcolumns {

namespace {

// East Asian Wide (W) and Fullwidth (F) ranges of Unicode's EastAsianWidth.txt, in brief.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
           (c >= 0x3041 && c <= 0x33FF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F) ||
           (c >= 0x20000 && c <= 0x3FFFD);
}

// C0 controls but line feed and tab, DEL, and C1 controls.
bool isEscaped(char16_t c)
{
    return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

int width(const QString &text)
{
    int columns = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        const auto category = QChar::category(c);
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing ||
            category == QChar::Other_Format)
            continue;
        columns += isWide(c) ? 2 : 1;
    }
    return columns;
}

QString padRight(const QString &text, int columns)
{
    return text + QString(std::max(0, columns - width(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int columns)
{
    return QString(std::max(0, columns - width(text)), QLatin1Char(' ')) + text;
}

QString escapeControls(const QString &text)
{
    const auto first = std::find_if(text.cbegin(), text.cend(),
                                    [](QChar c) { return isEscaped(c.unicode()); });
    if (first == text.cend())
        return text;
    QString result = text.left(first - text.cbegin());
    for (auto it = first; it != text.cend(); ++it) {
        const char16_t c = it->unicode();
        if (!isEscaped(c))
            result += *it;
        else if (c <= 0x7f)
            result += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        else
            result += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
    }
    return result;
}

} // namespace dueline::textcolumns
