// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/catalogcalendarpage.h"

#include "models/presenters/catalogeditingsession.h"
#include "views/plans/catalogeditorwidgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dueline {

using CatalogEditing::markInvalid;

CatalogCalendarPage::CatalogCalendarPage(CatalogEditingSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("calendarPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_names = CatalogEditing::addNameRows(m_form, QStringLiteral("calendarName_"), this);
    for (QLineEdit *edit : m_names)
        connect(edit, &QLineEdit::textEdited, this, &CatalogCalendarPage::namesEdited);
    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("calendarZoneCombo"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_form->addRow(CatalogEditing::buddyLabel(m_zone), m_zone);
    connect(m_zone, &QComboBox::editTextChanged, this, &CatalogCalendarPage::zoneEdited);
    m_always = new QCheckBox(this);
    m_always->setObjectName(QStringLiteral("alwaysCheck"));
    m_form->addRow(QString(), m_always);
    connect(m_always, &QCheckBox::toggled, this, &CatalogCalendarPage::alwaysEdited);
    for (int d = 0; d < 7; ++d) {
        m_weekdayLabels[std::size_t(d)] = new QLabel(this);
        m_weekly[std::size_t(d)] = new QLineEdit(this);
        m_weekly[std::size_t(d)]->setObjectName(QStringLiteral("weekdayEdit%1").arg(d));
        m_weekdayLabels[std::size_t(d)]->setBuddy(m_weekly[std::size_t(d)]);
        m_form->addRow(m_weekdayLabels[std::size_t(d)], m_weekly[std::size_t(d)]);
        connect(m_weekly[std::size_t(d)], &QLineEdit::textEdited, this,
                [this, d] { weekdayEdited(d); });
    }
    m_holidays = new QComboBox(this);
    m_holidays->setObjectName(QStringLiteral("holidaySetCombo"));
    m_form->addRow(CatalogEditing::buddyLabel(m_holidays), m_holidays);
    connect(m_holidays, &QComboBox::currentIndexChanged, this,
            &CatalogCalendarPage::holidaysEdited);
    layout->addLayout(m_form);

    m_daysLabel = new QLabel(this);
    QFont bold = m_daysLabel->font();
    bold.setBold(true);
    m_daysLabel->setFont(bold);
    layout->addSpacing(8);
    layout->addWidget(m_daysLabel);
    m_holidayNote = new QLabel(this);
    m_holidayNote->setWordWrap(true);
    m_holidayNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_holidayNote);
    m_days = CatalogEditing::editorTable(DayColumnCount, NameColumn,
                                         QStringLiteral("exceptionsTable"), this);
    m_days->setColumnWidth(DateColumn, 130);
    m_days->setColumnWidth(TypeColumn, 150);
    m_days->setColumnWidth(HoursColumn, 170);
    m_days->verticalHeader()->setDefaultSectionSize(QComboBox().sizeHint().height() + 2);
    m_days->setMinimumHeight(180);
    layout->addWidget(m_days);
    auto *buttons = new QHBoxLayout;
    m_addDay = CatalogEditing::iconButton(QStringLiteral("list-add"),
                                          QStringLiteral("addDayButton"), this);
    m_removeDay = CatalogEditing::iconButton(QStringLiteral("list-remove"),
                                             QStringLiteral("removeDayButton"), this);
    m_importIcs = CatalogEditing::iconButton(QStringLiteral("document-import"),
                                             QStringLiteral("importIcsButton"), this);
    buttons->addWidget(m_addDay);
    buttons->addWidget(m_removeDay);
    buttons->addStretch();
    buttons->addWidget(m_importIcs);
    layout->addLayout(buttons);
    m_importResult = new QLabel(this);
    m_importResult->setObjectName(QStringLiteral("importResult"));
    m_importResult->setWordWrap(true);
    m_importResult->hide();
    layout->addWidget(m_importResult);
    layout->addStretch();
    connect(m_addDay, &QPushButton::clicked, this, &CatalogCalendarPage::addDay);
    connect(m_removeDay, &QPushButton::clicked, this, &CatalogCalendarPage::removeDay);
    connect(m_importIcs, &QPushButton::clicked, this, &CatalogCalendarPage::importRequested);
}

void CatalogCalendarPage::retranslateUi()
{
    CatalogEditing::retranslateNameRows(m_form, m_names);
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_zone)))
        l->setText(tr("Time &zone:"));
    m_always->setText(tr("Round the clock (24×7)"));
    const QLocale locale;
    for (int d = 0; d < 7; ++d) {
        m_weekdayLabels[std::size_t(d)]->setText(
                tr("%1:", "a form label: its text and a colon (Chinese: a full-width colon)")
                        .arg(locale.dayName(d + 1)));
        m_weekly[std::size_t(d)]->setPlaceholderText(
                tr("day off", "a weekday without working hours"));
        m_weekly[std::size_t(d)]->setAccessibleDescription(
                tr("Working hours, for example 09:00–13:00, 14:00–18:00"));
    }
    if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_holidays)))
        l->setText(tr("Public &holidays:"));
    m_daysLabel->setText(tr("Days off, working days and shortened days"));
    m_days->setHorizontalHeaderLabels({tr("Date"), tr("Kind", "of a special day"),
                                       tr("Hours", "of a working day; empty: Monday's"),
                                       tr("Name", "of a special day")});
    m_addDay->setText(tr("Add Day"));
    m_removeDay->setText(tr("Remove Day"));
    m_importIcs->setText(tr("Import Days Off from .ics…"));
    m_importIcs->setToolTip(tr("Read all-day events of an iCalendar file as days off"));
}

void CatalogCalendarPage::showDays()
{
    m_days->setRowCount(0);
    if (!m_session->calendar(m_id))
        return;
    const QString language = m_session->language();
    const QVector<DayException> days = m_session->listedDays(m_id);
    m_days->setRowCount(int(days.size()));
    for (int row = 0; row < days.size(); ++row) {
        const DayException &e = days.at(row);
        auto *date = new QDateEdit(e.date, m_days);
        date->setObjectName(QStringLiteral("exceptionDate%1").arg(row));
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setFrame(false);
        auto *type = new QComboBox(m_days);
        type->setObjectName(QStringLiteral("exceptionType%1").arg(row));
        type->addItem(tr("Day off", "special day"), int(DayException::Type::DayOff));
        type->addItem(tr("Working day", "special day: a weekend day that works"),
                      int(DayException::Type::WorkingDay));
        type->addItem(tr("Shortened day", "special day: one hour shorter"),
                      int(DayException::Type::Shortened));
        type->setCurrentIndex(type->findData(int(e.type)));
        type->setFrame(false);
        auto *hours = new QLineEdit(m_session->dayHours(m_id, row), m_days);
        hours->setObjectName(QStringLiteral("exceptionHours%1").arg(row));
        hours->setFrame(false);
        hours->setPlaceholderText(e.type == DayException::Type::WorkingDay ? tr("Monday's hours")
                                                                           : QString());
        auto *name = new QLineEdit(e.names.all().value(language), m_days);
        name->setObjectName(QStringLiteral("exceptionName%1").arg(row));
        name->setFrame(false);
        name->setPlaceholderText(e.names.english());
        for (QWidget *w : std::initializer_list<QWidget *>{date, type, name})
            w->setEnabled(m_editable);
        hours->setEnabled(m_editable && e.type == DayException::Type::WorkingDay);
        m_days->setCellWidget(row, DateColumn, date);
        m_days->setCellWidget(row, TypeColumn, type);
        m_days->setCellWidget(row, HoursColumn, hours);
        m_days->setCellWidget(row, NameColumn, name);
        auto edited = [this, date] {
            const int r = CatalogEditing::rowOf(m_days, date, DateColumn);
            if (r >= 0)
                dayEdited(r);
        };
        connect(date, &QDateEdit::dateChanged, this, edited);
        connect(type, &QComboBox::currentIndexChanged, this, edited);
        connect(hours, &QLineEdit::textEdited, this, edited);
        connect(name, &QLineEdit::textEdited, this, edited);
    }
}

void CatalogCalendarPage::showCalendar(const QString &calendarId, bool editable)
{
    m_loading = true;
    m_id = calendarId;
    m_editable = editable;
    const CalendarSpec *spec = m_session->calendar(calendarId);
    if (!spec) {
        m_loading = false;
        return;
    }
    const QString language = m_session->language();
    CatalogEditing::showTexts(m_names, spec->names);
    {
        const QSignalBlocker blocker(m_zone);
        m_zone->setEditText(QString::fromUtf8(spec->timeZone));
    }
    {
        const QSignalBlocker blocker(m_always);
        m_always->setChecked(spec->always);
    }
    for (int d = 0; d < 7; ++d) {
        QLineEdit *edit = m_weekly[std::size_t(d)];
        edit->setText(m_session->weekdayHours(calendarId, d));
        edit->setReadOnly(!editable);
        edit->setEnabled(!spec->always);
    }
    const CatalogPtr catalog = m_session->catalog();
    {
        const QSignalBlocker blocker(m_holidays);
        m_holidays->clear();
        m_holidays->addItem(tr("None", "no public holidays"), QString());
        if (catalog) {
            for (const HolidaySet &set : catalog->holidaySets())
                m_holidays->addItem(set.names.text(language), set.id);
        }
        m_holidays->setCurrentIndex(qMax(0, m_holidays->findData(spec->holidaySetId)));
    }
    const HolidaySet *set = catalog ? catalog->holidaySet(spec->holidaySetId) : nullptr;
    m_holidayNote->setText(set ? tr("The days of “%1” apply too; a day listed here wins over "
                                    "the same date there.")
                                           .arg(set->names.text(language))
                               : QString());
    m_holidayNote->setVisible(set != nullptr);
    for (QLineEdit *edit : m_names)
        edit->setReadOnly(!editable);
    for (QWidget *w : std::initializer_list<QWidget *>{m_zone, m_always, m_holidays, m_addDay,
                                                       m_removeDay, m_importIcs})
        w->setEnabled(editable);
    showDays();
    m_loading = false;
}

void CatalogCalendarPage::markProblems(const QHash<QString, QString> &byField)
{
    const QString key = QStringLiteral("calendar/") + m_id;
    markInvalid(m_names[0], byField.value(key + QStringLiteral("/names")));
    markInvalid(m_zone, byField.value(key + QStringLiteral("/zone")));
    for (int d = 0; d < 7; ++d)
        markInvalid(m_weekly[std::size_t(d)],
                    byField.value(key + QStringLiteral("/weekly/%1").arg(d)));
    for (int r = 0; r < m_days->rowCount(); ++r) {
        markInvalid(m_days->cellWidget(r, DateColumn),
                    byField.value(key + QStringLiteral("/exception/%1/date").arg(r)));
        markInvalid(m_days->cellWidget(r, HoursColumn),
                    byField.value(key + QStringLiteral("/exception/%1/hours").arg(r)));
    }
}

void CatalogCalendarPage::setImportResult(const QString &text)
{
    m_importResult->setText(text);
    m_importResult->setVisible(!text.isEmpty());
}

void CatalogCalendarPage::namesEdited()
{
    if (m_loading || !m_session->setCalendarNames(m_id, CatalogEditing::textsFrom(m_names)))
        return;
    emit renamed(m_session->calendar(m_id)->names.text(m_session->language()));
    emit edited();
}

void CatalogCalendarPage::zoneEdited()
{
    if (!m_loading && m_session->setTimeZone(m_id, m_zone->currentText()))
        emit edited();
}

void CatalogCalendarPage::alwaysEdited()
{
    if (m_loading || !m_session->setAlways(m_id, m_always->isChecked()))
        return;
    for (QLineEdit *edit : m_weekly)
        edit->setEnabled(!m_always->isChecked());
    emit edited();
}

void CatalogCalendarPage::weekdayEdited(int day)
{
    if (!m_loading && m_session->setWeekdayHours(m_id, day, m_weekly[std::size_t(day)]->text()))
        emit edited();
}

void CatalogCalendarPage::holidaysEdited()
{
    if (m_loading || !m_session->setHolidaySet(m_id, m_holidays->currentData().toString()))
        return;
    showCalendar(m_id, m_editable);
    emit edited();
}

void CatalogCalendarPage::dayEdited(int row)
{
    if (m_loading)
        return;
    const auto type = DayException::Type(
            qobject_cast<QComboBox *>(m_days->cellWidget(row, TypeColumn))->currentData().toInt());
    auto *hours = qobject_cast<QLineEdit *>(m_days->cellWidget(row, HoursColumn));
    if (!m_session->setDay(m_id, row,
                           qobject_cast<QDateEdit *>(m_days->cellWidget(row, DateColumn))->date(),
                           type, hours->text(),
                           qobject_cast<QLineEdit *>(m_days->cellWidget(row, NameColumn))->text()))
        return;
    const bool working = type == DayException::Type::WorkingDay;
    hours->setEnabled(working);
    hours->setPlaceholderText(working ? tr("Monday's hours") : QString());
    emit edited();
}

void CatalogCalendarPage::addDay()
{
    const int row = m_session->addDay(m_id, QDate::currentDate());
    if (row < 0)
        return;
    showDays();
    m_days->setCurrentCell(row, DateColumn);
    m_days->scrollToBottom();
    emit edited();
}

void CatalogCalendarPage::removeDay()
{
    if (!m_session->removeDay(m_id, m_days->currentRow()))
        return;
    showDays();
    emit edited();
}

} // namespace dueline
