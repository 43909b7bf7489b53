// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <array>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dueline {

class CatalogEditingSession;

// The catalog editor's page of a work calendar: names, time zone, weekly hours with breaks,
// public holidays, and the days off, working days and shortened days of its own, with an import
// of days off from an iCalendar file. A team calendar's fields are editable, and every edit goes
// to the session as it happens (hours as typed: the session parses them).
class CatalogCalendarPage : public QWidget
{
    Q_OBJECT
public:
    enum DayColumn { DateColumn, TypeColumn, HoursColumn, NameColumn, DayColumnCount };

    explicit CatalogCalendarPage(dueline::CatalogEditingSession *session,
                                 QWidget *parent = nullptr);

    void showCalendar(const QString &calendarId, bool editable);
    // The listed days again (after an import).
    void showDays();
    void retranslateUi();
    // Marks the fields of the calendar on display (problems by their field key).
    void markProblems(const QHash<QString, QString> &byField);
    // What an import did, under the days (hidden when empty).
    void setImportResult(const QString &text);

    QLineEdit *weekdayEdit(int day) const { return m_weekly.at(std::size_t(day)); }
    QComboBox *zoneCombo() const { return m_zone; }
    QTableWidget *daysTable() const { return m_days; }

signals:
    // The session took an edit.
    void edited();
    // … of the calendar's names: `name` is the calendar's name now.
    void renamed(const QString &name);
    // "Import Days Off from .ics…" was clicked.
    void importRequested();

private:
    void namesEdited();
    void zoneEdited();
    void alwaysEdited();
    void weekdayEdited(int day);
    void holidaysEdited();
    void dayEdited(int row);
    void addDay();
    void removeDay();

    dueline::CatalogEditingSession *m_session = nullptr;
    QString m_id;
    bool m_editable = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    std::array<QLineEdit *, 3> m_names{};
    QComboBox *m_zone = nullptr;
    QCheckBox *m_always = nullptr;
    std::array<QLabel *, 7> m_weekdayLabels{};
    std::array<QLineEdit *, 7> m_weekly{};
    QComboBox *m_holidays = nullptr;
    QLabel *m_daysLabel = nullptr;
    QLabel *m_holidayNote = nullptr;
    QTableWidget *m_days = nullptr;
    QPushButton *m_addDay = nullptr;
    QPushButton *m_removeDay = nullptr;
    QPushButton *m_importIcs = nullptr;
    QLabel *m_importResult = nullptr;
};

} // namespace dueline
