// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/presenters/backgroundcatalogstore.h"

#include <QThread>

#include <memory>

namespace dueline {

BackgroundCatalogStore::BackgroundCatalogStore(const DatabaseUrl &url, const ClockSource &clock,
                                               QObject *parent)
    : QObject(parent)
    , m_url(url)
    , m_clock(clock)
{ }

BackgroundCatalogStore::~BackgroundCatalogStore()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool BackgroundCatalogStore::run(Call call, std::function<void(const Outcome &)> done)
{
    if (m_thread)
        return false;
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([outcome, url = m_url, clock = &m_clock, call = std::move(call)] {
        StoreError error;
        const std::unique_ptr<Connection> connection =
                Connection::open(url, Connection::Mode::OpenExisting, &error);
        if (!connection) {
            outcome->error = error.message;
            return;
        }
        TeamCatalogStore store(*connection, *clock);
        call(store, *outcome);
    });
    m_thread->setObjectName(QStringLiteral("catalog-store"));
    // Queued to this thread: the outcome is read once the worker has finished.
    connect(m_thread, &QThread::finished, this, [this, outcome, done = std::move(done)] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit runningChanged(false);
        done(*outcome);
    });
    m_thread->start();
    emit runningChanged(true);
    return true;
}

bool BackgroundCatalogStore::readFiles()
{
    return run(
            [](TeamCatalogStore &store, Outcome &outcome) {
                StoreError error;
                outcome.files = store.files(&error);
                if (error)
                    outcome.error = error.message;
            },
            [this](const Outcome &outcome) { emit filesRead(outcome.files, outcome.error); });
}

bool BackgroundCatalogStore::save(qint64 actorId, const QString &name, const QByteArray &content,
                                  qint64 expectedVersion)
{
    return run(
            [actorId, name, content, expectedVersion](TeamCatalogStore &store, Outcome &outcome) {
                StoreError error;
                outcome.version = store.save(actorId, name, content, expectedVersion, &error);
                if (outcome.version == 0)
                    outcome.error = error.message;
            },
            [this](const Outcome &outcome) { emit saved(outcome.version, outcome.error); });
}

} // namespace dueline
