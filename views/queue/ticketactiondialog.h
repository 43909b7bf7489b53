// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/store/ticket.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace dueline {

// The small dialog an action on a ticket asks for: a text (reply, note, summary, reason), and
// for some actions a severity, a plan or a due instant. Children carry object names
// ("actionText", "severityCombo", "planCombo", "targetCombo", "dueEdit", "dueProblem") so tests
// can fill and read them. Reply and Wait asks for the reply that earns the pause (required);
// Override Due refuses, with a line saying why, a due instant before the ticket was opened.
class TicketActionDialog : public QDialog
{
    Q_OBJECT
public:
    enum Kind {
        Reply,
        Note,
        Resolve,
        Reopen,
        ChangeSeverity,
        ChangePlan,
        OverrideDue,
        ReplyAndWait
    };

    TicketActionDialog(Kind kind, const dueline::Catalog &catalog, const dueline::Ticket &ticket,
                       const QString &language, QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    QString text() const;
    QString severity() const;
    QString planId() const;
    dueline::TargetKind target() const;
    qint64 due() const; // epoch seconds
    // Why OK is disabled beyond an empty text (a due before the ticket was opened); empty if not.
    QString problem() const;

private:
    void fillSeverities(const QString &planId, const QString &current);
    void updateOk();

    Kind m_kind;
    const dueline::Catalog &m_catalog;
    QString m_language;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_plan = nullptr;
    QComboBox *m_target = nullptr;
    QDateTimeEdit *m_due = nullptr;
    QLabel *m_dueProblem = nullptr;
    bool m_textRequired = false;
    dueline::Instant m_openedAt = 0;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dueline
