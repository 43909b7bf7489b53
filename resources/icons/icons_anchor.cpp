// SPDX-License-Identifier: GPL-3.0-or-later
int duelineIconsAnchor()
{
    return 0;
}
