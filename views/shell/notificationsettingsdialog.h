// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/notificationsettings.h"

#include <QDialog>
#include <QVector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QTimeEdit;
class QToolButton;
class QVBoxLayout;

namespace dueline {

// One weekly interval in the notification hours editor: the days it starts on (toggle buttons,
// Monday to Sunday), from and to, "ends next day 06:00" when it crosses midnight, and a remove
// button. A "to" of 00:00 is midnight at the end of the day.
class WeeklyHoursRow : public QWidget
{
    Q_OBJECT
public:
    explicit WeeklyHoursRow(const WeeklyHours &hours, QWidget *parent = nullptr);

    WeeklyHours hours() const;
    void retranslateUi();

signals:
    void changed();
    void removeRequested(WeeklyHoursRow *row);

private:
    void updateNote();

    QVector<QToolButton *> m_days;
    QTimeEdit *m_from = nullptr;
    QTimeEdit *m_to = nullptr;
    QLabel *m_dash = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_remove = nullptr;
};

// Settings ▸ Notifications (and Preferences' "Change…"): when and about what this person is
// notified (issue 20) — always while Dueline runs or only during their weekly hours (intervals
// that may cross midnight, any days), in a time zone, do not disturb, which tickets, and for
// leads the escalation about agents outside their hours. Saved in the database for the person
// (QueueController::saveNotificationSettings): Save sends saveRequested() and waits; the owner
// answers with saveSucceeded() (the dialog closes) or saveFailed() (the message is shown and
// every choice stays, to try again).
class NotificationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    NotificationSettingsDialog(const NotificationSettings &settings, bool lead,
                               const QString &personName, QWidget *parent = nullptr);

    // The settings as chosen (intervals without a day are left out while "always" is chosen).
    NotificationSettings settings() const;
    // What is wrong with the choices before they can be saved (empty: nothing).
    QString problem() const;
    bool isSaving() const { return m_saving; }

    // One line for Preferences: "Always while Dueline runs", "Mon–Fri 20:00–06:00 …", "Do not
    // disturb".
    static QString summary(const NotificationSettings &settings);

public slots:
    void saveSucceeded();
    void saveFailed(const QString &error);
    void addInterval();

signals:
    void saveRequested(const dueline::NotificationSettings &settings);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void addRow(const WeeklyHours &hours);
    void removeRow(WeeklyHoursRow *row);
    void updateEnabled();
    void save();
    void showMessage(const QString &text, bool error);

    NotificationSettings m_original;
    bool m_lead = false;
    QString m_personName;
    bool m_saving = false;

    QLabel *m_intro = nullptr;
    QLabel *m_whenLabel = nullptr;
    QRadioButton *m_always = nullptr;
    QRadioButton *m_myHours = nullptr;
    QButtonGroup *m_when = nullptr;
    QWidget *m_hoursBox = nullptr;
    QVBoxLayout *m_rows = nullptr;
    QVector<WeeklyHoursRow *> m_rowWidgets;
    QPushButton *m_add = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zone = nullptr;
    QCheckBox *m_dnd = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QCheckBox *m_escalate = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
