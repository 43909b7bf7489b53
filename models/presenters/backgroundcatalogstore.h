// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/store/connection.h"
#include "models/store/teamcatalogstore.h"

#include <QObject>

#include <functional>

class QThread;

namespace dueline {

class ClockSource;

// The team catalog files of a shared database, read and saved off the GUI thread: each call
// opens a connection of its own from the URL in a thread of its own (a connection may only be
// used by the thread that opened it), runs TeamCatalogStore there and reports back here with a
// signal. One call at a time; the destructor waits for a call that still runs.
class BackgroundCatalogStore : public QObject
{
    Q_OBJECT
public:
    // `clock` stamps the saves and must outlive this object.
    BackgroundCatalogStore(const DatabaseUrl &url, const ClockSource &clock,
                           QObject *parent = nullptr);
    ~BackgroundCatalogStore() override;

    bool isRunning() const { return m_thread != nullptr; }
    // TeamCatalogStore::files(): filesRead() follows. False while another call runs.
    bool readFiles();
    // TeamCatalogStore::save(): saved() follows. False while another call runs.
    bool save(qint64 actorId, const QString &name, const QByteArray &content,
              qint64 expectedVersion);

signals:
    void runningChanged(bool running);
    // The files, or an empty list and why they could not be read.
    void filesRead(const QVector<dueline::TeamCatalogFile> &files, const QString &error);
    // The new row version, or 0 and why nothing was saved.
    void saved(qint64 version, const QString &error);

private:
    struct Outcome
    {
        QVector<TeamCatalogFile> files;
        qint64 version = 0;
        QString error;
    };
    using Call = std::function<void(TeamCatalogStore &, Outcome &)>;

    bool run(Call call, std::function<void(const Outcome &)> done);

    DatabaseUrl m_url;
    const ClockSource &m_clock;
    QThread *m_thread = nullptr; // the running call
};

} // namespace dueline
