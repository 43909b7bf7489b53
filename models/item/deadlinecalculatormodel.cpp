// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/deadlinecalculatormodel.h"

#include "models/item/durationformat.h"
#include "models/sla/clocktext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace dueline {

DeadlineCalculatorModel::DeadlineCalculatorModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeadlineCalculatorModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    recompute();
}

void DeadlineCalculatorModel::setLanguage(const QString &language)
{
    m_language = language;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void DeadlineCalculatorModel::setDisplayZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_zone = zone;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, ResponseDueColumn), index(rowCount() - 1, ResolutionWaitColumn));
}

void DeadlineCalculatorModel::setLevel(int level)
{
    m_level = std::clamp(level, 1, LevelCount);
    m_providerId.clear();
    m_severity.clear();
    recompute();
}

void DeadlineCalculatorModel::setProviderSeverity(const QString &providerId,
                                                  const QString &severity)
{
    m_providerId = providerId;
    m_severity = severity;
    recompute();
}

void DeadlineCalculatorModel::setOpened(Instant opened)
{
    m_opened = opened;
    recompute();
}

void DeadlineCalculatorModel::setPlans(const QStringList &planIds)
{
    m_planIds = planIds;
    recompute();
}

void DeadlineCalculatorModel::recompute()
{
    beginResetModel();
    m_rows.clear();
    if (m_catalog) {
        if (m_providerId.isEmpty()) {
            m_rows = Comparison::compute(*m_catalog, m_level, m_opened, m_planIds);
        } else {
            for (const Plan &plan : m_catalog->plans()) {
                if (plan.providerId != m_providerId || !plan.offers(m_severity))
                    continue;
                if (!m_planIds.isEmpty() && !m_planIds.contains(plan.id))
                    continue;
                m_rows.append(Comparison::computeOne(*m_catalog, plan, m_severity, m_opened));
            }
            Comparison::sort(m_rows);
        }
    }
    endResetModel();
}

QStringList DeadlineCalculatorModel::warnings() const
{
    QVector<CalendarWarning> all;
    for (const ComparisonRow &row : m_rows) {
        for (const CalendarWarning &w : row.warnings) {
            if (!all.contains(w))
                all.append(w);
        }
    }
    QStringList messages;
    for (const CalendarWarning &w : all) {
        const WorkCalendarPtr calendar = m_catalog ? m_catalog->calendar(w.calendarId) : nullptr;
        const QString name = calendar ? calendar->spec().names.text(m_language) : w.calendarId;
        messages << (w.kind == CalendarWarning::Kind::DataMissing
                             ? QCoreApplication::translate(
                                       "DeadlineCalculatorModel",
                                       "No holiday data for %1 in “%2”: weekly hours only.")
                                       .arg(w.year)
                                       .arg(name)
                             : QCoreApplication::translate(
                                       "DeadlineCalculatorModel",
                                       "Holiday data for %1 in “%2” is provisional.")
                                       .arg(w.year)
                                       .arg(name));
    }
    return messages;
}

int DeadlineCalculatorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadlineCalculatorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DeadlineCalculatorModel::formatInstant(Instant t, const QTimeZone &zone) const
{
    const QLocale locale(m_language);
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, zone);
    return locale.toString(dt, QStringLiteral("ddd ")) + locale.toString(dt, QLocale::ShortFormat);
}

QVariant DeadlineCalculatorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_rows.at(index.row());
    const int column = index.column();
    if (role == PlanIdRole)
        return row.plan->id;
    const bool response = column == ResponseDueColumn || column == ResponseWaitColumn;
    const ComparisonRow::Clock &clock = response ? row.response : row.resolution;
    const bool hasDue = clock.due != InvalidInstant;
    switch (column) {
    case PlanColumn: {
        const Provider *provider = m_catalog->provider(row.plan->providerId);
        if (role == Qt::DisplayRole || role == SortRole)
            return QString((provider ? QString(provider->names.text(m_language) + QLatin1Char(' '))
                                     : QString()) +
                           row.plan->names.text(m_language));
        if (role == Qt::ToolTipRole)
            return row.plan->id;
        return {};
    }
    case SeverityColumn: {
        const Provider *provider = m_catalog->provider(row.plan->providerId);
        const Severity *severity = provider ? provider->severity(row.severity) : nullptr;
        if (role == Qt::DisplayRole || role == SortRole)
            return severity ? severity->names.text(m_language) : row.severity;
        if (role == Qt::ToolTipRole && severity)
            return severity->descriptions.text(m_language);
        return {};
    }
    case ResponseDueColumn:
    case ResolutionDueColumn:
        switch (role) {
        case Qt::DisplayRole:
            return hasDue ? formatInstant(clock.due, m_zone)
                          : QCoreApplication::translate("DeadlineCalculatorModel", "no commitment");
        case Qt::ToolTipRole:
            if (!hasDue)
                return {};
            return QCoreApplication::translate("DeadlineCalculatorModel",
                                               "%1 (%2), target %3 on “%4”")
                    .arg(formatInstant(clock.due, QTimeZone(clock.calendar->spec().timeZone)),
                         QString::fromUtf8(clock.calendar->spec().timeZone),
                         DurationFormat::target(clock.target),
                         clock.calendar->spec().names.text(m_language));
        case SortRole:
            return hasDue ? QVariant(qlonglong(clock.due)) : QVariant(qlonglong(-1));
        case DueRole:
            return hasDue ? QVariant(qlonglong(clock.due)) : QVariant();
        default:
            return {};
        }
    case ResponseWaitColumn:
    case ResolutionWaitColumn:
        switch (role) {
        case Qt::DisplayRole:
            return hasDue ? DurationFormat::span(clock.due - m_opened) : QStringLiteral("—");
        case Qt::ToolTipRole:
            return hasDue ? QCoreApplication::translate("DeadlineCalculatorModel",
                                                        "%1 of working time counted")
                                    .arg(ClockText::workingTime(clock.workingSeconds))
                          : QVariant();
        case SortRole:
            return hasDue ? QVariant(qlonglong(clock.due - m_opened)) : QVariant(qlonglong(-1));
        case DueRole:
            return hasDue ? QVariant(qlonglong(clock.due)) : QVariant();
        case Qt::TextAlignmentRole:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DeadlineCalculatorModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    // The tooltip tells a header whole when its column is narrower.
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case PlanColumn:
        return QCoreApplication::translate("DeadlineCalculatorModel", "Plan");
    case SeverityColumn:
        return QCoreApplication::translate("DeadlineCalculatorModel", "Filed as");
    case ResponseDueColumn:
        return QCoreApplication::translate("DeadlineCalculatorModel", "Response due");
    case ResponseWaitColumn:
        return QCoreApplication::translate("DeadlineCalculatorModel", "Real wait");
    case ResolutionDueColumn:
        return QCoreApplication::translate("DeadlineCalculatorModel", "Resolution due");
    case ResolutionWaitColumn:
        return QCoreApplication::translate("DeadlineCalculatorModel", "Real wait",
                                           "resolution column");
    }
    return {};
}

} // namespace dueline
