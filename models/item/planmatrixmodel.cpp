// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/planmatrixmodel.h"

#include "models/catalog/comparison.h"
#include "models/item/durationformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace dueline {

namespace {

constexpr quintptr SectionId = 0;

Instant defaultWeekStart()
{
    // Monday 2 March 2026, 00:00 UTC: an ordinary week without holidays in Russia or China.
    return QDateTime(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

PlanMatrixModel::PlanMatrixModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_weekStart(defaultWeekStart())
{ }

QString PlanMatrixModel::levelTitle(int level)
{
    switch (level) {
    case 1:
        return QCoreApplication::translate("PlanMatrixModel", "P1 — business down");
    case 2:
        return QCoreApplication::translate("PlanMatrixModel",
                                           "P2 — important function unavailable");
    case 3:
        return QCoreApplication::translate("PlanMatrixModel", "P3 — function impaired or degraded");
    case 4:
        return QCoreApplication::translate("PlanMatrixModel", "P4 — question, consultation");
    }
    return {};
}

void PlanMatrixModel::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    m_plans.clear();
    if (m_catalog) {
        for (const Plan &p : m_catalog->plans())
            m_plans.append(&p);
    }
    rebuild();
}

void PlanMatrixModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void PlanMatrixModel::setPlans(const QStringList &planIds)
{
    m_plans.clear();
    if (m_catalog) {
        for (const QString &id : planIds) {
            const Plan *p = m_catalog->plan(id);
            if (p && !m_plans.contains(p))
                m_plans.append(p);
        }
    }
    rebuild();
}

QStringList PlanMatrixModel::plans() const
{
    QStringList ids;
    for (const Plan *p : m_plans)
        ids << p->id;
    return ids;
}

void PlanMatrixModel::setDifferencesOnly(bool on)
{
    if (on == m_differencesOnly)
        return;
    m_differencesOnly = on;
    rebuild();
}

void PlanMatrixModel::setReferenceWeek(Instant weekStart)
{
    m_weekStart = weekStart;
    rebuild();
}

qint64 PlanMatrixModel::meanWait(const Plan &plan, const QString &severity, TargetKind kind) const
{
    return Comparison::meanEffectiveWait(*m_catalog, plan, severity, kind, m_weekStart);
}

void PlanMatrixModel::markBest(Row &row, bool lowerIsBetter)
{
    QSet<double> values;
    bool any = false;
    double best = 0;
    for (const Cell &c : row.cells) {
        if (!c.applicable || c.sortValue < 0)
            continue;
        values.insert(c.sortValue);
        if (!any || (lowerIsBetter ? c.sortValue < best : c.sortValue > best))
            best = c.sortValue;
        any = true;
    }
    if (values.size() < 2)
        return; // nothing stands out
    for (Cell &c : row.cells) {
        if (c.applicable && c.sortValue == best)
            c.best = true;
    }
}

bool PlanMatrixModel::differs(const Row &row)
{
    QSet<QString> texts;
    for (const Cell &c : row.cells) {
        if (c.applicable)
            texts.insert(c.text);
    }
    return texts.size() > 1;
}

PlanMatrixModel::Row PlanMatrixModel::levelRow(int level, TargetKind kind) const
{
    Row row;
    row.kind = kind == TargetKind::Response ? RowKind::LevelResponse : RowKind::LevelResolution;
    row.label = levelTitle(level);
    for (const Plan *plan : m_plans) {
        Cell cell;
        const QString code = plan->severityForLevel(level);
        const Provider *provider = m_catalog->provider(plan->providerId);
        const Severity *severity = provider ? provider->severity(code) : nullptr;
        const SeverityTargets *targets = plan->targetsFor(code);
        const Target target = targets ? targets->target(kind) : Target::none();
        cell.text = DurationFormat::target(target);
        const qint64 wait = target.committed ? meanWait(*plan, code, kind) : -1;
        cell.sortValue = double(wait);
        QStringList tip;
        if (severity) {
            tip << QCoreApplication::translate("PlanMatrixModel", "Filed as: %1")
                            .arg(severity->names.text(m_language));
            if (!severity->descriptions.isEmpty())
                tip << severity->descriptions.text(m_language);
        }
        if (!target.notes.isEmpty())
            tip << target.notes.text(m_language);
        if (wait >= 0) {
            const WorkCalendarPtr calendar = m_catalog->calendarFor(*plan, target);
            tip << QCoreApplication::translate("PlanMatrixModel", "Counted on: %1")
                            .arg(calendar ? calendar->spec().names.text(m_language) : QString());
            tip << QCoreApplication::translate("PlanMatrixModel",
                                               "Average real wait over a week of openings: %1")
                            .arg(DurationFormat::span(wait));
        } else {
            tip << QCoreApplication::translate("PlanMatrixModel", "No commitment");
        }
        cell.toolTip = tip.join(QLatin1Char('\n'));
        row.cells.append(cell);
    }
    markBest(row, true);
    return row;
}

QVector<PlanMatrixModel::Row> PlanMatrixModel::severityRows() const
{
    QVector<Row> rows;
    for (const Provider &provider : m_catalog->providers()) {
        bool shown = false;
        for (const Plan *plan : m_plans)
            shown = shown || plan->providerId == provider.id;
        if (!shown)
            continue;
        for (const Severity &severity : provider.severities) {
            Row row;
            row.kind = RowKind::Severity;
            row.label =
                    QCoreApplication::translate("PlanMatrixModel", "%1: %2",
                                                "a provider and one of its severities")
                            .arg(provider.names.text(m_language), severity.names.text(m_language));
            row.toolTip = severity.descriptions.text(m_language);
            for (const Plan *plan : m_plans) {
                Cell cell;
                cell.applicable = plan->providerId == provider.id;
                cell.sortValue = -1;
                if (cell.applicable) {
                    const SeverityTargets *t = plan->targetsFor(severity.code);
                    if (!t) {
                        cell.text = QCoreApplication::translate("PlanMatrixModel", "not offered");
                    } else {
                        cell.text = DurationFormat::target(t->response) + QStringLiteral(" / ") +
                                    DurationFormat::target(t->resolution);
                        cell.toolTip = QCoreApplication::translate("PlanMatrixModel",
                                                                   "Response %1, resolution %2")
                                               .arg(DurationFormat::target(t->response),
                                                    DurationFormat::target(t->resolution));
                        if (t->response.committed)
                            cell.sortValue =
                                    double(meanWait(*plan, severity.code, TargetKind::Response));
                    }
                }
                row.cells.append(cell);
            }
            markBest(row, true);
            rows.append(row);
        }
    }
    return rows;
}

QString PlanMatrixModel::hoursText(const QString &hours) const
{
    if (hours == QLatin1String("24x7"))
        return QCoreApplication::translate("PlanMatrixModel", "24×7");
    const WorkCalendarPtr calendar = m_catalog->calendar(hours);
    return calendar ? calendar->spec().names.text(m_language) : hours;
}

QVector<PlanMatrixModel::Row> PlanMatrixModel::channelRows() const
{
    QVector<Row> rows;
    QStringList ids;
    for (const Plan *plan : m_plans) {
        for (const Channel &c : plan->channels) {
            if (!c.retired && !ids.contains(c.id))
                ids.append(c.id);
        }
    }
    for (const QString &id : ids) {
        Row row;
        row.kind = RowKind::Channel;
        for (const Plan *plan : m_plans) {
            Cell cell;
            cell.sortValue = -1;
            const Channel *channel = nullptr;
            for (const Channel &c : plan->channels) {
                if (c.id == id && !c.retired)
                    channel = &c;
            }
            if (!channel) {
                cell.text = QStringLiteral("—");
                row.cells.append(cell);
                continue;
            }
            if (row.label.isEmpty())
                row.label = channel->names.text(m_language);
            cell.text = hoursText(channel->hours);
            if (channel->response.committed)
                cell.text += QStringLiteral(" · ") + DurationFormat::target(channel->response);
            QStringList tip{channel->names.text(m_language)};
            if (!channel->contact.isEmpty())
                tip << channel->contact;
            if (!channel->notes.isEmpty())
                tip << channel->notes.text(m_language);
            cell.toolTip = tip.join(QLatin1Char('\n'));
            row.cells.append(cell);
        }
        rows.append(row);
    }
    return rows;
}

QVector<PlanMatrixModel::Row> PlanMatrixModel::featureRows() const
{
    QVector<Row> rows;
    for (const Feature &feature : m_catalog->features()) {
        Row row;
        row.kind = RowKind::Feature;
        row.label = feature.names.text(m_language);
        row.toolTip = feature.descriptions.text(m_language);
        bool stated = false;
        for (const Plan *plan : m_plans) {
            Cell cell;
            const auto it = plan->features.constFind(feature.id);
            if (it == plan->features.constEnd()) {
                cell.text = QCoreApplication::translate("PlanMatrixModel", "not stated");
                cell.sortValue = -1;
                cell.toolTip = QCoreApplication::translate(
                        "PlanMatrixModel", "The provider's page says nothing about this.");
            } else {
                stated = true;
                const QString mark = it->available ? QStringLiteral("✓") : QStringLiteral("✗");
                cell.text = it->detail.isEmpty()
                                    ? mark
                                    : mark + QLatin1Char(' ') + it->detail.text(m_language);
                cell.sortValue = it->available ? 1 : 0;
                if (!it->quote.isEmpty())
                    cell.toolTip = QStringLiteral("«%1»").arg(it->quote);
            }
            row.cells.append(cell);
        }
        if (stated) {
            markBest(row, false);
            rows.append(row);
        }
    }
    return rows;
}

void PlanMatrixModel::rebuild()
{
    beginResetModel();
    m_sections.clear();
    if (m_catalog && !m_plans.isEmpty()) {
        Section response{
                QCoreApplication::translate("PlanMatrixModel", "Response time by incident level"),
                {}};
        Section resolution{
                QCoreApplication::translate("PlanMatrixModel", "Resolution time by incident level"),
                {}};
        for (int level = 1; level <= LevelCount; ++level) {
            response.rows.append(levelRow(level, TargetKind::Response));
            resolution.rows.append(levelRow(level, TargetKind::Resolution));
        }
        Section severities{
                QCoreApplication::translate("PlanMatrixModel",
                                            "Response / resolution by the provider's severities"),
                severityRows()};
        Section channels{QCoreApplication::translate("PlanMatrixModel", "Channels and their hours"),
                         channelRows()};
        Section features{QCoreApplication::translate("PlanMatrixModel", "Features"), featureRows()};
        for (Section *s : {&response, &resolution, &severities, &channels, &features}) {
            if (m_differencesOnly) {
                s->rows.erase(std::remove_if(s->rows.begin(), s->rows.end(),
                                             [](const Row &r) { return !differs(r); }),
                              s->rows.end());
            }
            if (!s->rows.isEmpty())
                m_sections.append(*s);
        }
    }
    endResetModel();
}

QModelIndex PlanMatrixModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, SectionId);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex PlanMatrixModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == SectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, SectionId);
}

int PlanMatrixModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.internalId() == SectionId && parent.column() == 0)
        return int(m_sections.at(parent.row()).rows.size());
    return 0;
}

int PlanMatrixModel::columnCount(const QModelIndex &) const
{
    return FirstPlanColumn + int(m_plans.size());
}

QVariant PlanMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == SectionId) {
        const Section &section = m_sections.at(index.row());
        if (index.column() == LabelColumn && (role == Qt::DisplayRole || role == Qt::ToolTipRole))
            return section.title;
        if (role == RowKindRole)
            return QVariant::fromValue(RowKind::Section);
        return {};
    }
    const Row &row = m_sections.at(int(index.internalId() - 1)).rows.at(index.row());
    if (role == RowKindRole)
        return QVariant::fromValue(row.kind);
    if (index.column() == LabelColumn) {
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return row.label;
        case Qt::ToolTipRole:
            return row.toolTip.isEmpty() ? QVariant() : QVariant(row.toolTip);
        default:
            return {};
        }
    }
    const Cell &cell = row.cells.at(index.column() - FirstPlanColumn);
    switch (role) {
    case Qt::DisplayRole:
        return cell.applicable ? QVariant(cell.text) : QVariant();
    case Qt::ToolTipRole:
        return cell.applicable && !cell.toolTip.isEmpty() ? QVariant(cell.toolTip) : QVariant();
    case SortRole:
        return cell.sortValue;
    case BestRole:
        return cell.best;
    case ApplicableRole:
        return cell.applicable;
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignCenter);
    case PlanIdRole:
        return m_plans.at(index.column() - FirstPlanColumn)->id;
    default:
        return {};
    }
}

QVariant PlanMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section == LabelColumn) {
        if (role == Qt::DisplayRole)
            return QCoreApplication::translate("PlanMatrixModel", "Plan");
        return {};
    }
    const Plan *plan = m_plans.at(section - FirstPlanColumn);
    const Provider *provider = m_catalog->provider(plan->providerId);
    switch (role) {
    case Qt::DisplayRole:
        return plan->names.text(m_language);
    case Qt::ToolTipRole: {
        QString tip =
                (provider ? provider->names.text(m_language) + QStringLiteral(" — ") : QString()) +
                QCoreApplication::translate("PlanMatrixModel", "%1 (%2)",
                                            "a plan's name and its id")
                        .arg(plan->names.text(m_language), plan->id);
        if (!plan->descriptions.isEmpty())
            tip += QLatin1Char('\n') + plan->descriptions.text(m_language);
        return tip;
    }
    case PlanIdRole:
        return plan->id;
    case ProviderIdRole:
        return plan->providerId;
    case ProviderNameRole:
        return provider ? provider->names.text(m_language) : plan->providerId;
    default:
        return {};
    }
}

Qt::ItemFlags PlanMatrixModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != SectionId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace dueline
