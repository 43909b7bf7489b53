// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/comparison.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace dueline {

// The real-deadline calculator: for an incident level (or one provider's own severity) opened
// at a moment, the due instants under every chosen plan, sorted by response due. The numbers
// are Comparison's, the same as `dueline-cli compare`.
class DeadlineCalculatorModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PlanColumn,
        SeverityColumn,
        ResponseDueColumn,
        ResponseWaitColumn,
        ResolutionDueColumn,
        ResolutionWaitColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SortRole = Qt::UserRole + 1, // raw: due instant or wait in seconds (-1: none)
        PlanIdRole,
        DueRole, // the due instant (epoch seconds) of a due or wait column; null without one
    };
    Q_ENUM(Role)

    explicit DeadlineCalculatorModel(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    void setLanguage(const QString &language);
    // Times are shown in this zone (tooltips add the calendar's own).
    void setDisplayZone(const QTimeZone &zone);
    QTimeZone displayZone() const { return m_zone; }
    // The question: a level 1..4 for every plan, or a provider's severity for its plans.
    void setLevel(int level);
    void setProviderSeverity(const QString &providerId, const QString &severity);
    void setOpened(Instant opened);
    Instant opened() const { return m_opened; }
    // Restrict to these plans (empty: all).
    void setPlans(const QStringList &planIds);

    int level() const { return m_level; }
    const QVector<ComparisonRow> &rows() const { return m_rows; }
    // Messages about holiday data that is provisional or missing for the years involved.
    QStringList warnings() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "Fri 16 Jan 2026 20:30" in the UI language.
    QString formatInstant(Instant t, const QTimeZone &zone) const;

private:
    void recompute();

    CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QTimeZone m_zone = QTimeZone("UTC");
    int m_level = 1;
    QString m_providerId;
    QString m_severity;
    Instant m_opened = 0;
    QStringList m_planIds;
    QVector<ComparisonRow> m_rows;
};

} // namespace dueline
