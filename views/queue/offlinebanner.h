// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace dueline {

// The banner across the Agent workspace while the database cannot be reached: which server was
// lost, when the next automatic attempt is (or that one is running), that ticket actions are
// off meanwhile and countdowns continue from the last known state, and the action whose outcome
// is not confirmed yet (it is sent again, once, when the connection is back). "Retry Now"
// asks for an attempt at once. In the style of PlansBanner (KDE's KMessageWidget), warning-tinted.
class OfflineBanner : public QFrame
{
    Q_OBJECT
public:
    explicit OfflineBanner(QWidget *parent = nullptr);

    // "127.0.0.1:5432/dueline" or a file name.
    void setServer(const QString &server);
    // The driver's reason, shown as the tooltip.
    void setReason(const QString &reason);
    // Seconds until the next attempt (rounded up); -1 while an attempt is running.
    void setRetryIn(int seconds);
    int retryIn() const { return m_retryIn; }
    // The unconfirmed action ("your reply to ticket #12"), or empty.
    void setPending(const QString &description);

    // The whole text as shown (for tests and accessibility).
    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

signals:
    void retryRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateTexts();
    void updateIcon();

    QString m_server;
    QString m_reason;
    QString m_pending;
    int m_retryIn = -1;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace dueline
