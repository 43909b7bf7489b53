// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/plansheaderview.h"

#include "models/item/planmatrixmodel.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOption>
#include <QToolTip>

namespace dueline {

namespace {

constexpr int arrowSize = 9;
constexpr int arrowGap = 5;
constexpr int bandPadding = 6;

} // namespace

PlansHeaderView::PlansHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setObjectName(QStringLiteral("plansHeader"));
    setSectionsClickable(false);
    setHighlightSections(false);
    setDefaultAlignment(Qt::AlignCenter);
    setTextElideMode(Qt::ElideRight);
    setMouseTracking(true);
}

void PlansHeaderView::setCollapsedProviders(const QSet<QString> &providers)
{
    m_collapsed = providers;
    viewport()->update();
}

QString PlansHeaderView::providerOf(int logicalIndex) const
{
    if (!model() || logicalIndex < PlanMatrixModel::FirstPlanColumn)
        return {};
    return model()
            ->headerData(logicalIndex, Qt::Horizontal, PlanMatrixModel::ProviderIdRole)
            .toString();
}

bool PlansHeaderView::isStub(int logicalIndex) const
{
    const QString provider = providerOf(logicalIndex);
    return !provider.isEmpty() && m_collapsed.contains(provider);
}

int PlansHeaderView::bandHeight() const
{
    return fontMetrics().height() + 10;
}

QSize PlansHeaderView::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    // The provider band, then plan names on up to two lines.
    size.setHeight(bandHeight() + qMax(size.height(), 2 * fontMetrics().lineSpacing() + 8));
    return size;
}

std::pair<int, int> PlansHeaderView::group(int logicalIndex) const
{
    const QString provider = providerOf(logicalIndex);
    int first = logicalIndex;
    int last = logicalIndex;
    for (int v = visualIndex(logicalIndex) - 1; v >= 0; --v) {
        const int l = this->logicalIndex(v);
        if (isSectionHidden(l))
            continue;
        if (providerOf(l) != provider)
            break;
        first = l;
    }
    for (int v = visualIndex(logicalIndex) + 1; v < count(); ++v) {
        const int l = this->logicalIndex(v);
        if (isSectionHidden(l))
            continue;
        if (providerOf(l) != provider)
            break;
        last = l;
    }
    return {first, last};
}

QRect PlansHeaderView::bandRect(int logicalIndex) const
{
    if (providerOf(logicalIndex).isEmpty())
        return {};
    const auto [first, last] = group(logicalIndex);
    const int left = sectionViewportPosition(first);
    const int right = sectionViewportPosition(last) + sectionSize(last);
    return QRect(left, 0, right - left, bandHeight());
}

int PlansHeaderView::bandSectionAt(const QPoint &pos) const
{
    if (pos.y() >= bandHeight())
        return -1;
    const int section = logicalIndexAt(pos);
    return providerOf(section).isEmpty() ? -1 : section;
}

void PlansHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    const QString provider = providerOf(logicalIndex);
    if (provider.isEmpty()) {
        // The label column spans both rows.
        QHeaderView::paintSection(painter, rect, logicalIndex);
        return;
    }
    const int band = bandHeight();

    // The band: drawn over the whole group, clipped to this section, so that the slices of
    // every section of the group join into one cell with its text centred across them.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = bandRect(logicalIndex);
    option.section = logicalIndex;
    option.position = QStyleOptionHeader::Middle;
    option.state |= QStyle::State_Enabled;
    if (provider == m_hoveredProvider)
        option.state |= QStyle::State_MouseOver;
    painter->save();
    painter->setClipRect(QRect(rect.left(), rect.top(), rect.width(), band), Qt::IntersectClip);
    style()->drawControl(QStyle::CE_HeaderSection, &option, painter, this);

    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    const QFontMetrics metrics(bold);
    const QString name =
            model()->headerData(logicalIndex, Qt::Horizontal, PlanMatrixModel::ProviderNameRole)
                    .toString();
    const int room = option.rect.width() - 2 * bandPadding - arrowSize - arrowGap;
    const QString text = metrics.elidedText(name, Qt::ElideRight, qMax(0, room));
    const int contentWidth = arrowSize + arrowGap + metrics.horizontalAdvance(text);
    const int left =
            option.rect.left() + qMax(bandPadding, (option.rect.width() - contentWidth) / 2);
    QStyleOption arrow;
    arrow.initFrom(this);
    arrow.rect = QRect(left, option.rect.top() + (band - arrowSize) / 2, arrowSize, arrowSize);
    style()->drawPrimitive(m_collapsed.contains(provider) ? QStyle::PE_IndicatorArrowRight
                                                          : QStyle::PE_IndicatorArrowDown,
                           &arrow, painter, this);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(
            QRect(left + arrowSize + arrowGap, option.rect.top(), option.rect.right() - left, band),
            Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();

    const QRect lower(rect.left(), rect.top() + band, rect.width(), rect.height() - band);
    if (!isStub(logicalIndex)) {
        // The plan's name, wrapped rather than clipped in a narrow column.
        QStyleOptionHeader cell;
        initStyleOption(&cell);
        cell.rect = lower;
        cell.section = logicalIndex;
        cell.state |= QStyle::State_Enabled;
        painter->save();
        style()->drawControl(QStyle::CE_HeaderSection, &cell, painter, this);
        painter->setPen(palette().color(QPalette::ButtonText));
        painter->setClipRect(lower, Qt::IntersectClip);
        painter->drawText(lower.adjusted(4, 2, -4, -2), Qt::AlignCenter | Qt::TextWordWrap,
                          model()->headerData(logicalIndex, Qt::Horizontal).toString());
        painter->restore();
        return;
    }
    // A collapsed provider: how many plans it hides, subdued.
    QStyleOptionHeader stub;
    initStyleOption(&stub);
    stub.rect = lower;
    stub.section = logicalIndex;
    stub.state |= QStyle::State_Enabled;
    int hidden = 0;
    for (int c = PlanMatrixModel::FirstPlanColumn; c < count(); ++c)
        hidden += providerOf(c) == provider ? 1 : 0;
    painter->save();
    style()->drawControl(QStyle::CE_HeaderSection, &stub, painter, this);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(lower.adjusted(4, 0, -4, 0), Qt::AlignCenter,
                      fontMetrics().elidedText(tr("%n plan(s)", "a collapsed provider", hidden),
                                               Qt::ElideRight, lower.width() - 8));
    painter->restore();
}

void PlansHeaderView::mousePressEvent(QMouseEvent *event)
{
    const int section = bandSectionAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && section >= 0) {
        m_pressedProvider = providerOf(section);
        event->accept();
        return;
    }
    QHeaderView::mousePressEvent(event);
}

void PlansHeaderView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressedProvider.isEmpty()) {
        const QString pressed = std::exchange(m_pressedProvider, QString());
        const int section = bandSectionAt(event->position().toPoint());
        if (section >= 0 && providerOf(section) == pressed)
            emit providerClicked(pressed);
        event->accept();
        return;
    }
    QHeaderView::mouseReleaseEvent(event);
}

void PlansHeaderView::mouseMoveEvent(QMouseEvent *event)
{
    const int section = bandSectionAt(event->position().toPoint());
    const QString hovered = section >= 0 ? providerOf(section) : QString();
    if (hovered != m_hoveredProvider) {
        m_hoveredProvider = hovered;
        viewport()->update();
    }
    if (section >= 0 || !m_pressedProvider.isEmpty()) {
        viewport()->unsetCursor();
        event->accept();
        return;
    }
    QHeaderView::mouseMoveEvent(event);
}

void PlansHeaderView::leaveEvent(QEvent *event)
{
    if (!m_hoveredProvider.isEmpty()) {
        m_hoveredProvider.clear();
        viewport()->update();
    }
    QHeaderView::leaveEvent(event);
}

bool PlansHeaderView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int section = bandSectionAt(help->pos());
        if (section >= 0) {
            const QString provider = providerOf(section);
            const QString name =
                    model()->headerData(section, Qt::Horizontal, PlanMatrixModel::ProviderNameRole)
                            .toString();
            QToolTip::showText(
                    help->globalPos(),
                    m_collapsed.contains(provider)
                            ? tr("%1: click to show its plans", "provider band").arg(name)
                            : tr("%1: click to collapse its plans", "provider band").arg(name),
                    this, bandRect(section));
            return true;
        }
    }
    return QHeaderView::viewportEvent(event);
}

} // namespace dueline
