// SPDX-License-Identifier: GPL-3.0-or-later
// Test support library: fake clock, temporary databases, throwaway PostgreSQL server.
int duelineTestSupportAnchor()
{
    return 0;
}
