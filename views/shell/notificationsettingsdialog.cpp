// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/notificationsettingsdialog.h"

#include "views/common/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace dueline {

namespace {

QTime timeOf(int minutes)
{
    return QTime(minutes / 60 % 24, minutes % 60);
}

int minutesOf(const QTime &time)
{
    return time.hour() * 60 + time.minute();
}

// "Mon–Fri", "Sat, Sun", "Mon, Wed–Fri" in the interface language.
QString daysText(quint8 days)
{
    const QLocale locale;
    QStringList parts;
    for (int day = 0; day < 7;) {
        if (!((days >> day) & 1)) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && ((days >> (last + 1)) & 1))
            ++last;
        const QString first = locale.standaloneDayName(day + 1, QLocale::ShortFormat);
        if (last == day)
            parts << first;
        else if (last == day + 1)
            parts << first << locale.standaloneDayName(last + 1, QLocale::ShortFormat);
        else
            parts << first + QStringLiteral("–") +
                             locale.standaloneDayName(last + 1, QLocale::ShortFormat);
        day = last + 1;
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

// ---- one interval

WeeklyHoursRow::WeeklyHoursRow(const WeeklyHours &hours, QWidget *parent)
    : QWidget(parent)
    , m_from(new QTimeEdit(this))
    , m_to(new QTimeEdit(this))
    , m_dash(new QLabel(QStringLiteral("–"), this))
    , m_note(new QLabel(this))
    , m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("weeklyHoursRow"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int day = 0; day < 7; ++day) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("dayButton%1").arg(day));
        button->setCheckable(true);
        button->setChecked(hours.startsOn(day));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setMinimumWidth(38);
        button->setFocusPolicy(Qt::StrongFocus);
        // A chosen day in the selection colour, so that on and off read at a glance in every
        // style and palette.
        button->setStyleSheet(QStringLiteral(
                "QToolButton { border: 1px solid palette(mid); border-radius: 3px;"
                " padding: 3px 6px; background: palette(button); color: palette(button-text); }"
                "QToolButton:checked { background: palette(highlight);"
                " color: palette(highlighted-text); border-color: palette(highlight); }"
                "QToolButton:focus { border: 1px solid palette(highlight); }"
                "QToolButton:disabled { color: palette(mid); }"
                "QToolButton:checked:disabled { background: palette(mid);"
                " color: palette(button); border-color: palette(mid); }"));
        connect(button, &QToolButton::toggled, this, &WeeklyHoursRow::changed);
        m_days << button;
        layout->addWidget(button);
    }
    layout->addSpacing(10);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    for (QTimeEdit *edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
        connect(edit, &QTimeEdit::timeChanged, this, [this] {
            updateNote();
            emit changed();
        });
    }
    m_from->setTime(timeOf(hours.from));
    m_to->setTime(timeOf(hours.to)); // 24:00 is shown as 00:00, midnight
    layout->addWidget(m_from);
    layout->addWidget(m_dash);
    layout->addWidget(m_to);
    layout->addSpacing(8);
    m_note->setObjectName(QStringLiteral("intervalNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setMinimumWidth(m_note->fontMetrics().horizontalAdvance(QStringLiteral("M")) * 12);
    layout->addWidget(m_note, 1);
    m_remove->setObjectName(QStringLiteral("removeIntervalButton"));
    m_remove->setIcon(Icons::get(QStringLiteral("list-remove")));
    m_remove->setAutoRaise(true);
    connect(m_remove, &QToolButton::clicked, this, [this] { emit removeRequested(this); });
    layout->addWidget(m_remove);
    retranslateUi();
}

WeeklyHours WeeklyHoursRow::hours() const
{
    WeeklyHours h;
    for (int day = 0; day < 7; ++day) {
        if (m_days.at(day)->isChecked())
            h.days |= quint8(1u << day);
    }
    h.from = minutesOf(m_from->time());
    h.to = minutesOf(m_to->time());
    if (h.to == 0)
        h.to = 24 * 60; // midnight at the end of the day
    return h;
}

void WeeklyHoursRow::retranslateUi()
{
    const QLocale locale;
    for (int day = 0; day < 7; ++day) {
        m_days.at(day)->setText(locale.standaloneDayName(day + 1, QLocale::ShortFormat));
        m_days.at(day)->setToolTip(
                tr("Starts on %1", "notification hours: the interval starts on this weekday")
                        .arg(locale.standaloneDayName(day + 1, QLocale::LongFormat)));
    }
    m_from->setToolTip(tr("From", "notification hours: start of the interval"));
    m_to->setToolTip(tr("To (00:00 is midnight at the end of the day)",
                        "notification hours: end of the interval"));
    m_remove->setToolTip(tr("Remove this interval"));
    m_remove->setAccessibleName(m_remove->toolTip());
    updateNote();
}

void WeeklyHoursRow::updateNote()
{
    const WeeklyHours h = hours();
    if (h.from == 0 && h.to == 24 * 60)
        m_note->setText(tr("all day", "notification hours: 00:00 to midnight"));
    else if (h.crossesMidnight())
        m_note->setText(tr("ends next day %1", "notification hours: the interval crosses midnight")
                                .arg(m_to->time().toString(QStringLiteral("HH:mm"))));
    else
        m_note->clear();
}

// ---- the dialog

NotificationSettingsDialog::NotificationSettingsDialog(const NotificationSettings &settings,
                                                       bool lead, const QString &personName,
                                                       QWidget *parent)
    : QDialog(parent)
    , m_original(settings)
    , m_lead(lead)
    , m_personName(personName)
    , m_intro(new QLabel(this))
    , m_whenLabel(new QLabel(this))
    , m_always(new QRadioButton(this))
    , m_myHours(new QRadioButton(this))
    , m_when(new QButtonGroup(this))
    , m_hoursBox(new QWidget(this))
    , m_add(new QPushButton(this))
    , m_zoneLabel(new QLabel(this))
    , m_zone(new QComboBox(this))
    , m_dnd(new QCheckBox(this))
    , m_scopeLabel(new QLabel(this))
    , m_scope(new QComboBox(this))
    , m_escalate(new QCheckBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    setWindowIcon(Icons::get(QStringLiteral("preferences-desktop-notification"),
                             QStyle::SP_MessageBoxInformation));
    m_always->setObjectName(QStringLiteral("alwaysRadio"));
    m_myHours->setObjectName(QStringLiteral("myHoursRadio"));
    m_add->setObjectName(QStringLiteral("addIntervalButton"));
    m_zone->setObjectName(QStringLiteral("timeZoneCombo"));
    m_dnd->setObjectName(QStringLiteral("doNotDisturbCheck"));
    m_scope->setObjectName(QStringLiteral("scopeCombo"));
    m_escalate->setObjectName(QStringLiteral("escalateCheck"));
    m_error->setObjectName(QStringLiteral("saveError"));

    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_when->addButton(m_always);
    m_when->addButton(m_myHours);
    m_always->setChecked(settings.always);
    m_myHours->setChecked(!settings.always);
    m_whenLabel->setBuddy(m_always);

    // The intervals, below "Only during my hours".
    auto *hoursLayout = new QVBoxLayout(m_hoursBox);
    hoursLayout->setContentsMargins(24, 2, 0, 0);
    hoursLayout->setSpacing(6);
    m_rows = new QVBoxLayout;
    m_rows->setSpacing(4);
    hoursLayout->addLayout(m_rows);
    for (const WeeklyHours &h : settings.hours)
        addRow(h);
    m_add->setIcon(Icons::get(QStringLiteral("list-add")));
    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch();
    hoursLayout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, &NotificationSettingsDialog::addInterval);

    // Time zones: the system's first, then every IANA id; type to find one.
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->addItem(QString(), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (id.contains('/'))
            m_zone->addItem(QString::fromUtf8(id), QString::fromUtf8(id));
    }
    m_zone->addItem(QStringLiteral("UTC"), QStringLiteral("UTC"));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->setMaxVisibleItems(16);
    m_zone->setMinimumContentsLength(24);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    int zoneIndex = settings.timeZone.isEmpty() ? 0 : m_zone->findData(settings.timeZone);
    if (zoneIndex < 0) { // a zone this computer does not list: kept as it was
        m_zone->addItem(settings.timeZone, settings.timeZone);
        zoneIndex = m_zone->count() - 1;
    }
    m_zone->setCurrentIndex(zoneIndex);
    m_zoneLabel->setBuddy(m_zone);
    auto *zoneLine = new QHBoxLayout;
    zoneLine->setContentsMargins(24, 0, 0, 0);
    zoneLine->addWidget(m_zoneLabel);
    zoneLine->addWidget(m_zone, 1);

    m_dnd->setChecked(settings.doNotDisturb);

    using Scope = NotificationSettings::Scope;
    for (Scope scope : {Scope::MineAndUnassigned, Scope::Mine, Scope::All})
        m_scope->addItem(QString(), int(scope));
    m_scope->setCurrentIndex(m_scope->findData(int(settings.effectiveScope(lead))));
    m_scope->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_scopeLabel->setBuddy(m_scope);
    m_escalate->setChecked(settings.escalateOutsideHours);
    m_escalate->setVisible(lead);

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *whenColumn = new QVBoxLayout;
    whenColumn->setSpacing(6);
    whenColumn->addWidget(m_always);
    whenColumn->addWidget(m_myHours);
    whenColumn->addWidget(m_hoursBox);
    whenColumn->addLayout(zoneLine);
    whenColumn->addSpacing(4);
    whenColumn->addWidget(m_dnd);
    auto *scopeLine = new QHBoxLayout;
    scopeLine->addWidget(m_scope);
    scopeLine->addStretch();
    auto *aboutColumn = new QVBoxLayout;
    aboutColumn->setSpacing(6);
    aboutColumn->addLayout(scopeLine);
    aboutColumn->addWidget(m_escalate);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(14);
    form->addRow(m_whenLabel, whenColumn);
    form->addRow(m_scopeLabel, aboutColumn);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(12);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &NotificationSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_myHours, &QRadioButton::toggled, this, &NotificationSettingsDialog::updateEnabled);
    connect(m_dnd, &QCheckBox::toggled, this, &NotificationSettingsDialog::updateEnabled);

    retranslateUi();
    updateEnabled();
    setMinimumWidth(640);
}

void NotificationSettingsDialog::addRow(const WeeklyHours &hours)
{
    auto *row = new WeeklyHoursRow(hours, m_hoursBox);
    connect(row, &WeeklyHoursRow::removeRequested, this, &NotificationSettingsDialog::removeRow);
    connect(row, &WeeklyHoursRow::changed, this, [this] {
        if (!m_saving)
            showMessage(QString(), false);
    });
    m_rows->addWidget(row);
    m_rowWidgets << row;
}

void NotificationSettingsDialog::addInterval()
{
    if (m_rowWidgets.size() >= NotificationSettings::MaxIntervals)
        return;
    // A new row continues the last one's hours (or office hours, Monday to Friday).
    WeeklyHours h{WeeklyHours::Weekdays, 9 * 60, 18 * 60};
    if (!m_rowWidgets.isEmpty())
        h = m_rowWidgets.last()->hours();
    addRow(h);
    m_myHours->setChecked(true);
    updateEnabled();
}

void NotificationSettingsDialog::removeRow(WeeklyHoursRow *row)
{
    m_rowWidgets.removeOne(row);
    row->hide();
    row->setParent(nullptr); // gone from the dialog now; deleted once its click has returned
    row->deleteLater();
    updateEnabled();
    m_add->setFocus();
}

void NotificationSettingsDialog::updateEnabled()
{
    m_hoursBox->setEnabled(m_myHours->isChecked() && !m_saving);
    m_add->setEnabled(m_rowWidgets.size() < NotificationSettings::MaxIntervals);
    m_zone->setEnabled(m_myHours->isChecked() && !m_saving);
    m_zoneLabel->setEnabled(m_zone->isEnabled());
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_always, m_myHours, m_dnd, m_scope, m_escalate})
        w->setEnabled(!m_saving);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_saving);
}

NotificationSettings NotificationSettingsDialog::settings() const
{
    NotificationSettings s = m_original;
    s.always = m_always->isChecked();
    s.doNotDisturb = m_dnd->isChecked();
    const int zone = m_zone->findText(m_zone->currentText(), Qt::MatchFixedString);
    s.timeZone = zone >= 0 ? m_zone->itemData(zone).toString() : m_zone->currentText().trimmed();
    s.hours.clear();
    for (const WeeklyHoursRow *row : m_rowWidgets) {
        const WeeklyHours h = row->hours();
        if (h.days != 0 || !s.always)
            s.hours.append(h);
    }
    using Scope = NotificationSettings::Scope;
    const auto scope = Scope(m_scope->currentData().toInt());
    // The role's default stays "default" (a new lead then hears about all tickets).
    s.scope = m_original.scope == Scope::Default && scope == m_original.effectiveScope(m_lead)
                      ? Scope::Default
                      : scope;
    s.escalateOutsideHours = m_lead ? m_escalate->isChecked() : m_original.escalateOutsideHours;
    return s;
}

QString NotificationSettingsDialog::problem() const
{
    const NotificationSettings s = settings();
    if (!s.always && s.hours.isEmpty())
        return tr("Add at least one interval to your hours, or choose \"Always while Dueline "
                  "runs\".");
    for (const WeeklyHours &h : s.hours) {
        if (h.days == 0)
            return tr("Choose at least one day for every interval, or remove it.");
    }
    if (m_zone->findText(m_zone->currentText(), Qt::MatchFixedString) < 0)
        return tr("\"%1\" is not a time zone this computer knows: choose one from the list.")
                .arg(m_zone->currentText());
    return {};
}

void NotificationSettingsDialog::showMessage(const QString &text, bool error)
{
    // An error in red that reads on light and dark palettes; progress in the placeholder grey.
    QPalette p = palette();
    if (error) {
        const bool dark = p.color(QPalette::Window).lightness() < 128;
        p.setColor(QPalette::WindowText,
                   dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    } else {
        p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    }
    m_error->setPalette(p);
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void NotificationSettingsDialog::save()
{
    if (m_saving)
        return;
    const QString wrong = problem();
    if (!wrong.isEmpty()) {
        showMessage(wrong, true);
        return;
    }
    m_saving = true;
    showMessage(tr("Saving…"), false);
    updateEnabled();
    emit saveRequested(settings());
}

void NotificationSettingsDialog::saveSucceeded()
{
    if (!m_saving)
        return;
    m_saving = false;
    showMessage(QString(), false);
    updateEnabled();
    accept();
}

void NotificationSettingsDialog::saveFailed(const QString &error)
{
    if (!m_saving)
        return;
    m_saving = false;
    updateEnabled();
    showMessage(tr("Not saved: %1\nYour choices are still here: try again, or Cancel to leave "
                   "them unsaved.")
                        .arg(error),
                true);
}

QString NotificationSettingsDialog::summary(const NotificationSettings &settings)
{
    if (settings.doNotDisturb)
        return tr("Do not disturb: nothing until you turn it off");
    if (settings.always)
        return tr("Always while Dueline runs");
    QStringList parts;
    for (const WeeklyHours &h : settings.hours)
        parts << QStringLiteral("%1 %2–%3")
                         .arg(daysText(h.days), NotificationSettings::timeText(h.from),
                              NotificationSettings::timeText(h.to));
    QString text = parts.isEmpty() ? tr("Never (no hours)", "notification hours")
                                   : parts.join(QStringLiteral("; "));
    if (!settings.timeZone.isEmpty())
        text += QStringLiteral(" (%1)").arg(settings.timeZone);
    return text;
}

void NotificationSettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void NotificationSettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Notifications", "dialog title"));
    m_intro->setText(tr("%1: when Dueline tells you that a ticket is at risk or breached. Saved "
                        "in the database, so these settings follow you to any computer.",
                        "%1 is the person's name")
                             .arg(m_personName));
    m_whenLabel->setText(tr("When:", "notifications: at what times"));
    m_always->setText(tr("&Always while Dueline runs"));
    m_myHours->setText(tr("Only during &my hours:"));
    m_add->setText(tr("Add &Interval"));
    m_zoneLabel->setText(tr("Time &zone:"));
    m_zone->setItemText(0, tr("System (%1)", "time zone: the computer's own")
                                   .arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    m_dnd->setText(tr("Do &not disturb: nothing until I turn it off"));
    m_scopeLabel->setText(tr("Notify me a&bout:"));
    using Scope = NotificationSettings::Scope;
    const QString roleDefault = tr("%1 (default)", "notification scope: the role's default");
    for (int i = 0; i < m_scope->count(); ++i) {
        const auto scope = Scope(m_scope->itemData(i).toInt());
        QString text;
        switch (scope) {
        case Scope::MineAndUnassigned:
            text = tr("My tickets and unassigned ones");
            break;
        case Scope::Mine:
            text = tr("Only my tickets");
            break;
        case Scope::All:
        case Scope::Default:
            text = tr("All tickets");
            break;
        }
        if (scope == NotificationSettings().effectiveScope(m_lead))
            text = roleDefault.arg(text);
        m_scope->setItemText(i, text);
    }
    m_escalate->setText(tr("Also &tell me when an assigned agent is outside their hours while "
                           "their ticket is at risk"));
    for (WeeklyHoursRow *row : std::as_const(m_rowWidgets))
        row->retranslateUi();
}

} // namespace dueline
