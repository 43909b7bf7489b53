// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/ticket.h"
#include "views/common/dialogrunner.h"

#include <QObject>

class QAction;
class QToolButton;
class QWidget;

namespace dueline {

class QueueController;

// Who I am, in the main window: File ▸ Switch Person… and the status bar's button with my name,
// both opening the agent picker (AgentPickerDialog) on a SQLite file. On a shared server the
// login decides: the button only says who I am there, and the action is disabled.
class PersonSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit PersonSwitcher(QWidget *window);

    QAction *action() const { return m_action; }
    QToolButton *statusButton() const { return m_button; }

    void setController(QueueController *controller);
    void setDialogRunner(DialogRunner runner) { m_dialogRunner = std::move(runner); }

    // Runs the picker; true when a person was chosen (the controller works as them and
    // personChosen() was emitted).
    bool choose();
    // The button's text and tooltips from the controller's agent, in the current language.
    void update();

signals:
    // A person was chosen for this database (the application remembers it).
    void personChosen(const dueline::Agent &agent);

private:
    bool canSwitch() const;

    QWidget *m_window = nullptr;
    QueueController *m_controller = nullptr;
    DialogRunner m_dialogRunner;
    QAction *m_action = nullptr;
    QToolButton *m_button = nullptr;
};

} // namespace dueline
