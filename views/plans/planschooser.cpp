// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/planschooser.h"

#include "views/common/icons.h"

#include <QApplication>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dueline {

namespace {

constexpr int PlanIdRole = Qt::UserRole + 1;

// The popup: the tree, a hint and "All plans". Closes on Escape or a click outside.
class ChooserPopup : public QFrame
{
public:
    explicit ChooserPopup(QWidget *parent)
        : QFrame(parent, Qt::Popup)
    {
        setFrameShape(QFrame::StyledPanel);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape) {
            close();
            return;
        }
        QFrame::keyPressEvent(event);
    }
};

} // namespace

PlansChooser::PlansChooser(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("plansChooser"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIcon(Icons::get(QStringLiteral("view-filter"), QStyle::SP_FileDialogDetailedView));
    setAutoRaise(true);

    auto *popup = new ChooserPopup(this);
    popup->setObjectName(QStringLiteral("plansChooserPopup"));
    m_tree = new QTreeWidget(popup);
    m_tree->setObjectName(QStringLiteral("plansChooserTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *all = new QPushButton(popup);
    all->setObjectName(QStringLiteral("plansChooserAll"));
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tree);
    layout->addWidget(all, 0, Qt::AlignRight);

    connect(m_tree, &QTreeWidget::itemChanged, this, &PlansChooser::onItemChanged);
    connect(all, &QPushButton::clicked, this, [this] {
        QStringList ids;
        if (m_catalog) {
            for (const Plan &plan : m_catalog->plans())
                ids << plan.id;
        }
        setChosenPlans(ids);
        emit chosenPlansChanged(m_chosen);
    });
    connect(this, &QToolButton::clicked, this, [this, popup] {
        popup->adjustSize();
        QSize size = popup->sizeHint().expandedTo(QSize(300, 360));
        size.setHeight(qMin(size.height(), 520));
        QPoint pos = mapToGlobal(QPoint(0, height()));
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            pos.setX(qBound(available.left(), pos.x(), available.right() - size.width()));
        }
        popup->setGeometry(QRect(pos, size));
        popup->show();
        m_tree->setFocus();
        if (!m_tree->currentItem() && m_tree->topLevelItemCount())
            m_tree->setCurrentItem(m_tree->topLevelItem(0));
    });
    retranslateUi();
}

void PlansChooser::setCatalog(CatalogPtr catalog, const QString &language)
{
    m_catalog = std::move(catalog);
    m_language = language;
    QStringList kept;
    if (m_catalog) {
        for (const QString &id : std::as_const(m_chosen)) {
            if (m_catalog->plan(id))
                kept << id;
        }
    }
    m_chosen = kept;
    rebuild();
}

void PlansChooser::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuild();
}

void PlansChooser::setChosenPlans(const QStringList &planIds)
{
    QStringList chosen;
    if (m_catalog) {
        for (const Plan &plan : m_catalog->plans()) {
            if (planIds.contains(plan.id))
                chosen << plan.id;
        }
    }
    const bool changed = chosen != m_chosen;
    m_chosen = chosen;
    rebuild();
    if (changed)
        emit chosenPlansChanged(m_chosen);
}

void PlansChooser::rebuild()
{
    m_updating = true;
    m_tree->clear();
    if (m_catalog) {
        for (const Provider &provider : m_catalog->providers()) {
            if (provider.planIds.isEmpty())
                continue;
            auto *top = new QTreeWidgetItem(m_tree, {provider.names.text(m_language)});
            top->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                          Qt::ItemIsAutoTristate);
            top->setData(0, PlanIdRole, QString());
            for (const Plan &plan : m_catalog->plans()) {
                if (plan.providerId != provider.id)
                    continue;
                QString text = plan.names.text(m_language);
                if (!plan.aliases.isEmpty())
                    text += QStringLiteral(" (%1)").arg(plan.aliases.join(QStringLiteral(", ")));
                auto *item = new QTreeWidgetItem(top, {text});
                item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                               Qt::ItemNeverHasChildren);
                item->setData(0, PlanIdRole, plan.id);
                item->setToolTip(0, plan.id);
                item->setCheckState(0, m_chosen.contains(plan.id) ? Qt::Checked : Qt::Unchecked);
            }
        }
    }
    m_tree->expandAll();
    m_updating = false;
    updateText();
}

void PlansChooser::onItemChanged(QTreeWidgetItem *)
{
    if (m_updating)
        return;
    QStringList chosen;
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = m_tree->topLevelItem(t);
        for (int c = 0; c < top->childCount(); ++c) {
            if (top->child(c)->checkState(0) == Qt::Checked)
                chosen << top->child(c)->data(0, PlanIdRole).toString();
        }
    }
    if (chosen.isEmpty()) {
        // Nothing to compare without a plan: keep the last one chosen.
        setChosenPlans(m_chosen);
        return;
    }
    // Catalog order (the tree is in that order already).
    if (chosen == m_chosen)
        return;
    m_chosen = chosen;
    updateText();
    emit chosenPlansChanged(m_chosen);
}

void PlansChooser::updateText()
{
    const int total = m_catalog ? int(m_catalog->plans().size()) : 0;
    setText(m_chosen.size() == total
                    ? tr("&Plans…", "choose the plans to compare")
                    : tr("&Plans (%1 of %2)…", "choose the plans to compare; chosen of all")
                              .arg(m_chosen.size())
                              .arg(total));
}

void PlansChooser::retranslateUi()
{
    updateText();
    setToolTip(tr("Choose the plans to compare, by provider"));
    if (auto *all = findChild<QPushButton *>(QStringLiteral("plansChooserAll")))
        all->setText(tr("&All Plans", "choose every plan of the catalog"));
}

void PlansChooser::changeEvent(QEvent *event)
{
    QToolButton::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace dueline
