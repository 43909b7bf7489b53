// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/queue/ticketactiondialog.h"

#include "views/common/dialogkeys.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dueline {

TicketActionDialog::TicketActionDialog(Kind kind, const Catalog &catalog, const Ticket &ticket,
                                       const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_catalog(catalog)
    , m_language(language)
{
    setObjectName(QStringLiteral("ticketActionDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    auto *subject = new QLabel(
            tr("#%1 %2", "ticket number and subject").arg(ticket.id).arg(ticket.subject), this);
    subject->setTextFormat(Qt::PlainText);
    subject->setWordWrap(true);
    form->addRow(subject);
    m_openedAt = ticket.createdAt;

    QString title;
    QString textLabel;
    bool textRequired = false;
    switch (kind) {
    case Reply:
        title = tr("Reply to the Customer");
        textLabel = tr("Reply:", "a public reply to the customer");
        textRequired = true;
        break;
    case ReplyAndWait: {
        title = tr("Reply and Wait");
        textLabel = tr("Reply:", "a public reply to the customer");
        textRequired = true;
        auto *explanation =
                new QLabel(tr("The reply goes to the customer and meets the response target; "
                              "then the SLA clocks pause until the customer answers."),
                           this);
        explanation->setObjectName(QStringLiteral("waitExplanation"));
        explanation->setWordWrap(true);
        form->addRow(explanation);
        break;
    }
    case Note:
        title = tr("Internal Note");
        textLabel = tr("Note:", "an internal note on a ticket");
        textRequired = true;
        break;
    case Resolve:
        title = tr("Resolve Ticket");
        textLabel = tr("Summary:", "what solved the ticket");
        break;
    case Reopen:
        title = tr("Reopen Ticket");
        textLabel = tr("Reason:");
        break;
    case ChangeSeverity:
        title = tr("Change Severity");
        textLabel = tr("Reason:");
        m_severity = new QComboBox(this);
        m_severity->setObjectName(QStringLiteral("severityCombo"));
        form->addRow(tr("&Severity:"), m_severity);
        fillSeverities(ticket.planId, ticket.severity);
        break;
    case ChangePlan: {
        title = tr("Change Plan");
        textLabel = tr("Reason:");
        m_plan = new QComboBox(this);
        m_plan->setObjectName(QStringLiteral("planCombo"));
        for (const Plan &plan : catalog.plans())
            m_plan->addItem(plan.names.text(language), plan.id);
        m_plan->setCurrentIndex(std::max(0, m_plan->findData(ticket.planId)));
        m_severity = new QComboBox(this);
        m_severity->setObjectName(QStringLiteral("severityCombo"));
        form->addRow(tr("&Plan:"), m_plan);
        form->addRow(tr("&Severity:"), m_severity);
        fillSeverities(ticket.planId, ticket.severity);
        const QString current = ticket.severity;
        connect(m_plan, &QComboBox::currentIndexChanged, this,
                [this, current] { fillSeverities(m_plan->currentData().toString(), current); });
        break;
    }
    case OverrideDue:
        title = tr("Override Due");
        textLabel = tr("Reason:");
        textRequired = true;
        m_target = new QComboBox(this);
        m_target->setObjectName(QStringLiteral("targetCombo"));
        m_target->addItem(tr("Response", "SLA target"), int(TargetKind::Response));
        m_target->addItem(tr("Resolution", "SLA target"), int(TargetKind::Resolution));
        m_due = new QDateTimeEdit(this);
        m_due->setObjectName(QStringLiteral("dueEdit"));
        m_due->setCalendarPopup(true);
        m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        {
            const Instant due = ticket.resolution.due != InvalidInstant ? ticket.resolution.due
                                                                        : ticket.response.due;
            m_due->setDateTime(
                    due != InvalidInstant
                            ? QDateTime::fromSecsSinceEpoch(due)
                            : QDateTime::fromSecsSinceEpoch(ticket.updatedAt).addSecs(3600));
        }
        if (ticket.resolution.phase == ClockPhase::NotApplicable ||
            ticket.resolution.phase == ClockPhase::Met ||
            ticket.resolution.phase == ClockPhase::MetLate)
            m_target->setCurrentIndex(0);
        else if (ticket.response.phase != ClockPhase::Running)
            m_target->setCurrentIndex(1);
        form->addRow(tr("&Target:", "which SLA clock"), m_target);
        form->addRow(tr("&Due (your time):"), m_due);
        m_dueProblem = new QLabel(this);
        m_dueProblem->setObjectName(QStringLiteral("dueProblem"));
        m_dueProblem->setWordWrap(true);
        m_dueProblem->setTextFormat(Qt::PlainText);
        m_dueProblem->setStyleSheet(QStringLiteral("color: #c0392b;"));
        m_dueProblem->hide();
        form->addRow(m_dueProblem);
        connect(m_due, &QDateTimeEdit::dateTimeChanged, this, &TicketActionDialog::updateOk);
        break;
    }
    setWindowTitle(title);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("actionText"));
    m_text->setTabChangesFocus(true);
    m_text->setMinimumSize(420, kind == Reply || kind == Note ? 140 : 70);
    auto *label = new QLabel(textLabel, this);
    label->setBuddy(m_text);
    form->addRow(label);
    form->addRow(m_text);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(title.isEmpty() ? tr("OK") : title);
    // Ctrl+Enter and Ctrl+Return send, save or apply (Enter starts a new line in the text).
    DialogKeys::bindSubmitKeys(this, m_buttons->button(QDialogButtonBox::Ok));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_textRequired = textRequired;
    if (textRequired)
        connect(m_text, &QPlainTextEdit::textChanged, this, &TicketActionDialog::updateOk);
    updateOk();
    if (m_severity && !m_plan)
        m_severity->setFocus();
    else
        m_text->setFocus();
}

void TicketActionDialog::fillSeverities(const QString &planId, const QString &current)
{
    m_severity->clear();
    const Plan *plan = m_catalog.plan(planId);
    if (!plan)
        return;
    const Provider *provider = m_catalog.provider(plan->providerId);
    for (const QString &code : plan->severities) {
        const Severity *severity = provider ? provider->severity(code) : nullptr;
        m_severity->addItem(severity ? severity->names.text(m_language) : code, code);
    }
    m_severity->setCurrentIndex(std::max(0, m_severity->findData(current)));
}

void TicketActionDialog::updateOk()
{
    const QString why = problem();
    if (m_dueProblem) {
        m_dueProblem->setText(why);
        m_dueProblem->setVisible(!why.isEmpty());
    }
    const bool text = !m_textRequired || !m_text->toPlainText().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text && why.isEmpty());
}

QString TicketActionDialog::problem() const
{
    if (!m_due || due() >= m_openedAt)
        return {};
    // In the reader's time, as the editor shows it (with the seconds when it has some).
    const QDateTime opened = QDateTime::fromSecsSinceEpoch(m_openedAt);
    return tr("The ticket was opened on %1: a due instant before that cannot be set.")
            .arg(opened.toString(opened.time().second() == 0
                                         ? QStringLiteral("yyyy-MM-dd HH:mm")
                                         : QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

QString TicketActionDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString TicketActionDialog::severity() const
{
    return m_severity ? m_severity->currentData().toString() : QString();
}

QString TicketActionDialog::planId() const
{
    return m_plan ? m_plan->currentData().toString() : QString();
}

TargetKind TicketActionDialog::target() const
{
    return m_target ? static_cast<TargetKind>(m_target->currentData().toInt())
                    : TargetKind::Response;
}

qint64 TicketActionDialog::due() const
{
    return m_due ? m_due->dateTime().toSecsSinceEpoch() : 0;
}

} // namespace dueline
