// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/notificationsettings.h"
#include "views/common/theme.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace dueline {

// Settings ▸ Preferences: interface language and appearance, which apply at once (every open
// window follows) and are saved in QSettings as "ui/language" and "ui/theme"; and a line that
// says when this person is notified, with "Change…" for the Notifications dialog (its settings
// live in the database: NotificationSettingsDialog, opened by the main window).
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // The interface languages offered: translation suffixes, each with its own name (endonym).
    static QStringList languageCodes();
    static QString languageName(const QString &code);

    // "" for the system's language, otherwise one of languageCodes().
    QString language() const;
    Theme::Mode appearance() const;

    // The person's notification settings, summed up in one line ("Always while Dueline runs");
    // nullopt: no database is open, so there is nobody to change them for (the line says why).
    void setNotificationSettings(const std::optional<NotificationSettings> &settings);

signals:
    // The user picked another language ("" = the system's); saved already.
    void languageChanged(const QString &language);
    // The user picked another appearance; saved and applied already.
    void appearanceChanged(Theme::Mode mode);
    // "Change…" next to the notifications line.
    void notificationSettingsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateNotificationSummary();
    void onLanguageChosen();
    void onAppearanceChosen();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_appearanceLabel = nullptr;
    QComboBox *m_appearance = nullptr;
    QLabel *m_notifyLabel = nullptr;
    QLabel *m_notifySummary = nullptr;
    QPushButton *m_notifyChange = nullptr;
    std::optional<NotificationSettings> m_notificationSettings;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
