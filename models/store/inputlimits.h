// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/storeerror.h"

#include <QString>

// What the store accepts from people and files (issue 9, "bad input"): the ticket actions and
// the importer refuse text that is too long, that carries control characters or broken Unicode,
// and instants outside the years Dueline works with, with a message naming the field and the
// limit. Nothing is written when a check fails.
namespace dueline::inputlimits {

// A ticket's subject: one line.
constexpr qsizetype SubjectChars = 1000;
// Every other one-line field: agent login and name, customer name and company, ids, codes,
// time zones.
constexpr qsizetype LineChars = 200;
// A reply, note, description or reason: UTF-8 bytes (1 MiB).
constexpr qsizetype TextBytes = qsizetype(1024) * 1024;
// Instants of events and due overrides: from 1970-01-01T00:00:00Z up to, not including,
// 2200-01-01T00:00:00Z.
constexpr qint64 EarliestInstant = 0;
constexpr qint64 EndInstant = 7258118400;

// Why `text` is not an acceptable one-line field of at most `maxChars` characters (no control
// characters, no line breaks, valid Unicode), or an empty string when it is.
QString lineProblem(const QString &text, qsizetype maxChars);
// Why `text` is not an acceptable ticket subject: at most SubjectChars characters, valid
// Unicode, no control characters but line breaks and tabs (subjects that came by e-mail may be
// folded over lines).
QString subjectProblem(const QString &text);
// Why `text` is not an acceptable multi-line text of at most `maxBytes` UTF-8 bytes (tabs and
// line breaks and other control characters allowed but NUL, valid Unicode), or an empty string.
QString textProblem(const QString &text, qsizetype maxBytes = TextBytes);
// Why the instant (seconds since the epoch) is out of range, or an empty string.
QString instantProblem(qint64 seconds);

// The store's form of the checks: false and *error (kind Invalid, "field NAME: reason").
bool checkSubject(const QString &text, StoreError *error);
bool checkLine(const char *field, const QString &text, StoreError *error);
bool checkText(const char *field, const QString &text, StoreError *error);
bool checkInstant(const char *field, qint64 seconds, StoreError *error);

// The UTF-8 length of `text` without converting it.
qsizetype utf8Length(const QString &text);

} // namespace dueline::inputlimits
