// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/report/pdftextrepair.h"

#include <QFontDatabase>
#include <QHash>
#include <QRawFont>
#include <QRegularExpression>

namespace dueline {

namespace {

constexpr char32_t SupplementFirst = 0x2E80; // CJK Radicals Supplement
constexpr char32_t KangxiLast = 0x2FDF; // Kangxi Radicals end here

bool isRadical(char32_t c)
{
    return c >= SupplementFirst && c <= KangxiLast;
}

bool isBmpIdeograph(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

// Radical → ideograph, for every radical of both blocks that has one.
QHash<char32_t, char32_t> radicalEquivalents(const QFont &font)
{
    QHash<char32_t, char32_t> map;
    QHash<quint32, char32_t> ideographOfGlyph; // filled on first need
    const QRawFont chinese = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    for (char32_t radical = SupplementFirst; radical <= KangxiLast; ++radical) {
        const QString text = QString::fromUcs4(&radical, 1);
        const QString normalized = text.normalized(QString::NormalizationForm_KC);
        const QList<uint> ucs4 = normalized.toUcs4();
        if (ucs4.size() == 1 && isBmpIdeograph(ucs4.first())) {
            map.insert(radical, ucs4.first());
            continue;
        }
        if (!chinese.isValid())
            continue;
        if (ideographOfGlyph.isEmpty()) {
            QString all;
            for (char32_t c = 0x4E00; c <= 0x9FFF; ++c)
                all += QChar(char16_t(c));
            const QList<quint32> glyphs = chinese.glyphIndexesForString(all);
            for (qsizetype i = 0; i < glyphs.size(); ++i) {
                if (glyphs.at(i) != 0 && !ideographOfGlyph.contains(glyphs.at(i)))
                    ideographOfGlyph.insert(glyphs.at(i), char32_t(0x4E00 + i));
            }
        }
        const QList<quint32> glyph = chinese.glyphIndexesForString(text);
        if (glyph.size() == 1 && glyph.first() != 0) {
            const auto it = ideographOfGlyph.constFind(glyph.first());
            if (it != ideographOfGlyph.constEnd())
                map.insert(radical, it.value());
        }
    }
    return map;
}

} // namespace

int repairCjkToUnicode(QByteArray *pdf, const QFont &font)
{
    // The ToUnicode maps: "/ToUnicode N 0 R" names object N, a CMap stream written as text.
    static const QRegularExpression reference(QStringLiteral("/ToUnicode (\\d+) 0 R"));
    static const QRegularExpression destination(QStringLiteral("<(2[EF][0-9A-Fa-f]{2})>"));
    const QString latin = QString::fromLatin1(*pdf);
    QHash<char32_t, char32_t> equivalents;
    bool loaded = false;
    int repaired = 0;
    QList<qsizetype> done;
    for (auto refs = reference.globalMatch(latin); refs.hasNext();) {
        const QString object = refs.next().captured(1);
        const qsizetype start =
                latin.indexOf(QLatin1Char('\n') + object + QStringLiteral(" 0 obj"));
        if (start < 0 || done.contains(start))
            continue;
        done.append(start);
        const qsizetype end = latin.indexOf(QStringLiteral("endobj"), start);
        const qsizetype from = latin.indexOf(QStringLiteral("begincmap"), start);
        if (end < 0 || from < 0 || from > end)
            continue;
        // Only destinations: inside "[…]" of a bfrange, or the third code of a one-glyph range
        // or of a bfchar line. A glyph number (the first codes) is left alone.
        const QStringList lines = latin.mid(from, end - from).split(QLatin1Char('\n'));
        qsizetype offset = from;
        for (const QString &line : lines) {
            const qsizetype open = line.indexOf(QLatin1Char('['));
            const QStringList codes = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            qsizetype scanFrom = -1;
            const bool oneGlyph =
                    (codes.size() == 3 && codes.at(0) == codes.at(1)) || codes.size() == 2;
            if (open >= 0)
                scanFrom = open;
            else if (oneGlyph)
                scanFrom = line.lastIndexOf(QLatin1Char('<'));
            if (scanFrom >= 0) {
                for (auto m = destination.globalMatch(line, scanFrom); m.hasNext();) {
                    const QRegularExpressionMatch hit = m.next();
                    const char32_t radical = char32_t(hit.captured(1).toUInt(nullptr, 16));
                    if (!isRadical(radical))
                        continue;
                    if (!loaded) {
                        equivalents = radicalEquivalents(font);
                        loaded = true;
                    }
                    const auto it = equivalents.constFind(radical);
                    if (it == equivalents.constEnd())
                        continue;
                    const QByteArray hex = QByteArray::number(quint32(it.value()), 16)
                                                   .toUpper()
                                                   .rightJustified(4, '0');
                    pdf->replace(offset + hit.capturedStart(1), 4, hex);
                    ++repaired;
                }
            }
            offset += line.size() + 1;
        }
    }
    return repaired;
}

} // namespace dueline
