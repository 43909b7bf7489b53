// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListWidget>

namespace dueline {

// The list on the left of the main window that switches workspaces: an icon and a label per
// row, the current row highlighted, as in Plasma's System Settings.
class WorkspaceSidebar : public QListWidget
{
    Q_OBJECT
public:
    explicit WorkspaceSidebar(QWidget *parent = nullptr);

    // Adds a row; returns its index.
    int addWorkspace(const QIcon &icon, const QString &label, const QString &toolTip);
    void setWorkspaceText(int row, const QString &label, const QString &toolTip);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateWidth();
};

} // namespace dueline
