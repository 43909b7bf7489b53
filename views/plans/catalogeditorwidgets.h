// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/presenters/catalogediting.h"
#include "models/sla/slaclock.h"

#include <QDialog>
#include <QWidget>

#include <array>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace dueline {

// Widgets of the catalog editor: a target editor, the "new id" dialog and inline validation marks
// (parsing what is typed is in models/presenters/catalogediting.h).
namespace CatalogEditing {

// Red field with the problem as its tooltip, or back to normal when `message` is empty.
void markInvalid(QWidget *field, const QString &message);
bool isMarkedInvalid(const QWidget *field);

// A form label for `field` (its text comes with retranslateUi()), so that its mnemonic works.
QLabel *buddyLabel(QWidget *field);
// An entry's name fields, one per language (object names `objectPrefix` + "en" …), each a row of
// `form`; retranslateNameRows() labels them.
std::array<QLineEdit *, 3> addNameRows(QFormLayout *form, const QString &objectPrefix,
                                       QWidget *parent);
void retranslateNameRows(QFormLayout *form, const std::array<QLineEdit *, 3> &edits);
// The names typed into one field per language, and back.
dueline::LocalizedText textsFrom(const std::array<QLineEdit *, 3> &edits);
void showTexts(const std::array<QLineEdit *, 3> &edits, const dueline::LocalizedText &text);
// A table of field editors, one row per entry, selected a whole row at a time; column `stretch`
// takes the width the others leave.
QTableWidget *editorTable(int columns, int stretch, const QString &objectName, QWidget *parent);
// A push button with a theme icon (its text comes with retranslateUi()).
QPushButton *iconButton(const QString &icon, const QString &objectName, QWidget *parent);
// The row of a table whose cell in `column` is `widget`, or -1.
int rowOf(const QTableWidget *table, const QWidget *widget, int column);

} // namespace CatalogEditing

// A target: "no commitment", or an amount in minutes, hours or business days.
class TargetEdit : public QWidget
{
    Q_OBJECT
public:
    explicit TargetEdit(QWidget *parent = nullptr);

    dueline::Target target() const;
    // Keeps the target's calendar and notes; shows amount and unit.
    void setTarget(const dueline::Target &target);
    QComboBox *unitCombo() const { return m_unit; }
    QSpinBox *amountSpin() const { return m_amount; }

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateEnabled();

    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    dueline::Target m_target;
};

// Asks for a new id (validated as typed: format, and `taken`) and a name, with an optional
// second id/name pair (a team provider for a duplicated plan).
class CatalogIdDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CatalogIdDialog(QWidget *parent = nullptr);

    void setIntro(const QString &text);
    // The first field pair: id label, initial id, name label, initial name.
    void setPrimary(const QString &idLabel, const QString &id, const QString &nameLabel,
                    const QString &name);
    // An optional second pair shown above the first (provider of a plan); its name field is
    // only enabled when `isNewId(id)` says the id names something new.
    void setSecondary(const QString &idLabel, const QStringList &suggestions, const QString &id,
                      const QString &nameLabel, const QString &name,
                      std::function<bool(const QString &)> isNewId);
    // Returns an error message for a (secondary id, primary id) pair, or empty when fine.
    void setValidator(std::function<QString(const QString &, const QString &)> validator);

    QString primaryId() const;
    QString primaryName() const;
    QString secondaryId() const;
    QString secondaryName() const;
    QLineEdit *primaryIdEdit() const { return m_primaryId; }
    QComboBox *secondaryIdCombo() const { return m_secondaryId; }

private:
    void revalidate();

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_secondaryId = nullptr;
    QLineEdit *m_secondaryName = nullptr;
    QLineEdit *m_primaryId = nullptr;
    QLineEdit *m_primaryName = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<bool(const QString &)> m_isNewSecondary;
    std::function<QString(const QString &, const QString &)> m_validator;
};

} // namespace dueline
