// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/undobar.h"

#include "models/presenters/queuecontroller.h"
#include "views/common/commonui.h"
#include "views/common/icons.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QTimer>

namespace dueline {

namespace {

// Breeze's focus blue: information, not a warning.
const QColor accent(61, 174, 233);

} // namespace

UndoBar::UndoBar(QueueController *controller, QWidget *shortcutHost, QWidget *parent)
    : QFrame(parent)
    , m_controller(controller)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("undoBar"));
    m_label->setObjectName(QStringLiteral("undoBarText"));
    m_label->setTextFormat(Qt::PlainText);
    m_button->setObjectName(QStringLiteral("undoButton"));
    m_button->setIcon(Icons::get(QStringLiteral("edit-undo")));
    m_button->setFlat(true);
    m_button->setFocusPolicy(Qt::TabFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 6, 3);
    layout->setSpacing(8);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_button);

    m_undo = new QAction(Icons::get(QStringLiteral("edit-undo")), QString(), this);
    m_undo->setObjectName(QStringLiteral("undoAssignmentAction"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undo->setEnabled(false);
    shortcutHost->addAction(m_undo);
    connect(m_undo, &QAction::triggered, this, &UndoBar::undo);
    connect(m_button, &QPushButton::clicked, this, &UndoBar::undo);

    m_timer->setSingleShot(true);
    m_timer->setInterval(DefaultTimeoutMs);
    connect(m_timer, &QTimer::timeout, this, &UndoBar::dismiss);
    connect(controller, &QueueController::assignmentSaved, this, &UndoBar::offer);
    connect(controller, &QueueController::stateChanged, this, &UndoBar::updateEnabled);
    // Someone else at the keyboard (the person switcher): the undo was not theirs to make.
    connect(controller, &QueueController::agentsChanged, this, [this] {
        if (m_ticketId != 0 && m_controller->agent().id != m_agentId)
            dismiss();
    });
    hide();
    updateTexts();
}

void UndoBar::setTimeout(int ms)
{
    m_timer->setInterval(ms);
}

void UndoBar::offer(QueueRequest::Kind kind, qint64 ticketId, const QString &actionId,
                    qint64 assigneeId)
{
    m_kind = kind;
    m_ticketId = ticketId;
    m_actionId = actionId;
    m_assigneeId = assigneeId;
    m_agentId = m_controller->agent().id;
    updateTexts();
    show();
    m_timer->start();
    updateEnabled();
}

void UndoBar::undo()
{
    if (m_ticketId == 0 || !m_controller->undoAssignment(m_ticketId, m_actionId))
        return;
    dismiss(); // the controller says when it is saved, or why not
}

void UndoBar::dismiss()
{
    m_timer->stop();
    m_ticketId = 0;
    m_actionId.clear();
    hide();
    updateEnabled();
}

QString UndoBar::text() const
{
    return m_label->text();
}

void UndoBar::updateTexts()
{
    QString text;
    if (m_kind == QueueRequest::Take)
        text = tr("#%1 taken", "a ticket number: the ticket was assigned to me").arg(m_ticketId);
    else if (m_assigneeId == 0)
        text = tr("#%1 unassigned", "a ticket number").arg(m_ticketId);
    else
        text = tr("#%1 assigned to %2", "a ticket number and an agent's name")
                       .arg(m_ticketId)
                       .arg(m_controller->agentNames().value(m_assigneeId));
    m_label->setText(text);
    const QString shortcut = m_undo->shortcut().toString(QKeySequence::NativeText);
    m_button->setText(tr("Undo", "take back a take or an assignment"));
    m_button->setToolTip(tr("Give the ticket back to whoever had it before (%1)").arg(shortcut));
    m_undo->setText(tr("Undo Assignment"));
    setAccessibleName(tr("Undo"));
    setAccessibleDescription(text);
}

void UndoBar::updateEnabled()
{
    const bool can = m_ticketId != 0 && m_controller->canRun(QueueRequest::UndoAssignment);
    m_undo->setEnabled(can);
    m_button->setEnabled(can);
}

void UndoBar::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    CommonUi::paintMessageBox(painter, rect().adjusted(4, 2, -4, -2), palette(), accent, 0.18);
}

void UndoBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateTexts();
}

} // namespace dueline
