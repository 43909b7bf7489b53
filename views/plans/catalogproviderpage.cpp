// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/catalogproviderpage.h"

#include "models/presenters/catalogeditingsession.h"
#include "views/plans/catalogeditorwidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace dueline {

CatalogProviderPage::CatalogProviderPage(CatalogEditingSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_names = CatalogEditing::addNameRows(m_form, QStringLiteral("providerName_"), this);
    for (QLineEdit *edit : m_names)
        connect(edit, &QLineEdit::textEdited, this, &CatalogProviderPage::namesEdited);
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_info);
}

void CatalogProviderPage::retranslateUi()
{
    CatalogEditing::retranslateNameRows(m_form, m_names);
}

void CatalogProviderPage::showProvider(const QString &providerId, bool editable)
{
    m_loading = true;
    m_id = providerId;
    m_editable = editable;
    if (const Provider *provider = m_session->provider(providerId)) {
        CatalogEditing::showTexts(m_names, provider->names);
        m_info->setText(tr("ID: %1. Plans: %2.")
                                .arg(provider->id, QLocale().createSeparatedList(
                                                           m_session->planNames(providerId))));
    }
    for (QLineEdit *edit : m_names)
        edit->setReadOnly(!editable);
    m_loading = false;
}

void CatalogProviderPage::markProblems(const QHash<QString, QString> &byField)
{
    CatalogEditing::markInvalid(m_names[0],
                                byField.value(QStringLiteral("provider/%1/names").arg(m_id)));
}

void CatalogProviderPage::namesEdited()
{
    if (m_loading || !m_editable ||
        !m_session->setProviderNames(m_id, CatalogEditing::textsFrom(m_names)))
        return;
    emit renamed(m_session->provider(m_id)->names.text(m_session->language()));
    emit edited();
}

} // namespace dueline
