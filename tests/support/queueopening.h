// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening a QueueWorkspace in a test and waiting for its worker thread (header only: the widget
// tests include it; the support library itself links no views).

#include "views/queue/queueworkspace.h"

#include <QSignalSpy>
#include <QTest>

namespace testsupport {

// Whether the queue's worker answered everything asked of it so far, within `timeoutMs`.
inline bool settled(dueline::QueueWorkspace &workspace, int timeoutMs = 10000)
{
    return QTest::qWaitFor([&] { return workspace.controller()->isIdle(); }, timeoutMs);
}

// Opens `source` in `workspace` and waits until the queue is loaded and the first ticket shown;
// false and *error when it cannot be opened.
inline bool openQueue(dueline::QueueWorkspace &workspace, const dueline::QueueSource &source,
                      const dueline::Agent &me, dueline::Ticker *ticker, QString *error)
{
    QSignalSpy opened(&workspace, &dueline::QueueWorkspace::opened);
    QSignalSpy failed(&workspace, &dueline::QueueWorkspace::openFailed);
    workspace.open(source, me, ticker);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 10000)) {
        *error = QStringLiteral("the queue did not open within 10 s");
        return false;
    }
    if (!failed.isEmpty()) {
        *error = failed.at(0).at(0).toString();
        return false;
    }
    return settled(workspace);
}

} // namespace testsupport
