// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace dueline {

// An inline message above a view, in the manner of KDE's KMessageWidget: a tinted, rounded box
// with an icon, a wrapped text and a close button. Hidden while it has no text.
class PlansBanner : public QFrame
{
    Q_OBJECT
public:
    enum Type { Information, Positive, Warning, Error };
    Q_ENUM(Type)

    explicit PlansBanner(QWidget *parent = nullptr);

    Type type() const { return m_type; }
    void setType(Type type);
    QString text() const;
    // Shows the banner with `text` (plain text; several lines allowed), or hides it when empty.
    void setText(const QString &text);
    void setCloseButtonVisible(bool visible);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QColor accent() const;
    void updateIcon();

    Type m_type = Information;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace dueline
