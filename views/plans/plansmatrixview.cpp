// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansmatrixview.h"

#include "models/item/planmatrixmodel.h"
#include "views/common/commonui.h"
#include "views/common/icons.h"
#include "views/plans/plansheaderview.h"
#include "views/plans/plansutil.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QToolTip>
#include <QTreeView>
#include <QVBoxLayout>

namespace dueline {

namespace {

constexpr int minimumPlanWidth = 92;
constexpr int maximumPlanWidth = 140; // longer texts are elided, their tooltip tells them all

// Section rows bold on a faint band; best values tinted and bold; stub columns of collapsed
// providers left empty; a hairline between plan columns.
class MatrixDelegate : public QStyledItemDelegate
{
public:
    MatrixDelegate(PlansHeaderView *header, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_header(header)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const auto kind =
                index.data(PlanMatrixModel::RowKindRole).value<PlanMatrixModel::RowKind>();
        const bool selected = opt.state & QStyle::State_Selected;
        const QColor base = opt.palette.color(QPalette::Base);
        const QColor text = opt.palette.color(QPalette::Text);
        if (kind == PlanMatrixModel::RowKind::Section) {
            opt.font.setBold(true);
            if (!selected)
                opt.backgroundBrush = CommonUi::mix(base, text, 0.07);
            // A section title spans the row. The frozen label column draws its start and the
            // matrix the rest, both at the same place whatever the horizontal scroll, so the
            // title reads as one, never elided halfway.
            opt.textElideMode = Qt::ElideNone;
            if (const auto *view = qobject_cast<const QAbstractScrollArea *>(option.widget);
                view && view->horizontalScrollBar()->isVisible())
                opt.rect.setLeft(opt.rect.left() + view->horizontalScrollBar()->value());
        } else if (index.column() >= PlanMatrixModel::FirstPlanColumn) {
            if (m_header->isStub(index.column())) {
                opt.text.clear();
                opt.backgroundBrush = CommonUi::mix(base, text, 0.03);
            } else if (index.data(PlanMatrixModel::BestRole).toBool()) {
                opt.font.setBold(true);
                if (!selected)
                    opt.backgroundBrush = PlansUi::bestBackground(opt.palette);
            }
        }
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        if (kind != PlanMatrixModel::RowKind::Section) {
            painter->save();
            painter->setPen(CommonUi::mix(base, text, 0.12));
            painter->drawLine(option.rect.topRight(), option.rect.bottomRight());
            painter->restore();
        }
    }

    // A cell too narrow for its text tells the whole text in its tooltip, before the model's.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.isValid() && view) {
            QStyleOptionViewItem opt(option);
            initStyleOption(&opt, index);
            if (index.data(PlanMatrixModel::BestRole).toBool())
                opt.font.setBold(true);
            const int margin =
                    view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            const QString text = index.data().toString();
            if (QFontMetrics(opt.font).horizontalAdvance(text) > option.rect.width() - 2 * margin) {
                const QString tip = index.data(Qt::ToolTipRole).toString();
                QToolTip::showText(event->globalPos(),
                                   tip.isEmpty() ? text : text + QStringLiteral("\n\n") + tip,
                                   view->viewport(), option.rect);
                return true;
            }
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

private:
    PlansHeaderView *m_header;
};

// The label column drawn again over the left edge of the matrix, so that it stays in place while
// the plan columns scroll (Qt's "frozen column" example, for a tree).
class FrozenOverlay : public QTreeView
{
public:
    using QTreeView::QTreeView;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QTreeView::paintEvent(event);
        QPainter painter(viewport());
        painter.setPen(CommonUi::mix(palette().color(QPalette::Base),
                                     palette().color(QPalette::Text), 0.3));
        const int x = viewport()->width() - 1;
        painter.drawLine(x, 0, x, viewport()->height());
    }
};

} // namespace

// The matrix tree with its frozen label column.
class MatrixTreeView : public QTreeView
{
public:
    explicit MatrixTreeView(QWidget *parent)
        : QTreeView(parent)
    {
        setObjectName(QStringLiteral("planMatrixTree"));
        setUniformRowHeights(true);
        setSelectionBehavior(QAbstractItemView::SelectRows);
        setSelectionMode(QAbstractItemView::ExtendedSelection);
        setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
        setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        setAllColumnsShowFocus(true);
        setEditTriggers(QAbstractItemView::NoEditTriggers);
        setTextElideMode(Qt::ElideRight);
        setContextMenuPolicy(Qt::DefaultContextMenu);
    }

    QTreeView *frozen() const { return m_frozen; }

    // After setModel() and setHeader(): the overlay shares model, selection and delegate.
    void setUpFrozenColumn(PlansHeaderView *overlayHeader, QAbstractItemDelegate *delegate)
    {
        m_frozen = new FrozenOverlay(this);
        m_frozen->setObjectName(QStringLiteral("planMatrixFrozenColumn"));
        m_frozen->setHeader(overlayHeader);
        m_frozen->setModel(model());
        m_frozen->setSelectionModel(selectionModel());
        m_frozen->setItemDelegate(delegate);
        m_frozen->setFocusPolicy(Qt::NoFocus);
        m_frozen->setUniformRowHeights(true);
        m_frozen->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_frozen->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_frozen->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        m_frozen->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_frozen->setFrameShape(QFrame::NoFrame);
        m_frozen->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_frozen->setTextElideMode(Qt::ElideRight);
        m_frozen->setContextMenuPolicy(Qt::NoContextMenu);
        overlayHeader->setStretchLastSection(false);
        viewport()->stackUnder(m_frozen);

        connect(m_frozen->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(),
                &QScrollBar::setValue);
        connect(verticalScrollBar(), &QScrollBar::valueChanged, m_frozen->verticalScrollBar(),
                &QScrollBar::setValue);
        connect(m_frozen, &QTreeView::expanded, this, [this](const QModelIndex &i) { expand(i); });
        connect(m_frozen, &QTreeView::collapsed, this,
                [this](const QModelIndex &i) { collapse(i); });
        connect(this, &QTreeView::expanded, m_frozen,
                [this](const QModelIndex &i) { m_frozen->expand(i); });
        connect(this, &QTreeView::collapsed, m_frozen,
                [this](const QModelIndex &i) { m_frozen->collapse(i); });
        // Section titles stay in place while the plan columns scroll (see MatrixDelegate).
        connect(horizontalScrollBar(), &QScrollBar::valueChanged, viewport(),
                qOverload<>(&QWidget::update));
        connect(header(), &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
            if (logical == 0 && m_frozen->columnWidth(0) != size)
                m_frozen->setColumnWidth(0, size);
            updateFrozenGeometry();
        });
        connect(overlayHeader, &QHeaderView::sectionResized, this,
                [this](int logical, int, int size) {
                    if (logical == 0 && columnWidth(0) != size)
                        setColumnWidth(0, size);
                });
        // A click on the overlay makes the matrix the focus, as if the cell itself was clicked.
        connect(m_frozen, &QAbstractItemView::pressed, this, [this](const QModelIndex &index) {
            setFocus(Qt::MouseFocusReason);
            setCurrentIndex(index);
        });
        updateFrozenGeometry();
    }

    // After a model reset: everything expanded, section titles spanning the row, plan columns
    // hidden from the overlay.
    void syncAfterReset()
    {
        for (QTreeView *view : {static_cast<QTreeView *>(this), m_frozen}) {
            for (int s = 0; s < model()->rowCount(); ++s)
                view->setFirstColumnSpanned(s, QModelIndex(), true);
            view->expandAll();
        }
        for (int c = 1; c < model()->columnCount(); ++c)
            m_frozen->setColumnHidden(c, true);
        m_frozen->setColumnWidth(0, columnWidth(0));
        m_frozen->verticalScrollBar()->setValue(verticalScrollBar()->value());
        updateFrozenGeometry();
    }

    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override
    {
        QTreeView::scrollTo(index, hint);
        if (index.column() > 0 && m_frozen) {
            const QRect rect = visualRect(index);
            const int covered = columnWidth(0) - rect.left();
            if (covered > 0)
                horizontalScrollBar()->setValue(horizontalScrollBar()->value() - covered);
        }
    }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QTreeView::resizeEvent(event);
        updateFrozenGeometry();
    }

    void updateGeometries() override
    {
        QTreeView::updateGeometries();
        updateFrozenGeometry();
    }

    void keyPressEvent(QKeyEvent *event) override
    {
        if (event == QKeySequence::Copy) {
            copySelection();
            event->accept();
            return;
        }
        QTreeView::keyPressEvent(event);
    }

public:
    // The selected rows as tab-separated text (section rows as their title).
    void copySelection() const
    {
        QModelIndexList rows = selectionModel()->selectedRows(0);
        std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
            return visualRect(a).top() < visualRect(b).top();
        });
        QStringList lines;
        for (const QModelIndex &row : rows) {
            QStringList cells;
            for (int c = 0; c < model()->columnCount(); ++c) {
                if (!isColumnHidden(c))
                    cells << row.sibling(row.row(), c).data().toString();
            }
            lines << cells.join(QLatin1Char('\t'));
        }
        if (!lines.isEmpty())
            QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }

private:
    void updateFrozenGeometry()
    {
        if (!m_frozen)
            return;
        m_frozen->setGeometry(frameWidth(), frameWidth(), columnWidth(0),
                              viewport()->height() + header()->height());
    }

    QTreeView *m_frozen = nullptr;
};

PlansMatrixView::PlansMatrixView(QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanMatrixModel(this))
    , m_differences(new QCheckBox(this))
    , m_legend(new QLabel(this))
    , m_legendSwatch(new QLabel(this))
{
    setObjectName(QStringLiteral("plansMatrixView"));
    m_differences->setObjectName(QStringLiteral("differencesOnlyCheck"));
    m_legend->setObjectName(QStringLiteral("bestLegend"));
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_tree = new MatrixTreeView(this);
    m_header = new PlansHeaderView(m_tree);
    m_tree->setHeader(m_header);
    m_tree->setModel(m_model);
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setMinimumSectionSize(40);
    auto *delegate = new MatrixDelegate(m_header, this);
    m_tree->setItemDelegate(delegate);
    auto *overlayHeader = new PlansHeaderView;
    overlayHeader->setObjectName(QStringLiteral("plansFrozenHeader"));
    m_tree->setUpFrozenColumn(overlayHeader, delegate);

    auto *strip = new QHBoxLayout;
    strip->setContentsMargins(0, 0, 0, 0);
    strip->setSpacing(6);
    strip->addWidget(m_differences);
    strip->addStretch(1);
    strip->addWidget(m_legendSwatch);
    strip->addWidget(m_legend);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(strip);
    layout->addWidget(m_tree, 1);

    connect(m_differences, &QCheckBox::toggled, m_model, &PlanMatrixModel::setDifferencesOnly);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansMatrixView::afterReset);
    connect(m_header, &PlansHeaderView::providerClicked, this, &PlansMatrixView::toggleProvider);
    connect(m_header, &QHeaderView::sectionResized, this, [this](int logical, int, int size) {
        if (m_applying)
            return;
        if (logical == PlanMatrixModel::LabelColumn) {
            m_labelWidth = size;
        } else if (!m_header->isStub(logical)) {
            m_userWidths.insert(
                    m_model->headerData(logical, Qt::Horizontal, PlanMatrixModel::PlanIdRole)
                            .toString(),
                    size);
        }
    });
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &PlansMatrixView::showContextMenu);

    retranslateUi();
}

PlansMatrixView::~PlansMatrixView() = default;

QTreeView *PlansMatrixView::treeView() const
{
    return m_tree;
}

void PlansMatrixView::setCatalog(CatalogPtr catalog)
{
    const QStringList previous = m_model->plans();
    const CatalogPtr old = m_model->catalog();
    m_model->setCatalog(std::move(catalog));
    // Plans chosen before stay chosen; plans new to the catalog join them.
    if (old && !previous.isEmpty()) {
        QStringList ids;
        for (const Plan &plan : m_model->catalog()->plans()) {
            if (previous.contains(plan.id) || !old->plan(plan.id))
                ids << plan.id;
        }
        m_model->setPlans(ids);
    }
}

void PlansMatrixView::setLanguage(const QString &language)
{
    m_model->setLanguage(language);
}

void PlansMatrixView::setPlans(const QStringList &planIds)
{
    if (planIds != m_model->plans())
        m_model->setPlans(planIds);
}

QStringList PlansMatrixView::plans() const
{
    return m_model->plans();
}

bool PlansMatrixView::differencesOnly() const
{
    return m_model->differencesOnly();
}

void PlansMatrixView::setDifferencesOnly(bool on)
{
    m_differences->setChecked(on);
}

void PlansMatrixView::setProviderCollapsed(const QString &providerId, bool collapsed)
{
    if (collapsed == m_collapsed.contains(providerId))
        return;
    if (collapsed)
        m_collapsed.insert(providerId);
    else
        m_collapsed.remove(providerId);
    applyColumnState();
}

bool PlansMatrixView::isProviderCollapsed(const QString &providerId) const
{
    return m_collapsed.contains(providerId);
}

void PlansMatrixView::toggleProvider(const QString &providerId)
{
    setProviderCollapsed(providerId, !m_collapsed.contains(providerId));
}

void PlansMatrixView::afterReset()
{
    applyColumnState();
    m_tree->syncAfterReset();
}

int PlansMatrixView::defaultPlanColumnWidth(int column) const
{
    const QFontMetrics metrics(m_tree->font());
    QFont boldFont = m_tree->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    int width = metrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString());
    // The matrix has some dozens of rows: measuring them is cheap (never rows by the thousand).
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        const int rows = qMin(m_model->rowCount(section), 200);
        for (int r = 0; r < rows; ++r) {
            const QModelIndex cell = m_model->index(r, column, section);
            width = qMax(width, bold.horizontalAdvance(cell.data().toString()));
        }
    }
    return qBound(minimumPlanWidth, width + 20, maximumPlanWidth);
}

void PlansMatrixView::applyColumnState()
{
    m_applying = true;
    m_header->setCollapsedProviders(m_collapsed);
    if (auto *overlay = qobject_cast<PlansHeaderView *>(m_tree->frozen()->header()))
        overlay->setCollapsedProviders(m_collapsed);

    QFont boldFont = m_tree->font();
    boldFont.setBold(true);
    const QFontMetrics bold(boldFont);
    const int columns = m_model->columnCount();

    // Group the plan columns by provider (they come grouped: the catalog lists plans by provider).
    QVector<std::pair<QString, QVector<int>>> groups;
    for (int c = PlanMatrixModel::FirstPlanColumn; c < columns; ++c) {
        const QString provider = m_header->providerOf(c);
        if (groups.isEmpty() || groups.last().first != provider)
            groups.append({provider, {}});
        groups.last().second.append(c);
    }
    for (const auto &[provider, members] : std::as_const(groups)) {
        const QString name = m_model->headerData(members.first(), Qt::Horizontal,
                                                 PlanMatrixModel::ProviderNameRole)
                                     .toString();
        const int bandWidth = bold.horizontalAdvance(name) + 36;
        if (m_collapsed.contains(provider)) {
            for (int i = 0; i < members.size(); ++i)
                m_tree->setColumnHidden(members[i], i > 0);
            m_tree->setColumnWidth(members.first(), qMin(bandWidth, maximumPlanWidth));
            continue;
        }
        QVector<int> widths;
        int total = 0;
        for (int c : members) {
            m_tree->setColumnHidden(c, false);
            const QString id =
                    m_model->headerData(c, Qt::Horizontal, PlanMatrixModel::PlanIdRole).toString();
            widths << m_userWidths.value(id, defaultPlanColumnWidth(c));
            total += widths.last();
        }
        // A provider with few plans gets room for its name in the band.
        const int missing = bandWidth - total;
        for (int i = 0; i < members.size(); ++i) {
            const QString id =
                    m_model->headerData(members[i], Qt::Horizontal, PlanMatrixModel::PlanIdRole)
                            .toString();
            int width = widths[i];
            if (missing > 0 && !m_userWidths.contains(id))
                width += (missing + int(members.size()) - 1) / int(members.size());
            m_tree->setColumnWidth(members[i], width);
        }
    }

    int labelWidth = m_labelWidth;
    if (labelWidth < 0) {
        const QFontMetrics metrics(m_tree->font());
        labelWidth = 0;
        for (int s = 0; s < m_model->rowCount(); ++s) {
            const QModelIndex section = m_model->index(s, 0);
            for (int r = 0; r < m_model->rowCount(section); ++r)
                labelWidth = qMax(
                        labelWidth,
                        metrics.horizontalAdvance(m_model->index(r, 0, section).data().toString()));
        }
        labelWidth = qBound(220, labelWidth + m_tree->indentation() + 24, 340);
    }
    m_tree->setColumnWidth(PlanMatrixModel::LabelColumn, labelWidth);
    m_header->viewport()->update();
    m_applying = false;
}

QVector<PlansMatrixView::ExportRow> PlansMatrixView::exportRows() const
{
    QVector<ExportRow> rows;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        for (int r = 0; r < m_model->rowCount(section); ++r) {
            ExportRow row;
            row.section = section.data().toString();
            row.label = m_model->index(r, 0, section).data().toString();
            for (int c = PlanMatrixModel::FirstPlanColumn; c < m_model->columnCount(); ++c) {
                const QModelIndex cell = m_model->index(r, c, section);
                row.cells << cell.data().toString();
                row.best << cell.data(PlanMatrixModel::BestRole).toBool();
            }
            rows << row;
        }
    }
    return rows;
}

void PlansMatrixView::showContextMenu(const QPoint &pos)
{
    QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        index = m_tree->currentIndex();
    QMenu menu(this);
    const QString provider = m_header->providerOf(index.column());
    if (!provider.isEmpty()) {
        const QString name = m_model->headerData(index.column(), Qt::Horizontal,
                                                 PlanMatrixModel::ProviderNameRole)
                                     .toString();
        const bool collapsed = m_collapsed.contains(provider);
        QAction *toggle = menu.addAction(collapsed ? tr("Show the Plans of %1").arg(name)
                                                   : tr("Collapse the Plans of %1").arg(name));
        connect(toggle, &QAction::triggered, this, [this, provider] { toggleProvider(provider); });
    }
    if (!m_collapsed.isEmpty()) {
        QAction *all = menu.addAction(tr("Show All Providers"));
        connect(all, &QAction::triggered, this, [this] {
            m_collapsed.clear();
            applyColumnState();
        });
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    QAction *copy = menu.addAction(Icons::get(QStringLiteral("edit-copy")), tr("&Copy"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setEnabled(m_tree->selectionModel()->hasSelection());
    connect(copy, &QAction::triggered, this, [this] { m_tree->copySelection(); });
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void PlansMatrixView::retranslateUi()
{
    m_differences->setText(tr("&Differences only", "show only the rows where plans differ"));
    m_differences->setToolTip(tr("Hide the rows where every chosen plan says the same"));
    m_legend->setText(tr("Best value in its row", "legend of the tinted cells"));
    m_legendSwatch->setPixmap(PlansUi::swatch(PlansUi::bestBackground(palette()), 16)
                                      .pixmap(QSize(16, 16), devicePixelRatioF()));
    m_tree->setAccessibleName(tr("Plan comparison"));
}

void PlansMatrixView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
}

} // namespace dueline
