// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/icsfiles.h"

namespace testsupport {

QByteArray daysOffIcs()
{
    return QByteArrayLiteral("BEGIN:VCALENDAR\r\n"
                             "VERSION:2.0\r\n"
                             "PRODID:-//Dueline tests//EN\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:one@test\r\n"
                             "DTSTAMP:20260101T000000Z\r\n"
                             "DTSTART;VALUE=DATE:20260501\r\n"
                             "DTEND;VALUE=DATE:20260502\r\n"
                             "SUMMARY:Labour Day\r\n"
                             "END:VEVENT\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:two@test\r\n"
                             "DTSTAMP:20260101T000000Z\r\n"
                             "DTSTART;VALUE=DATE:20260511\r\n"
                             "DTEND;VALUE=DATE:20260513\r\n"
                             "SUMMARY:Team retreat\r\n"
                             "END:VEVENT\r\n"
                             "BEGIN:VEVENT\r\n"
                             "UID:three@test\r\n"
                             "DTSTAMP:20260101T000000Z\r\n"
                             "DTSTART:20260520T100000Z\r\n"
                             "DTEND:20260520T110000Z\r\n"
                             "SUMMARY:All-hands call\r\n"
                             "END:VEVENT\r\n"
                             "END:VCALENDAR\r\n");
}

} // namespace testsupport
