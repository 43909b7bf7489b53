// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/preferencesdialog.h"

#include "views/common/icons.h"
#include "views/shell/notificationsettingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace dueline {

namespace {

const QString languageKey = QStringLiteral("ui/language");

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_appearanceLabel(new QLabel(this))
    , m_appearance(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_appearance->setObjectName(QStringLiteral("appearanceCombo"));
    m_note->setObjectName(QStringLiteral("preferencesNote"));
    setWindowIcon(Icons::get(QStringLiteral("configure")));

    // Items: data is the stored value; texts are set by retranslateUi().
    m_language->addItem(QString(), QString());
    for (const QString &code : languageCodes())
        m_language->addItem(languageName(code), code);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_appearance->addItem(QString(), Theme::name(mode));
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_appearance->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageLabel->setBuddy(m_language);
    m_appearanceLabel->setBuddy(m_appearance);

    QSettings settings;
    const int languageIndex = m_language->findData(settings.value(languageKey).toString());
    m_language->setCurrentIndex(qMax(0, languageIndex));
    m_appearance->setCurrentIndex(qMax(0, m_appearance->findData(Theme::name(Theme::saved()))));

    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    // Notifications: a line that says when, and the dialog that changes it (the main window's).
    m_notifyLabel = new QLabel(this);
    m_notifySummary = new QLabel(this);
    m_notifySummary->setObjectName(QStringLiteral("notificationSummary"));
    m_notifySummary->setWordWrap(true);
    m_notifyChange = new QPushButton(this);
    m_notifyChange->setObjectName(QStringLiteral("notificationSettingsButton"));
    m_notifyLabel->setBuddy(m_notifyChange);
    auto *notify = new QHBoxLayout;
    notify->addWidget(m_notifySummary, 1);
    notify->addWidget(m_notifyChange, 0, Qt::AlignTop);
    connect(m_notifyChange, &QPushButton::clicked, this,
            &PreferencesDialog::notificationSettingsRequested);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_appearanceLabel, m_appearance);
    form->addRow(m_notifyLabel, notify);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 12);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addSpacing(8);
    layout->addWidget(m_buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::onLanguageChosen);
    connect(m_appearance, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::onAppearanceChosen);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    retranslateUi();
    setMinimumWidth(420);
}

QStringList PreferencesDialog::languageCodes()
{
    // The same list as dueline::i18n::supportedLanguages() (app/bootstrap), which views cannot
    // reach: views sit below app/.
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")};
}

QString PreferencesDialog::languageName(const QString &code)
{
    // Each language by its own name, whatever the interface language is.
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    return code;
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

Theme::Mode PreferencesDialog::appearance() const
{
    Theme::Mode mode = Theme::Mode::System;
    Theme::parse(m_appearance->currentData().toString(), &mode);
    return mode;
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_languageLabel->setText(tr("&Language:", "interface language"));
    m_appearanceLabel->setText(tr("&Appearance:", "colours of the interface"));
    m_language->setItemText(0, tr("System default", "language: follow the system's language"));
    m_appearance->setItemText(0, tr("System", "appearance: follow the desktop's colours"));
    m_appearance->setItemText(1, tr("Light", "appearance: dark text on a light background"));
    m_appearance->setItemText(2, tr("Dark", "appearance: light text on a dark background"));
    m_notifyLabel->setText(tr("&Notifications:", "desktop notifications"));
    m_notifyChange->setText(tr("C&hange…", "notification settings"));
    m_notifyChange->setToolTip(tr("When and about which tickets you are notified: your hours, "
                                  "do not disturb. Saved in the database for you."));
    updateNotificationSummary();
    m_note->setText(tr("Changes apply at once to every open window."));
}

void PreferencesDialog::onLanguageChosen()
{
    const QString code = language();
    QSettings().setValue(languageKey, code);
    emit languageChanged(code);
}

void PreferencesDialog::onAppearanceChosen()
{
    const Theme::Mode mode = appearance();
    QSettings().setValue(QLatin1String(Theme::settingsKey), Theme::name(mode));
    if (mode != Theme::current())
        Theme::apply(mode);
    emit appearanceChanged(mode);
}

void PreferencesDialog::setNotificationSettings(const std::optional<NotificationSettings> &settings)
{
    m_notificationSettings = settings;
    updateNotificationSummary();
}

void PreferencesDialog::updateNotificationSummary()
{
    m_notifySummary->setText(
            m_notificationSettings ? NotificationSettingsDialog::summary(*m_notificationSettings)
                                   : tr("Open a ticket database to choose when you are notified."));
    m_notifyChange->setEnabled(m_notificationSettings.has_value());
}

} // namespace dueline
