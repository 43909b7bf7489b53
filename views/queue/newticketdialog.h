// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/ticket.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace dueline {

// A new ticket: the customer, then the customer's plan (shown), then only that plan's
// severities; a subject and the customer's description. Children carry object names
// ("customerCombo", "planLabel", "severityCombo", "channelCombo", "subjectEdit",
// "descriptionEdit").
class NewTicketDialog : public QDialog
{
    Q_OBJECT
public:
    NewTicketDialog(const dueline::Catalog &catalog, const QVector<dueline::Customer> &customers,
                    const QString &language, QWidget *parent = nullptr);

    dueline::NewTicket ticket() const;

private:
    void customerChanged();
    void updateOk();

    const dueline::Catalog &m_catalog;
    QVector<dueline::Customer> m_customers;
    QString m_language;
    QComboBox *m_customer = nullptr;
    QLabel *m_plan = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_channel = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
