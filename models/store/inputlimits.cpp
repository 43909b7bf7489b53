// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/inputlimits.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace dueline::inputlimits {

namespace {

// What kind of text a field holds: one line (names, codes), a subject (line breaks and tabs
// allowed), or free text (any character but NUL: pasted e-mails carry form feeds and such).
enum class Characters { Line, Subject, Text };

// The first broken surrogate pair or character the kind of text does not allow: its reason, or
// an empty string.
QString characterProblem(const QString &text, Characters kind)
{
    const bool multiline = kind != Characters::Line;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 < n && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                ++i;
                continue;
            }
            return QCoreApplication::translate(
                           "store", "not valid Unicode (a lone surrogate at character %1)")
                    .arg(i + 1);
        }
        if (QChar::isLowSurrogate(c))
            return QCoreApplication::translate(
                           "store", "not valid Unicode (a lone surrogate at character %1)")
                    .arg(i + 1);
        if ((c >= 0x20 && c != 0x7f) || (kind == Characters::Text && c != 0))
            continue;
        if (multiline && (c == '\n' || c == '\r' || c == '\t'))
            continue;
        if (c == 0)
            return QCoreApplication::translate("store", "contains a NUL character at character %1")
                    .arg(i + 1);
        if (c == '\n' || c == '\r')
            return QCoreApplication::translate("store",
                                               "contains a line break (one line expected)");
        return QCoreApplication::translate("store",
                                           "contains the control character U+%1 at character %2")
                .arg(uint(c), 4, 16, QLatin1Char('0'))
                .arg(i + 1);
    }
    return {};
}

bool fieldFail(const char *field, const QString &reason, StoreError *error)
{
    return storeFail(
            error, StoreError::Kind::Invalid,
            QCoreApplication::translate("store", "field %1: %2").arg(QLatin1String(field), reason));
}

} // namespace

qsizetype utf8Length(const QString &text)
{
    qsizetype bytes = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < n &&
                 QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            bytes += 4;
            ++i;
        } else
            bytes += 3;
    }
    return bytes;
}

QString lineProblem(const QString &text, qsizetype maxChars)
{
    if (text.size() > maxChars)
        return QCoreApplication::translate("store",
                                           "too long: %1 characters, at most %2 are allowed")
                .arg(text.size())
                .arg(maxChars);
    return characterProblem(text, Characters::Line);
}

QString subjectProblem(const QString &text)
{
    if (text.size() > SubjectChars)
        return QCoreApplication::translate("store",
                                           "too long: %1 characters, at most %2 are allowed")
                .arg(text.size())
                .arg(SubjectChars);
    return characterProblem(text, Characters::Subject);
}

QString textProblem(const QString &text, qsizetype maxBytes)
{
    // A UTF-16 unit is at most 3 UTF-8 bytes: skip counting for the common short text.
    if (text.size() * 3 > maxBytes) {
        const qsizetype bytes = utf8Length(text);
        if (bytes > maxBytes)
            return QCoreApplication::translate(
                           "store", "too long: %1 bytes (UTF-8), at most %2 (%3 MiB) are allowed")
                    .arg(bytes)
                    .arg(maxBytes)
                    .arg(double(maxBytes) / (1024 * 1024), 0, 'g', 3);
    }
    return characterProblem(text, Characters::Text);
}

QString instantProblem(qint64 seconds)
{
    if (seconds >= EarliestInstant && seconds < EndInstant)
        return {};
    const QDateTime at = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    const QString shown = at.isValid() && at.date().year() >= 1 && at.date().year() <= 9999
                                  ? at.toString(Qt::ISODate)
                                  : QString::number(seconds);
    return QCoreApplication::translate("store",
                                       "%1 is outside the years Dueline accepts (%2 to %3, UTC)")
            .arg(shown)
            .arg(QDateTime::fromSecsSinceEpoch(EarliestInstant, QTimeZone::utc()).date().year())
            .arg(QDateTime::fromSecsSinceEpoch(EndInstant - 1, QTimeZone::utc()).date().year());
}

bool checkSubject(const QString &text, StoreError *error)
{
    const QString problem = subjectProblem(text);
    return problem.isEmpty() || fieldFail("subject", problem, error);
}

bool checkLine(const char *field, const QString &text, StoreError *error)
{
    const QString problem = lineProblem(text, LineChars);
    return problem.isEmpty() || fieldFail(field, problem, error);
}

bool checkText(const char *field, const QString &text, StoreError *error)
{
    const QString problem = textProblem(text);
    return problem.isEmpty() || fieldFail(field, problem, error);
}

bool checkInstant(const char *field, qint64 seconds, StoreError *error)
{
    const QString problem = instantProblem(seconds);
    return problem.isEmpty() || fieldFail(field, problem, error);
}

} // namespace dueline::inputlimits
