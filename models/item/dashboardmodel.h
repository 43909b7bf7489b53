// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sla/clocksource.h"
#include "models/store/report.h"

#include <QAbstractTableModel>
#include <QObject>

#include <memory>

class QThread;

namespace dueline {

class Ticker;

// The dashboard's figures as a flat table (section, name, value): what the CSV export writes and
// what a screen reader or a test reads. The charts read data() directly.
class DashboardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SectionColumn, NameColumn, ValueColumn, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, // a stable machine key: "open.breached", "plan.vkcs/standard"
        RawValueRole, // the number (double for percentages, qint64 for counts; null: none)
    };

    explicit DashboardModel(QObject *parent = nullptr);

    // Replaces the figures: dataChanged on the values when the rows are the same ones, else a
    // reset.
    void setDashboardData(const DashboardData &data);
    const DashboardData &dashboardData() const { return m_data; }
    bool hasData() const { return m_hasData; }

    // The row of a key, or -1.
    int rowOfKey(const QString &key) const;
    QVariant valueOf(const QString &key) const;

    // Every row as CSV (RFC 4180, a header line, UTF-8 text).
    QString toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QString key;
        QString section;
        QString name;
        QVariant value;
    };
    static QVector<Entry> entriesOf(const DashboardData &data);

    DashboardData m_data;
    QVector<Entry> m_entries;
    bool m_hasData = false;
};

class DashboardWorker;

// Runs the aggregation off the GUI thread: a worker thread owns its own TicketStore connection,
// the DashboardIndex and a ChangeFeed. Changes from the feed update the index and recompute at
// once; the shared ticker recomputes every refreshSeconds() (open-now states and the forecast
// move with time). Requests that arrive while one runs are coalesced into one.
class DashboardService : public QObject
{
    Q_OBJECT
public:
    explicit DashboardService(QObject *parent = nullptr);
    ~DashboardService() override;

    // Opens the database in the worker thread and loads the index.
    void setDatabase(const DatabaseUrl &url, CatalogPtr catalog, const ClockSource &clock);
    void setFilter(const DashboardFilter &filter);
    const DashboardFilter &filter() const { return m_filter; }
    void setTicker(Ticker *ticker);
    void setRefreshSeconds(int seconds) { m_refreshSeconds = seconds; }
    int refreshSeconds() const { return m_refreshSeconds; }
    bool isBusy() const { return m_running; }
    bool hasDatabase() const { return m_worker != nullptr; }
    // Recomputes now (after the current run when one is running).
    void refresh();
    // The agents of the database (for the filter), as of the last load.
    QVector<Agent> agents() const { return m_agents; }

signals:
    void dataReady(const dueline::DashboardData &data);
    void agentsChanged();
    void failed(const QString &message);

private:
    void start();
    void finished(const DashboardData &data, qint64 totalLoaded);

    QThread *m_thread = nullptr;
    DashboardWorker *m_worker = nullptr;
    const ClockSource *m_clock = nullptr;
    DashboardFilter m_filter;
    bool m_running = false;
    bool m_pending = false;
    int m_refreshSeconds = 10;
    qint64 m_lastRun = 0;
    QVector<Agent> m_agents;
};

} // namespace dueline

Q_DECLARE_METATYPE(dueline::DashboardData)
