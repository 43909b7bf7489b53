// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QToolButton>

class QTreeWidget;
class QTreeWidgetItem;

namespace dueline {

// "Plans…": a tool button whose popup lists the catalog's plans by provider with check boxes
// (a provider's box checks or clears all its plans). The chosen plans, in catalog order, drive
// the comparison matrix, the calculator and its chart. At least one plan stays chosen.
class PlansChooser : public QToolButton
{
    Q_OBJECT
public:
    explicit PlansChooser(QWidget *parent = nullptr);

    void setCatalog(dueline::CatalogPtr catalog, const QString &language);
    void setLanguage(const QString &language);
    // Plan ids in catalog order; unknown ids are ignored.
    QStringList chosenPlans() const { return m_chosen; }
    // Emits chosenPlansChanged() when the choice changes.
    void setChosenPlans(const QStringList &planIds);
    // The list inside the popup (tests and keyboard users reach it through the popup).
    QTreeWidget *tree() const { return m_tree; }

signals:
    void chosenPlansChanged(const QStringList &planIds);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslateUi();
    void onItemChanged(QTreeWidgetItem *item);
    void updateText();

    dueline::CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QStringList m_chosen;
    QTreeWidget *m_tree = nullptr;
    bool m_updating = false;
};

} // namespace dueline
