// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace dueline {

// Help ▸ About Dueline: icon, name, version, purpose, licence and the Qt it runs on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_icon = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_license = nullptr;
    QLabel *m_qtVersion = nullptr;
    QLabel *m_credits = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
