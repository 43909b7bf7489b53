// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/personswitcher.h"

#include "models/presenters/queuecontroller.h"
#include "views/common/icons.h"
#include "views/shell/agentpickerdialog.h"

#include <QAction>
#include <QFileInfo>
#include <QKeySequence>
#include <QToolButton>
#include <QWidget>

namespace dueline {

PersonSwitcher::PersonSwitcher(QWidget *window)
    : QObject(window)
    , m_window(window)
{
    m_action = new QAction(window);
    m_action->setObjectName(QStringLiteral("switchPersonAction"));
    m_action->setIcon(Icons::get(QStringLiteral("im-user")));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, &PersonSwitcher::choose);
    m_button = new QToolButton(window);
    m_button->setObjectName(QStringLiteral("agentStatusButton"));
    m_button->setAutoRaise(true);
    m_button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_button->setIcon(Icons::get(QStringLiteral("im-user")));
    m_button->setFocusPolicy(Qt::NoFocus);
    m_button->hide();
    connect(m_button, &QToolButton::clicked, this, [this] {
        if (canSwitch())
            choose();
    });
    update();
}

void PersonSwitcher::setController(QueueController *controller)
{
    m_controller = controller;
    connect(controller, &QueueController::stateChanged, this, &PersonSwitcher::update);
    connect(controller, &QueueController::agentsChanged, this, &PersonSwitcher::update);
    update();
}

bool PersonSwitcher::canSwitch() const
{
    return m_controller && m_controller->isOpen() &&
           m_controller->source().url.engine == Engine::SQLite;
}

bool PersonSwitcher::choose()
{
    if (!canSwitch())
        return false;
    const DatabaseUrl &url = m_controller->source().url;
    AgentPickerDialog picker(m_controller, QFileInfo(url.path).fileName(), m_window);
    picker.setDialogRunner(m_dialogRunner);
    if (runDialog(m_dialogRunner, picker) != QDialog::Accepted)
        return false;
    const Agent chosen = picker.chosen();
    if (chosen.id == 0 || !chosen.active)
        return false;
    m_controller->setAgent(chosen);
    emit personChosen(chosen);
    update();
    return true;
}

void PersonSwitcher::update()
{
    m_action->setText(tr("S&witch Person…"));
    const bool open = m_controller && m_controller->isOpen();
    m_action->setEnabled(canSwitch());
    if (!open) {
        m_action->setStatusTip(tr("Choose who you are in this database"));
        return;
    }
    const Agent &me = m_controller->agent();
    const QString name = me.displayName.isEmpty() ? me.login : me.displayName;
    m_button->setText(name);
    const QString who = me.role == Agent::Role::Lead
                                ? tr("You work as %1 (%2), a team lead").arg(name, me.login)
                                : tr("You work as %1 (%2)").arg(name, me.login);
    if (canSwitch()) {
        m_action->setStatusTip(tr("Choose who you are in this database; every action is "
                                  "recorded under that person"));
        m_button->setToolTip(who + QLatin1Char('\n') +
                             tr("Click to switch person or to manage the agents."));
    } else {
        m_action->setStatusTip(
                tr("On a shared server you are the login you connect as (File ▸ Connect)"));
        m_button->setToolTip(who + QLatin1Char('\n') +
                             tr("On a shared server you are the login you connect as."));
    }
}

} // namespace dueline
