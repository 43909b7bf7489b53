// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/ticket.h"
#include "views/common/dialogrunner.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace dueline {

class QueueController;

// "Who are you?": the person picks their agent for this database, or adds themselves, and on a
// SQLite file renames, promotes and deactivates agents (docs/user-guide.md, who I am). Saving
// goes through the queue's controller (its worker thread); the list follows agentsChanged().
// Deactivated agents are listed only with "Show deactivated agents", and cannot be chosen.
class AgentPickerDialog : public QDialog
{
    Q_OBJECT
public:
    // `controller` is open; `databaseName` names the database in the introduction.
    AgentPickerDialog(QueueController *controller, const QString &databaseName,
                      QWidget *parent = nullptr);

    // Nested dialogs (new agent, edit) run through `runner` (tests stub it).
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }

    // The agent chosen (accepted()): an active agent.
    Agent chosen() const;
    // Selects the agent with this id (the current person when the dialog opens).
    void select(qint64 agentId);

    // What the management buttons run (through the dialog runner).
    void newAgent();
    void editSelected();
    void toggleSelectedActive();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void updateButtons();
    void onSaved(qint64 savedId);
    void onSaveFailed(const QString &error);
    const Agent *selectedAgent() const;
    QString roleText(Agent::Role role) const;

    QueueController *m_controller = nullptr;
    QString m_databaseName;
    DialogRunner m_dialogRunner;
    qint64 m_selectAfterSave = -1; // -1: keep the selection
    QLabel *m_intro = nullptr;
    QTreeWidget *m_list = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_toggleActive = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

// Adds an agent or edits one: display name, login (new agents only), role, active.
class AgentEditDialog : public QDialog
{
    Q_OBJECT
public:
    // `takenLogins`: the logins other agents have (a new agent needs another).
    AgentEditDialog(const Agent &agent, const QStringList &takenLogins, QWidget *parent = nullptr);
    Agent agent() const;

private:
    void updateOk();

    Agent m_agent;
    QStringList m_takenLogins;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_login = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_active = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
