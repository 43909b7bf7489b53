// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QWidget>

#include <array>

class QFormLayout;
class QLabel;
class QLineEdit;

namespace dueline {

class CatalogEditingSession;

// The catalog editor's page of a provider: its names in the three UI languages (the team's own
// providers only) and its plans. Edits go to the session as they are typed.
class CatalogProviderPage : public QWidget
{
    Q_OBJECT
public:
    explicit CatalogProviderPage(dueline::CatalogEditingSession *session,
                                 QWidget *parent = nullptr);

    void showProvider(const QString &providerId, bool editable);
    void retranslateUi();
    // Marks the fields of the provider on display (problems by their field key).
    void markProblems(const QHash<QString, QString> &byField);

signals:
    // The session took an edit of the provider's names: `name` is its name now.
    void renamed(const QString &name);
    void edited();

private:
    void namesEdited();

    dueline::CatalogEditingSession *m_session = nullptr;
    QString m_id;
    bool m_editable = false;
    bool m_loading = false;
    QFormLayout *m_form = nullptr;
    std::array<QLineEdit *, 3> m_names{};
    QLabel *m_info = nullptr;
};

} // namespace dueline
