// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/catalogeditorwidgets.h"

#include "views/common/commonui.h"
#include "views/common/icons.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dueline {

namespace CatalogEditing {

namespace {

// The UI languages of catalog names, in the order of the editor's name fields.
const std::array<QString, 3> &languages()
{
    static const std::array<QString, 3> codes{QStringLiteral("en"), QStringLiteral("ru"),
                                              QStringLiteral("zh_CN")};
    return codes;
}

// Each language by its own name, as in Preferences.
QString languageName(int index)
{
    static const char *const names[] = {"English", "Русский", "简体中文"};
    return QString::fromUtf8(names[index]);
}

} // namespace

void markInvalid(QWidget *field, const QString &message)
{
    if (!field)
        return;
    const bool invalid = !message.isEmpty();
    if (field->property("invalid").toBool() == invalid && field->toolTip() == message)
        return;
    field->setProperty("invalid", invalid);
    field->setToolTip(message);
    if (!invalid) {
        field->setPalette(QPalette());
        return;
    }
    QPalette palette = field->palette();
    const QColor negative(218, 68, 83);
    for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Button})
        palette.setColor(role, CommonUi::mix(palette.color(role), negative, 0.28));
    field->setPalette(palette);
}

bool isMarkedInvalid(const QWidget *field)
{
    return field && field->property("invalid").toBool();
}

QLabel *buddyLabel(QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    return label;
}

std::array<QLineEdit *, 3> addNameRows(QFormLayout *form, const QString &objectPrefix,
                                       QWidget *parent)
{
    std::array<QLineEdit *, 3> edits{};
    for (std::size_t i = 0; i < edits.size(); ++i) {
        edits[i] = new QLineEdit(parent);
        edits[i]->setObjectName(objectPrefix + languages()[i]);
        form->addRow(buddyLabel(edits[i]), edits[i]);
    }
    return edits;
}

void retranslateNameRows(QFormLayout *form, const std::array<QLineEdit *, 3> &edits)
{
    for (std::size_t i = 0; i < edits.size(); ++i) {
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(edits[i])))
            label->setText(QCoreApplication::translate("CatalogEditing", "Name (%1):",
                                                       "%1 is a language, named in itself")
                                   .arg(languageName(int(i))));
    }
}

LocalizedText textsFrom(const std::array<QLineEdit *, 3> &edits)
{
    LocalizedText text;
    for (std::size_t i = 0; i < edits.size(); ++i) {
        const QString value = edits[i]->text().trimmed();
        if (!value.isEmpty())
            text.set(languages()[i], value);
    }
    return text;
}

void showTexts(const std::array<QLineEdit *, 3> &edits, const LocalizedText &text)
{
    for (std::size_t i = 0; i < edits.size(); ++i) {
        const QSignalBlocker blocker(edits[i]);
        edits[i]->setText(text.all().value(languages()[i]));
        edits[i]->setPlaceholderText(i == 0 ? QString() : text.english());
    }
}

QTableWidget *editorTable(int columns, int stretch, const QString &objectName, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setObjectName(objectName);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    return table;
}

QPushButton *iconButton(const QString &icon, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(Icons::get(icon), QString(), parent);
    button->setObjectName(objectName);
    return button;
}

int rowOf(const QTableWidget *table, const QWidget *widget, int column)
{
    for (int r = 0; r < table->rowCount(); ++r) {
        if (table->cellWidget(r, column) == widget)
            return r;
    }
    return -1;
}

} // namespace CatalogEditing

TargetEdit::TargetEdit(QWidget *parent)
    : QWidget(parent)
    , m_amount(new QSpinBox(this))
    , m_unit(new QComboBox(this))
{
    m_amount->setRange(1, 100000);
    m_amount->setAccelerated(true);
    // As wide as its longest unit ("Не гарантируется"): the table sizes its columns from it.
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_unit->addItem(QString(), -1);
    m_unit->addItem(QString(), int(TargetUnit::Minutes));
    m_unit->addItem(QString(), int(TargetUnit::Hours));
    m_unit->addItem(QString(), int(TargetUnit::BusinessDays));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->setSpacing(4);
    layout->addWidget(m_amount);
    layout->addWidget(m_unit, 1);
    setFocusProxy(m_amount);
    connect(m_amount, &QSpinBox::valueChanged, this, [this] { emit changed(); });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        emit changed();
    });
    retranslateUi();
    updateEnabled();
}

Target TargetEdit::target() const
{
    const int unit = m_unit->currentData().toInt();
    if (unit < 0) {
        Target none = Target::none();
        none.notes = m_target.notes;
        return none;
    }
    Target t = Target::of(m_amount->value(), TargetUnit(unit));
    t.calendarId = m_target.calendarId;
    t.notes = m_target.notes;
    return t;
}

void TargetEdit::setTarget(const Target &target)
{
    m_target = target;
    const QSignalBlocker amountBlocker(m_amount);
    const QSignalBlocker unitBlocker(m_unit);
    m_unit->setCurrentIndex(target.committed ? m_unit->findData(int(target.unit)) : 0);
    if (target.committed)
        m_amount->setValue(int(qBound(qint64(1), target.amount, qint64(100000))));
    updateEnabled();
}

void TargetEdit::updateEnabled()
{
    m_amount->setEnabled(m_unit->currentData().toInt() >= 0);
}

void TargetEdit::retranslateUi()
{
    m_unit->setItemText(0, tr("No commitment", "target: the plan promises no time"));
    m_unit->setItemText(1, tr("minutes", "unit of a target"));
    m_unit->setItemText(2, tr("hours", "unit of a target"));
    m_unit->setItemText(3, tr("business days", "unit of a target"));
    m_amount->setAccessibleName(tr("Amount", "of a target"));
    m_unit->setAccessibleName(tr("Unit", "of a target"));
}

void TargetEdit::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

CatalogIdDialog::CatalogIdDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_form(new QFormLayout)
    , m_primaryId(new QLineEdit(this))
    , m_primaryName(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("catalogIdDialog"));
    m_primaryId->setObjectName(QStringLiteral("primaryIdEdit"));
    m_primaryName->setObjectName(QStringLiteral("primaryNameEdit"));
    m_problem->setObjectName(QStringLiteral("idProblem"));
    m_intro->setWordWrap(true);
    m_intro->hide();
    m_problem->setWordWrap(true);
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(218, 68, 83));
    m_problem->setPalette(problemPalette);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_primaryId, &QLineEdit::textChanged, this, &CatalogIdDialog::revalidate);
    connect(m_primaryName, &QLineEdit::textChanged, this, &CatalogIdDialog::revalidate);
    setMinimumWidth(460);
}

void CatalogIdDialog::setIntro(const QString &text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

void CatalogIdDialog::setPrimary(const QString &idLabel, const QString &id,
                                 const QString &nameLabel, const QString &name)
{
    m_primaryId->setText(id);
    m_primaryName->setText(name);
    m_form->addRow(idLabel, m_primaryId);
    m_form->addRow(nameLabel, m_primaryName);
    revalidate();
}

void CatalogIdDialog::setSecondary(const QString &idLabel, const QStringList &suggestions,
                                   const QString &id, const QString &nameLabel, const QString &name,
                                   std::function<bool(const QString &)> isNewId)
{
    m_secondaryId = new QComboBox(this);
    m_secondaryId->setObjectName(QStringLiteral("secondaryIdCombo"));
    m_secondaryId->setEditable(true);
    m_secondaryId->setInsertPolicy(QComboBox::NoInsert);
    m_secondaryId->addItems(suggestions);
    m_secondaryId->setEditText(id);
    m_secondaryName = new QLineEdit(name, this);
    m_secondaryName->setObjectName(QStringLiteral("secondaryNameEdit"));
    m_isNewSecondary = std::move(isNewId);
    m_form->insertRow(0, idLabel, m_secondaryId);
    m_form->insertRow(1, nameLabel, m_secondaryName);
    connect(m_secondaryId, &QComboBox::editTextChanged, this, &CatalogIdDialog::revalidate);
    connect(m_secondaryName, &QLineEdit::textChanged, this, &CatalogIdDialog::revalidate);
    revalidate();
}

void CatalogIdDialog::setValidator(
        std::function<QString(const QString &, const QString &)> validator)
{
    m_validator = std::move(validator);
    revalidate();
}

QString CatalogIdDialog::primaryId() const
{
    return m_primaryId->text().trimmed();
}

QString CatalogIdDialog::primaryName() const
{
    return m_primaryName->text().trimmed();
}

QString CatalogIdDialog::secondaryId() const
{
    return m_secondaryId ? m_secondaryId->currentText().trimmed() : QString();
}

QString CatalogIdDialog::secondaryName() const
{
    return m_secondaryName ? m_secondaryName->text().trimmed() : QString();
}

void CatalogIdDialog::revalidate()
{
    QString problem;
    if (m_secondaryId) {
        const bool isNew = m_isNewSecondary && m_isNewSecondary(secondaryId());
        m_secondaryName->setEnabled(isNew);
        if (!CatalogEditing::isValidId(secondaryId()))
            problem = QCoreApplication::translate(
                    "CatalogEditing",
                    "IDs use lowercase letters, digits, “-” and “_”, and start with a letter or "
                    "digit.");
        else if (isNew && secondaryName().isEmpty())
            problem = QCoreApplication::translate("CatalogEditing", "A new provider needs a name.");
        CatalogEditing::markInvalid(m_secondaryId, problem);
    }
    QString primaryProblem;
    if (!CatalogEditing::isValidId(primaryId()))
        primaryProblem = QCoreApplication::translate("CatalogEditing",
                                                     "IDs use lowercase letters, digits, “-” and "
                                                     "“_”, and start with a letter or digit.");
    else if (primaryName().isEmpty())
        primaryProblem = QCoreApplication::translate("CatalogEditing", "The name is missing.");
    else if (m_validator && problem.isEmpty())
        primaryProblem = m_validator(secondaryId(), primaryId());
    CatalogEditing::markInvalid(m_primaryId, primaryProblem);
    if (problem.isEmpty())
        problem = primaryProblem;
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace dueline
