// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QLabel;
class QTreeView;

namespace dueline {

class PlansHeaderView;
class MatrixTreeView;
class PlanMatrixModel;

// The comparison matrix page: PlanMatrixModel in a tree (sections expanded, the label column
// frozen at the left while plan columns scroll), plan columns grouped under a provider band
// that collapses, the best value of each row tinted and bold, a "Differences only" toggle.
class PlansMatrixView : public QWidget
{
    Q_OBJECT
public:
    explicit PlansMatrixView(QWidget *parent = nullptr);
    ~PlansMatrixView() override;

    void setCatalog(dueline::CatalogPtr catalog);
    void setLanguage(const QString &language);
    void setPlans(const QStringList &planIds);
    QStringList plans() const;

    bool differencesOnly() const;
    void setDifferencesOnly(bool on);

    void setProviderCollapsed(const QString &providerId, bool collapsed);
    bool isProviderCollapsed(const QString &providerId) const;

    dueline::PlanMatrixModel *model() const { return m_model; }
    QTreeView *treeView() const;
    PlansHeaderView *header() const { return m_header; }

    // The model's rows, for export: each leaf row with its section title, label, the plan cells
    // and which of them is best.
    struct ExportRow
    {
        QString section;
        QString label;
        QStringList cells;
        QVector<bool> best;
    };
    QVector<ExportRow> exportRows() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void afterReset();
    void applyColumnState();
    void toggleProvider(const QString &providerId);
    int defaultPlanColumnWidth(int column) const;
    void showContextMenu(const QPoint &pos);

    dueline::PlanMatrixModel *m_model = nullptr;
    MatrixTreeView *m_tree = nullptr;
    PlansHeaderView *m_header = nullptr;
    QCheckBox *m_differences = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_legendSwatch = nullptr;
    QSet<QString> m_collapsed;
    QHash<QString, int> m_userWidths; // plan id -> width the user gave its column
    int m_labelWidth = -1;
    bool m_applying = false;
};

} // namespace dueline
