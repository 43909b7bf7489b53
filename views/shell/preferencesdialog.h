#pragma once

#include "views/common/theme.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QTimeEdit;
class QDialogButtonBox;
class QLabel;

namespace dueline {

// Settings ▸ Preferences: interface language and appearance, and desktop notifications about my
// tickets. Changes apply at once (every open window follows) and are saved in QSettings as
// "ui/language", "ui/theme" and "notifications/enabled|workStart|workEnd" (my working hours,
// Monday to Friday: no notification outside them).
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

signals:
    // The user picked another language ("" = the system's); saved already.
    void languageChanged(const QString &language);
    // The user picked another appearance; saved and applied already.
    void appearanceChanged(Theme::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void onLanguageChosen();
    void onAppearanceChosen();
    void saveNotifications();

    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_appearanceLabel = nullptr;
    QComboBox *m_appearance = nullptr;
    QLabel *m_notifyLabel = nullptr;
    QCheckBox *m_notify = nullptr;
    QLabel *m_hoursLabel = nullptr;
    QTimeEdit *m_workStart = nullptr;
    QTimeEdit *m_workEnd = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
