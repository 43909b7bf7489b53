// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFont>

namespace dueline {

// Qt's PDF writer gives each embedded glyph one Unicode character in the font's ToUnicode map
// (what a reader searches, copies and pdftotext extracts): the lowest code point the font maps
// to that glyph. CJK fonts such as Noto Sans CJK draw a Kangxi radical and its ideograph with one
// glyph (⽇ U+2F47 and 日 U+65E5), so Chinese text reads back as radicals — "11⽉3⽇" for
// "11月3日". repairCjkToUnicode() rewrites such entries in place: a Kangxi radical becomes its
// compatibility equivalent (NFKC), a CJK radical supplement character the unified ideograph the
// same font draws with the same glyph (`font`'s Chinese face). Both are four hex digits, so no
// byte moves and the file's offsets stay right. Returns how many entries it rewrote.
int repairCjkToUnicode(QByteArray *pdf, const QFont &font);

} // namespace dueline
