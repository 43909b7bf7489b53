// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/agentpickerdialog.h"

#include "models/presenters/queuecontroller.h"
#include "views/common/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dueline {

namespace {

enum AgentColumn { NameColumn, LoginColumn, RoleColumn, StatusColumn, AgentColumnCount };

constexpr int AgentIdRole = Qt::UserRole + 1;

} // namespace

AgentPickerDialog::AgentPickerDialog(QueueController *controller, const QString &databaseName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_databaseName(databaseName)
{
    setObjectName(QStringLiteral("agentPickerDialog"));
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("agentPickerIntro"));
    m_intro->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("agentList"));
    m_list->setColumnCount(AgentColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {LoginColumn, RoleColumn, StatusColumn})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_showInactive = new QCheckBox(this);
    m_showInactive->setObjectName(QStringLiteral("showInactiveAgents"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newAgentButton"));
    m_new->setIcon(Icons::get(QStringLiteral("list-add")));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editAgentButton"));
    m_toggleActive = new QPushButton(this);
    m_toggleActive->setObjectName(QStringLiteral("toggleAgentActiveButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("agentPickerError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    // Managing agents needs a database that lets this program write them: a SQLite file. On a
    // shared server the administrator adds logins (dueline-cli db add-user).
    const bool manage = controller->source().url.engine == Engine::SQLite;
    for (QWidget *w :
         {static_cast<QWidget *>(m_new), static_cast<QWidget *>(m_edit),
          static_cast<QWidget *>(m_toggleActive), static_cast<QWidget *>(m_showInactive)})
        w->setVisible(manage);

    auto *manageRow = new QHBoxLayout;
    manageRow->addWidget(m_new);
    manageRow->addWidget(m_edit);
    manageRow->addWidget(m_toggleActive);
    manageRow->addStretch();
    manageRow->addWidget(m_showInactive);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(manageRow);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &AgentPickerDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
            accept();
    });
    connect(m_showInactive, &QCheckBox::toggled, this, &AgentPickerDialog::fill);
    connect(m_new, &QPushButton::clicked, this, &AgentPickerDialog::newAgent);
    connect(m_edit, &QPushButton::clicked, this, &AgentPickerDialog::editSelected);
    connect(m_toggleActive, &QPushButton::clicked, this, &AgentPickerDialog::toggleSelectedActive);
    connect(controller, &QueueController::agentsChanged, this, &AgentPickerDialog::onSaved);
    connect(controller, &QueueController::agentSaveFailed, this, &AgentPickerDialog::onSaveFailed);

    resize(560, 380);
    retranslateUi();
    fill();
    select(controller->agent().id);
}

Agent AgentPickerDialog::chosen() const
{
    const Agent *agent = selectedAgent();
    return agent ? *agent : Agent{};
}

void AgentPickerDialog::select(qint64 agentId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, AgentIdRole).toLongLong() == agentId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

const Agent *AgentPickerDialog::selectedAgent() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return nullptr;
    const qint64 id = item->data(NameColumn, AgentIdRole).toLongLong();
    for (const Agent &a : m_controller->agents()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

QString AgentPickerDialog::roleText(Agent::Role role) const
{
    return role == Agent::Role::Lead ? tr("Team lead") : tr("Agent", "role");
}

void AgentPickerDialog::fill()
{
    const QTreeWidgetItem *current = m_list->currentItem();
    const qint64 keep = m_selectAfterSave > 0 ? m_selectAfterSave
                        : current             ? current->data(NameColumn, AgentIdRole).toLongLong()
                                              : m_controller->agent().id;
    m_selectAfterSave = -1;
    m_list->clear();
    const qint64 me = m_controller->agent().id;
    for (const Agent &a : m_controller->agents()) {
        if (!a.active && !m_showInactive->isChecked())
            continue;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(NameColumn, a.displayName.isEmpty() ? a.login : a.displayName);
        item->setText(LoginColumn, a.login);
        item->setText(RoleColumn, roleText(a.role));
        item->setText(StatusColumn, !a.active    ? tr("Deactivated")
                                    : a.id == me ? tr("You", "the agent who works now")
                                                 : QString());
        item->setData(NameColumn, AgentIdRole, a.id);
        item->setIcon(NameColumn, Icons::get(QStringLiteral("im-user")));
        if (a.id == me) {
            QFont bold = item->font(NameColumn);
            bold.setBold(true);
            item->setFont(NameColumn, bold);
        }
        if (!a.active) {
            for (int column = 0; column < AgentColumnCount; ++column)
                item->setForeground(column, palette().brush(QPalette::Disabled, QPalette::Text));
        }
    }
    select(keep);
    updateButtons();
}

void AgentPickerDialog::updateButtons()
{
    const Agent *agent = selectedAgent();
    const bool busy = !m_controller->isOnline();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(agent && agent->active);
    ok->setText(
            agent && agent->active
                    ? tr("Work as %1")
                              .arg(agent->displayName.isEmpty() ? agent->login : agent->displayName)
                    : tr("Work as…"));
    m_new->setEnabled(!busy);
    m_edit->setEnabled(agent && !busy);
    m_toggleActive->setEnabled(agent && !busy && agent->id != m_controller->agent().id);
    m_toggleActive->setText(agent && !agent->active ? tr("&Activate") : tr("&Deactivate"));
    m_toggleActive->setToolTip(
            agent && agent->id == m_controller->agent().id
                    ? tr("You cannot deactivate yourself; choose another person first.")
                    : tr("A deactivated agent is not offered for assignment and cannot act; "
                         "their name stays in the history."));
}

void AgentPickerDialog::newAgent()
{
    QStringList logins;
    for (const Agent &a : m_controller->agents())
        logins << a.login;
    AgentEditDialog dialog(Agent{}, logins, this);
    if (runDialog(m_dialogRunner, dialog) != QDialog::Accepted)
        return;
    m_error->hide();
    m_selectAfterSave = 0; // the new agent's id comes with agentsChanged()
    m_controller->saveAgent(dialog.agent());
}

void AgentPickerDialog::editSelected()
{
    const Agent *agent = selectedAgent();
    if (!agent)
        return;
    AgentEditDialog dialog(*agent, {}, this);
    if (runDialog(m_dialogRunner, dialog) != QDialog::Accepted)
        return;
    m_error->hide();
    m_selectAfterSave = agent->id;
    m_controller->saveAgent(dialog.agent());
}

void AgentPickerDialog::toggleSelectedActive()
{
    const Agent *agent = selectedAgent();
    if (!agent || agent->id == m_controller->agent().id)
        return;
    Agent changed = *agent;
    changed.active = !changed.active;
    m_error->hide();
    m_selectAfterSave = changed.id;
    if (!changed.active)
        m_showInactive->setChecked(true); // the agent stays in sight, greyed
    m_controller->saveAgent(changed);
}

void AgentPickerDialog::onSaved(qint64 savedId)
{
    if (savedId > 0 && m_selectAfterSave >= 0)
        m_selectAfterSave = savedId;
    fill();
}

void AgentPickerDialog::onSaveFailed(const QString &error)
{
    m_selectAfterSave = -1;
    m_error->setText(error);
    m_error->show();
}

void AgentPickerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AgentPickerDialog::retranslateUi()
{
    setWindowTitle(tr("Who Are You?"));
    m_intro->setText(tr("Dueline records every action under the person who does it. Choose "
                        "yourself in %1, or add yourself; Dueline remembers the choice for this "
                        "database.")
                             .arg(m_databaseName));
    m_list->setHeaderLabels({tr("Name"), tr("Login"), tr("Role"), tr("Status")});
    m_showInactive->setText(tr("&Show deactivated agents"));
    m_new->setText(tr("&New Agent…"));
    m_edit->setText(tr("&Edit…"));
    fill();
}

// ---------------------------------------------------------------------------------------------

AgentEditDialog::AgentEditDialog(const Agent &agent, const QStringList &takenLogins,
                                 QWidget *parent)
    : QDialog(parent)
    , m_agent(agent)
    , m_takenLogins(takenLogins)
{
    setObjectName(QStringLiteral("agentEditDialog"));
    setWindowTitle(agent.id == 0 ? tr("New Agent") : tr("Edit Agent"));
    m_name = new QLineEdit(agent.displayName, this);
    m_name->setObjectName(QStringLiteral("agentNameEdit"));
    m_name->setMaxLength(200);
    m_login = new QLineEdit(agent.login, this);
    m_login->setObjectName(QStringLiteral("agentLoginEdit"));
    m_login->setMaxLength(100);
    m_login->setReadOnly(agent.id != 0); // the login names the person in every database
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("agentRoleCombo"));
    m_role->addItem(tr("Agent", "role"), int(Agent::Role::Agent));
    m_role->addItem(tr("Team lead"), int(Agent::Role::Lead));
    m_role->setCurrentIndex(agent.role == Agent::Role::Lead ? 1 : 0);
    m_active = new QCheckBox(tr("Ac&tive: offered for assignment and can act"), this);
    m_active->setObjectName(QStringLiteral("agentActiveCheck"));
    m_active->setChecked(agent.active);
    m_active->setVisible(agent.id != 0);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("agentEditProblem"));
    m_problem->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(agent.id == 0 ? tr("&Add") : tr("&Save"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(QString(), m_active);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AgentEditDialog::updateOk);
    connect(m_login, &QLineEdit::textChanged, this, &AgentEditDialog::updateOk);
    updateOk();
}

Agent AgentEditDialog::agent() const
{
    Agent a = m_agent;
    a.displayName = m_name->text().trimmed();
    a.login = m_login->text().trimmed();
    a.role = Agent::Role(m_role->currentData().toInt());
    a.active = m_agent.id == 0 || m_active->isChecked();
    return a;
}

void AgentEditDialog::updateOk()
{
    const QString login = m_login->text().trimmed();
    QString problem;
    if (m_name->text().trimmed().isEmpty())
        problem = tr("Enter the person's name as colleagues know it.");
    else if (login.isEmpty())
        problem = tr("Enter a login: one word, as in the team's other systems.");
    else if (login.contains(QLatin1Char(' ')))
        problem = tr("A login has no spaces.");
    else if (m_agent.id == 0 && m_takenLogins.contains(login))
        problem = tr("Another agent already has the login “%1”.").arg(login);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dueline
