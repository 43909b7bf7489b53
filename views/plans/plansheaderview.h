// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QSet>

namespace dueline {

// The horizontal header of the plan comparison matrix: two rows, a provider band spanning the
// columns of that provider's plans above the plan names (PlanMatrixModel's ProviderIdRole and
// ProviderNameRole header roles). Clicking a provider's band collapses it: the view then hides
// its plan columns and keeps a narrow stub column that shows the provider and expands it again.
class PlansHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit PlansHeaderView(QWidget *parent = nullptr);

    void setCollapsedProviders(const QSet<QString> &providers);
    QSet<QString> collapsedProviders() const { return m_collapsed; }

    // The provider id of a plan column; empty for the label column.
    QString providerOf(int logicalIndex) const;
    // True for the column that stands for a collapsed provider.
    bool isStub(int logicalIndex) const;
    // The band over the provider group of `logicalIndex`, in viewport coordinates; null for the
    // label column.
    QRect bandRect(int logicalIndex) const;
    int bandHeight() const;

    QSize sizeHint() const override;

signals:
    // The band of `providerId` was clicked (or activated from the keyboard by the view).
    void providerClicked(const QString &providerId);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    // The first and last logical index of the visible, contiguous columns of the same provider.
    std::pair<int, int> group(int logicalIndex) const;
    int bandSectionAt(const QPoint &pos) const;

    QSet<QString> m_collapsed;
    QString m_pressedProvider;
    QString m_hoveredProvider;
};

} // namespace dueline
