#include "views/shell/preferencesdialog.h"

#include "views/common/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace dueline {

namespace {

const QString languageKey = QStringLiteral("ui/language");
// Read by the Queue workspace's notifier (views/queue/queuenotifier.cpp).
const QString notifyKey = QStringLiteral("notifications/enabled");
const QString workStartKey = QStringLiteral("notifications/workStart");
const QString workEndKey = QStringLiteral("notifications/workEnd");

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

    // Notifications: when one of my tickets becomes at risk or breaches, within my hours.
    m_notifyLabel = new QLabel(this);
    m_notify = new QCheckBox(this);
    m_notify->setObjectName(QStringLiteral("notifyCheck"));
    m_notify->setChecked(settings.value(notifyKey, true).toBool());
    m_notifyLabel->setBuddy(m_notify);
    m_hoursLabel = new QLabel(this);
    m_workStart = new QTimeEdit(this);
    m_workStart->setObjectName(QStringLiteral("workStartEdit"));
    m_workEnd = new QTimeEdit(this);
    m_workEnd->setObjectName(QStringLiteral("workEndEdit"));
    for (QTimeEdit *edit : {m_workStart, m_workEnd})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_workStart->setTime(
            QTime::fromString(settings.value(workStartKey, QStringLiteral("09:00")).toString(),
                              QStringLiteral("HH:mm")));
    m_workEnd->setTime(
            QTime::fromString(settings.value(workEndKey, QStringLiteral("18:00")).toString(),
                              QStringLiteral("HH:mm")));
    m_hoursLabel->setBuddy(m_workStart);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_workStart);
    hours->addWidget(new QLabel(QStringLiteral("–"), this));
    hours->addWidget(m_workEnd);
    hours->addStretch();

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(10);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_appearanceLabel, m_appearance);
    form->addRow(m_notifyLabel, m_notify);
    form->addRow(m_hoursLabel, hours);

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
    m_workStart->setEnabled(m_notify->isChecked());
    m_workEnd->setEnabled(m_notify->isChecked());
    connect(m_notify, &QCheckBox::toggled, this, &PreferencesDialog::saveNotifications);
    connect(m_workStart, &QTimeEdit::timeChanged, this, &PreferencesDialog::saveNotifications);
    connect(m_workEnd, &QTimeEdit::timeChanged, this, &PreferencesDialog::saveNotifications);

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
    m_notify->setText(tr("When one of my tickets becomes at risk or breaches"));
    m_hoursLabel->setText(tr("My &hours:", "working hours, Monday to Friday"));
    m_workStart->setToolTip(tr("Notifications stay quiet outside these hours and at weekends."));
    m_workEnd->setToolTip(m_workStart->toolTip());
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

void PreferencesDialog::saveNotifications()
{
    m_workStart->setEnabled(m_notify->isChecked());
    m_workEnd->setEnabled(m_notify->isChecked());
    QSettings settings;
    settings.setValue(notifyKey, m_notify->isChecked());
    settings.setValue(workStartKey, m_workStart->time().toString(QStringLiteral("HH:mm")));
    settings.setValue(workEndKey, m_workEnd->time().toString(QStringLiteral("HH:mm")));
}

} // namespace dueline
