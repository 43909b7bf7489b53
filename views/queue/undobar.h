// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/presenters/queuerequest.h"

#include <QFrame>

class QAction;
class QLabel;
class QPushButton;
class QTimer;

namespace dueline {

class QueueController;

// After a take or an assign, a slim bar at the foot of the queue offers to undo it for a few
// seconds: "#123 taken — Undo", with Ctrl+Z while it shows. Undo asks the controller to give the
// ticket back to the assignee before (QueueController::undoAssignment), whichever ticket is shown
// by then; the store and the shared server allow that to the agent who made the assignment, while
// it is the ticket's latest. The bar hides when undone, when its time is up, when another take or
// assign replaces it, or when another person takes over the workspace. In the style of the other
// inline message boxes (CommonUi).
class UndoBar : public QFrame
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;

    // Ctrl+Z is an action of `shortcutHost` (the workspace), for while the focus is inside it.
    UndoBar(dueline::QueueController *controller, QWidget *shortcutHost, QWidget *parent);

    QAction *undoAction() const { return m_undo; }
    QPushButton *undoButton() const { return m_button; }
    QString text() const; // "#123 taken"
    qint64 ticketId() const { return m_ticketId; } // the offered undo's; 0 when none
    void setTimeout(int ms); // tests shorten it

public slots:
    // Offers to undo a take or an assign (QueueController::assignmentSaved).
    void offer(dueline::QueueRequest::Kind kind, qint64 ticketId, const QString &actionId,
               qint64 assigneeId);
    void undo();
    void dismiss();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updateEnabled();

    dueline::QueueController *m_controller;
    QLabel *m_label = nullptr;
    QPushButton *m_button = nullptr;
    QAction *m_undo = nullptr;
    QTimer *m_timer = nullptr;
    dueline::QueueRequest::Kind m_kind = dueline::QueueRequest::Take;
    qint64 m_ticketId = 0;
    qint64 m_assigneeId = 0;
    qint64 m_agentId = 0; // who made the assignment
    QString m_actionId;
};

} // namespace dueline
