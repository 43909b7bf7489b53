// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/newticketdialog.h"

#include "views/common/dialogkeys.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dueline {

NewTicketDialog::NewTicketDialog(const Catalog &catalog, const QVector<Customer> &customers,
                                 const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_customers(customers)
    , m_language(language)
{
    setObjectName(QStringLiteral("newTicketDialog"));
    setWindowTitle(tr("New Ticket"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerCombo"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    for (const Customer &c : customers) {
        const QString label =
                c.company.isEmpty()
                        ? c.name
                        : tr("%1 (%2)", "customer name (company)").arg(c.name, c.company);
        m_customer->addItem(label, c.id);
    }
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    form->addRow(tr("Cus&tomer:"), m_customer);

    m_plan = new QLabel(this);
    m_plan->setObjectName(QStringLiteral("planLabel"));
    form->addRow(tr("Plan:"), m_plan);

    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("severityCombo"));
    form->addRow(tr("&Severity:"), m_severity);

    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelCombo"));
    form->addRow(tr("C&hannel:", "how the customer reached support"), m_channel);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("subjectEdit"));
    form->addRow(tr("S&ubject:"), m_subject);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("descriptionEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumSize(440, 120);
    form->addRow(tr("&Description:"), m_description);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Ticket"));
    // Ctrl+Enter and Ctrl+Return create it, from the description too (where Enter starts a new
    // line), as they send a reply.
    DialogKeys::bindSubmitKeys(this, m_buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &NewTicketDialog::customerChanged);
    connect(m_subject, &QLineEdit::textChanged, this, &NewTicketDialog::updateOk);
    customerChanged();
}

void NewTicketDialog::customerChanged()
{
    m_severity->clear();
    m_channel->clear();
    const int i = m_customer->currentIndex();
    const Plan *plan =
            i >= 0 && i < m_customers.size() ? m_catalog.plan(m_customers[i].planId) : nullptr;
    if (!plan) {
        m_plan->setText(i >= 0 && i < m_customers.size() ? m_customers[i].planId : QString());
        updateOk();
        return;
    }
    m_plan->setText(plan->names.text(m_language));
    m_plan->setToolTip(plan->id);
    const Provider *provider = m_catalog.provider(plan->providerId);
    for (const QString &code : plan->severities) {
        const Severity *severity = provider ? provider->severity(code) : nullptr;
        m_severity->addItem(severity ? severity->names.text(m_language) : code, code);
        if (severity)
            m_severity->setItemData(m_severity->count() - 1,
                                    severity->descriptions.text(m_language), Qt::ToolTipRole);
    }
    // The least severe level by default: the agent raises it on purpose.
    m_severity->setCurrentIndex(m_severity->count() - 1);
    for (const Channel &channel : plan->channels) {
        if (!channel.retired)
            m_channel->addItem(channel.names.text(m_language), channel.id);
    }
    updateOk();
}

void NewTicketDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_severity->count() > 0 && !m_subject->text().trimmed().isEmpty());
}

NewTicket NewTicketDialog::ticket() const
{
    NewTicket t;
    const int i = m_customer->currentIndex();
    if (i >= 0 && i < m_customers.size()) {
        t.customerId = m_customers[i].id;
        t.planId = m_customers[i].planId;
    }
    t.severity = m_severity->currentData().toString();
    t.channel = m_channel->currentData().toString();
    t.subject = m_subject->text().trimmed();
    t.body = m_description->toPlainText().trimmed();
    return t;
}

} // namespace dueline
