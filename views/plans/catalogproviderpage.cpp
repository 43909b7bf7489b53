#include "views/plans/catalogproviderpage.h"

#include "models/presenters/catalogeditingsession.h"
#include "views/plans/catalogeditorwidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

using namespace dueline;

CatalogProviderPage::CatalogProviderPage(CatalogEditingSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_form = new QFormLayout(this);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (std::size_t i = 0; i < m_names.size(); ++i) {
        m_names[i] = new QLineEdit(this);
        m_names[i]->setObjectName(QStringLiteral("providerName_") + CatalogEditing::languages()[i]);
        m_form->addRow(CatalogEditing::buddyLabel(m_names[i]), m_names[i]);
        connect(m_names[i], &QLineEdit::textEdited, this, &CatalogProviderPage::namesEdited);
    }
    m_info = new QLabel(this);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(m_info);
}

void CatalogProviderPage::retranslateUi()
{
    for (int i = 0; i < 3; ++i) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(m_names[std::size_t(i)])))
            l->setText(tr("Name (%1):", "%1 is a language, named in itself")
                               .arg(CatalogEditing::languageName(i)));
    }
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
