// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QAbstractItemModel>
#include <QVector>

namespace dueline {

// The plan comparison matrix: one column per chosen plan (grouped by provider through the
// header roles), rows in sections — targets by incident level, targets by each provider's own
// severities, channels with their hours, and the features matrix. The best value of a row is
// marked (BestRole); "differences only" hides rows where the chosen plans agree.
//
// Targets are ranked by their mean effective wait over a reference week (due − opened, one
// opening per hour), so a 16 h business-hours target ranks behind a 16 h round-the-clock one.
class PlanMatrixModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn = 0, FirstPlanColumn = 1 };
    enum Role {
        SortRole = Qt::UserRole + 1, // raw value: mean effective wait in seconds, availability
        BestRole, // bool: the best value of its row
        RowKindRole, // RowKind of the row
        PlanIdRole, // header of a plan column: the plan id
        ProviderIdRole, // header of a plan column: the provider id
        ProviderNameRole, // header of a plan column: the provider's name
        ApplicableRole, // bool: the row concerns this plan (provider severities, channels)
    };
    Q_ENUM(Role)
    enum class RowKind { Section, LevelResponse, LevelResolution, Severity, Channel, Feature };
    Q_ENUM(RowKind)

    explicit PlanMatrixModel(QObject *parent = nullptr);

    void setCatalog(CatalogPtr catalog);
    CatalogPtr catalog() const { return m_catalog; }
    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // The plan columns, in order; unknown ids are ignored. Default: every plan.
    void setPlans(const QStringList &planIds);
    QStringList plans() const;
    void setDifferencesOnly(bool on);
    bool differencesOnly() const { return m_differencesOnly; }
    // The week over which effective waits are averaged (default: the week of 2 March 2026).
    void setReferenceWeek(Instant weekStart);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Localized title of an incident level 1..4 ("P1 — business down").
    static QString levelTitle(int level);

private:
    struct Cell
    {
        QString text;
        QString toolTip;
        double sortValue = 0;
        bool best = false;
        bool applicable = true;
    };
    struct Row
    {
        RowKind kind = RowKind::Section;
        QString label;
        QString toolTip;
        QVector<Cell> cells;
    };
    struct Section
    {
        QString title;
        QVector<Row> rows;
    };

    void rebuild();
    Row levelRow(int level, TargetKind kind) const;
    QVector<Row> severityRows() const;
    QVector<Row> channelRows() const;
    QVector<Row> featureRows() const;
    QString hoursText(const QString &hours) const;
    qint64 meanWait(const Plan &plan, const QString &severity, TargetKind kind) const;
    static void markBest(Row &row, bool lowerIsBetter);
    static bool differs(const Row &row);

    CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QVector<const Plan *> m_plans;
    bool m_differencesOnly = false;
    Instant m_weekStart = 0;
    QVector<Section> m_sections;
};

} // namespace dueline
