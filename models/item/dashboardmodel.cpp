// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/item/dashboardmodel.h"

#include "models/item/numberformat.h"
#include "models/item/ticker.h"
#include "models/store/changefeed.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPointer>
#include <QThread>

#include <array>

namespace dueline {

namespace {

QVariant percent(double value)
{
    return value < 0 ? QVariant() : QVariant(value);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

DashboardModel::DashboardModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QVector<DashboardModel::Entry> DashboardModel::entriesOf(const DashboardData &d)
{
    QVector<Entry> e;
    const QString open = QCoreApplication::translate("DashboardModel", "Open now");
    e.append({QStringLiteral("open.total"), open,
              QCoreApplication::translate("DashboardModel", "Open tickets"), d.openNow.open});
    e.append({QStringLiteral("open.running"), open,
              QCoreApplication::translate("DashboardModel", "Running"), d.openNow.running});
    e.append({QStringLiteral("open.at_risk"), open,
              QCoreApplication::translate("DashboardModel", "At risk"), d.openNow.atRisk});
    e.append({QStringLiteral("open.breached"), open,
              QCoreApplication::translate("DashboardModel", "Breached"), d.openNow.breached});
    e.append({QStringLiteral("open.paused"), open,
              QCoreApplication::translate("DashboardModel", "Paused"), d.openNow.paused});
    e.append({QStringLiteral("open.no_clock"), open,
              QCoreApplication::translate("DashboardModel", "No clock running"), d.openNow.noSla});
    const QString forecast = QCoreApplication::translate("DashboardModel", "Breach forecast");
    e.append({QStringLiteral("forecast.hour"), forecast,
              QCoreApplication::translate("DashboardModel", "Next hour"), d.forecast.nextHour});
    e.append({QStringLiteral("forecast.4h"), forecast,
              QCoreApplication::translate("DashboardModel", "Next 4 hours"),
              d.forecast.next4Hours});
    e.append({QStringLiteral("forecast.today"), forecast,
              QCoreApplication::translate("DashboardModel", "By the end of today"),
              d.forecast.endOfToday});
    for (const HolidayForecast &h : d.forecast.holidays) {
        e.append({QStringLiteral("forecast.days_off.%1.%2.%3")
                          .arg(h.calendarId, h.providerId, h.firstDay.toString(Qt::ISODate)),
                  forecast,
                  QCoreApplication::translate("DashboardModel", "%1: %2 (%3 – %4)")
                          .arg(h.providerId, h.holidayNames.text(QStringLiteral("en")),
                               h.firstDay.toString(Qt::ISODate), h.lastDay.toString(Qt::ISODate)),
                  h.tickets});
    }
    const QString compliance = QCoreApplication::translate("DashboardModel", "Compliance %",
                                                           "SLA compliance in percent");
    e.append({QStringLiteral("compliance.total"), compliance,
              QCoreApplication::translate("DashboardModel", "All plans"),
              percent(d.total.compliancePercent)});
    for (const ReportRow &r : d.byPlan)
        e.append({QStringLiteral("compliance.plan.") + r.planId, compliance, r.planId,
                  percent(r.compliancePercent)});
    for (const ReportRow &r : d.bySeverity)
        e.append({QStringLiteral("compliance.severity.") + r.severity, compliance, r.severity,
                  percent(r.compliancePercent)});
    for (const ReportRow &r : d.rows)
        e.append({QStringLiteral("compliance.plan_severity.%1.%2").arg(r.planId, r.severity),
                  compliance, r.planId + QLatin1Char(' ') + r.severity,
                  percent(r.compliancePercent)});
    const QString breaches = QCoreApplication::translate("DashboardModel", "Breaches per day");
    for (int i = 0; i < d.days.size(); ++i) {
        for (int p = 0; p < d.breachPlans.size(); ++p) {
            e.append({QStringLiteral("breaches.%1.%2")
                              .arg(d.days.at(i).toString(Qt::ISODate), d.breachPlans.at(p)),
                      breaches,
                      d.days.at(i).toString(Qt::ISODate) + QLatin1Char(' ') + d.breachPlans.at(p),
                      d.breachesPerDay.at(p).at(i)});
        }
    }
    const QString response =
            QCoreApplication::translate("DashboardModel", "Response time against the target");
    for (int b = 0; b < ResponseBucketCount; ++b) {
        const QString name =
                ResponseBucketUpperPercent[b]
                        ? QCoreApplication::translate("DashboardModel", "Up to %1")
                                  .arg(NumberFormat::percent(QLocale(),
                                                             ResponseBucketUpperPercent[b], 0))
                        : QCoreApplication::translate("DashboardModel", "Over %1")
                                  .arg(NumberFormat::percent(QLocale(),
                                                             ResponseBucketUpperPercent[b - 1], 0));
        e.append({QStringLiteral("response.%1").arg(b), response, name, d.responseBuckets[b]});
    }
    const QString agents = QCoreApplication::translate("DashboardModel", "Agent workload");
    for (const AgentLoad &a : d.agents) {
        const QString name =
                a.agentId ? a.name : QCoreApplication::translate("DashboardModel", "Unassigned");
        const QString key = QStringLiteral("agent.%1.").arg(a.agentId);
        e.append({key + QStringLiteral("open"), agents,
                  QCoreApplication::translate("DashboardModel", "%1: open").arg(name), a.open});
        e.append({key + QStringLiteral("at_risk"), agents,
                  QCoreApplication::translate("DashboardModel", "%1: at risk").arg(name),
                  a.atRisk});
        e.append({key + QStringLiteral("breached"), agents,
                  QCoreApplication::translate("DashboardModel", "%1: breached").arg(name),
                  a.breached});
    }
    return e;
}

void DashboardModel::setDashboardData(const DashboardData &data)
{
    QVector<Entry> entries = entriesOf(data);
    m_data = data;
    bool sameRows = m_hasData && entries.size() == m_entries.size();
    for (int i = 0; sameRows && i < entries.size(); ++i)
        sameRows = entries.at(i).key == m_entries.at(i).key;
    m_hasData = true;
    if (sameRows) {
        int first = -1, last = -1;
        for (int i = 0; i < entries.size(); ++i) {
            if (entries.at(i).value != m_entries.at(i).value ||
                entries.at(i).name != m_entries.at(i).name) {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        m_entries = std::move(entries);
        if (first >= 0) {
            emit dataChanged(index(first, NameColumn), index(last, ValueColumn),
                             {Qt::DisplayRole, RawValueRole});
        }
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int DashboardModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key)
            return i;
    }
    return -1;
}

QVariant DashboardModel::valueOf(const QString &key) const
{
    const int row = rowOfKey(key);
    return row < 0 ? QVariant() : m_entries.at(row).value;
}

QString DashboardModel::toCsv() const
{
    QString csv = QStringLiteral("key,section,name,value\n");
    // What the figures are of first: the period (its days in its zone) and the filters, so a
    // file that travels says what it holds.
    const DashboardFilter &f = m_data.filter;
    const QString period = QCoreApplication::translate("DashboardModel", "Period");
    const QString filters = QCoreApplication::translate("DashboardModel", "Filters");
    const QString all = QCoreApplication::translate("DashboardModel", "all");
    const QVector<std::array<QString, 4>> context{
            {QStringLiteral("period.first_day"), period,
             QCoreApplication::translate("DashboardModel", "First day"),
             QDateTime::fromSecsSinceEpoch(f.from, f.zone).date().toString(Qt::ISODate)},
            {QStringLiteral("period.last_day"), period,
             QCoreApplication::translate("DashboardModel", "Last day"),
             QDateTime::fromSecsSinceEpoch(std::max(f.from, f.to - 1), f.zone)
                     .date()
                     .toString(Qt::ISODate)},
            {QStringLiteral("period.time_zone"), period,
             QCoreApplication::translate("DashboardModel", "Time zone"),
             QString::fromUtf8(f.zone.id())},
            {QStringLiteral("filter.provider"), filters,
             QCoreApplication::translate("DashboardModel", "Provider"),
             f.providerId.isEmpty() ? all : f.providerId},
            {QStringLiteral("filter.plan"), filters,
             QCoreApplication::translate("DashboardModel", "Plan"),
             f.planId.isEmpty() ? all : f.planId},
            {QStringLiteral("filter.severity"), filters,
             QCoreApplication::translate("DashboardModel", "Severity"),
             f.severity.isEmpty() ? all : f.severity},
            {QStringLiteral("filter.agent"), filters,
             QCoreApplication::translate("DashboardModel", "Agent"),
             f.agentId < 0
                     ? all
                     : (f.agentId == 0 ? QCoreApplication::translate("DashboardModel", "unassigned")
                                       : QString::number(f.agentId))}};
    if (m_hasData) {
        for (const auto &row : context) {
            csv += csvField(row[0]) + QLatin1Char(',') + csvField(row[1]) + QLatin1Char(',') +
                   csvField(row[2]) + QLatin1Char(',') + csvField(row[3]) + QLatin1Char('\n');
        }
    }
    for (const Entry &e : m_entries) {
        QString value;
        if (e.value.isValid()) {
            value = e.value.typeId() == QMetaType::Double
                            ? QString::number(e.value.toDouble(), 'f', 1)
                            : e.value.toString();
        }
        csv += csvField(e.key) + QLatin1Char(',') + csvField(e.section) + QLatin1Char(',') +
               csvField(e.name) + QLatin1Char(',') + value + QLatin1Char('\n');
    }
    return csv;
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DashboardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SectionColumn:
            return e.section;
        case NameColumn:
            return e.name;
        case ValueColumn:
            if (!e.value.isValid())
                return QStringLiteral("—");
            if (e.value.typeId() == QMetaType::Double)
                return NumberFormat::percent(QLocale(), e.value.toDouble());
            return e.value.toString();
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == ValueColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    case KeyRole:
        return e.key;
    case RawValueRole:
        return e.value;
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SectionColumn:
        return QCoreApplication::translate("DashboardModel", "Section");
    case NameColumn:
        return QCoreApplication::translate("DashboardModel", "Figure");
    case ValueColumn:
        return QCoreApplication::translate("DashboardModel", "Value");
    default:
        return {};
    }
}

// Lives in the worker thread; everything it owns is created and destroyed there.
class DashboardWorker : public QObject
{
public:
    std::unique_ptr<TicketStore> store;
    std::unique_ptr<DashboardIndex> index;
    std::unique_ptr<ChangeFeed> feed;
};

DashboardService::DashboardService(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DashboardData>();
}

DashboardService::~DashboardService()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void DashboardService::setDatabase(const DatabaseUrl &url, CatalogPtr catalog,
                                   const ClockSource &clock)
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_worker = nullptr;
    }
    m_clock = &clock;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("dashboard"));
    m_worker = new DashboardWorker;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);

    QPointer<DashboardService> self(this);
    DashboardWorker *worker = m_worker;
    m_running = true;
    QMetaObject::invokeMethod(worker, [self, worker, url, catalog = std::move(catalog), &clock] {
        StoreError error;
        worker->store =
                TicketStore::open(url, catalog, clock, Connection::Mode::OpenExisting, &error);
        QVector<Agent> agents;
        if (worker->store) {
            worker->index = std::make_unique<DashboardIndex>(catalog);
            if (!worker->index->load(worker->store->connection(), &error))
                worker->index.reset();
            agents = worker->store->agents(&error);
            worker->feed = ChangeFeed::create(url);
            StoreError feedError;
            if (worker->feed->start(&feedError)) {
                auto changed = [self, worker](const QVector<qint64> &ids, bool all) {
                    if (!worker->index)
                        return;
                    StoreError e;
                    if (all)
                        worker->index->load(worker->store->connection(), &e);
                    else
                        worker->index->update(worker->store->connection(), ids, &e);
                    const QVector<Agent> current = worker->store->agents(&e);
                    QMetaObject::invokeMethod(self, [self, current] {
                        if (!self)
                            return;
                        self->m_agents = current;
                        emit self->agentsChanged();
                        self->refresh();
                    });
                };
                QObject::connect(worker->feed.get(), &ChangeFeed::ticketsChanged, worker,
                                 [changed](const QVector<qint64> &ids) { changed(ids, false); });
                QObject::connect(worker->feed.get(), &ChangeFeed::resyncNeeded, worker,
                                 [changed] { changed({}, true); });
            }
        }
        const QString message = error.isError() ? error.message : QString();
        QMetaObject::invokeMethod(self, [self, message, agents] {
            if (!self)
                return;
            self->m_running = false;
            self->m_agents = agents;
            emit self->agentsChanged();
            if (!message.isEmpty())
                emit self->failed(message);
            self->start();
        });
    });
}

void DashboardService::setFilter(const DashboardFilter &filter)
{
    m_filter = filter;
    refresh();
}

void DashboardService::setTicker(Ticker *ticker)
{
    connect(ticker, &Ticker::tick, this, [this](qint64 now) {
        if (m_worker && now - m_lastRun >= m_refreshSeconds)
            refresh();
    });
}

void DashboardService::refresh()
{
    if (!m_worker)
        return;
    if (m_running) {
        m_pending = true;
        return;
    }
    start();
}

void DashboardService::start()
{
    m_pending = false;
    m_running = true;
    QPointer<DashboardService> self(this);
    DashboardWorker *worker = m_worker;
    const DashboardFilter filter = m_filter;
    m_lastRun = m_clock ? m_clock->nowUtc() : 0;
    QMetaObject::invokeMethod(worker, [self, worker, filter] {
        DashboardData data;
        qint64 loaded = -1;
        if (worker->index && worker->store) {
            data = worker->index->aggregate(filter, worker->store->now());
            loaded = worker->index->size();
        }
        QMetaObject::invokeMethod(self, [self, data, loaded] {
            if (self)
                self->finished(data, loaded);
        });
    });
}

void DashboardService::finished(const DashboardData &data, qint64 totalLoaded)
{
    m_running = false;
    if (totalLoaded >= 0)
        emit dataReady(data);
    if (m_pending)
        start();
}

} // namespace dueline
