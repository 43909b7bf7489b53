// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shell/aboutdialog.h"

#include "views/common/icons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dueline {

#ifndef DUELINE_VERSION
#define DUELINE_VERSION "0.0.0"
#endif

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_name(new QLabel(this))
    , m_version(new QLabel(this))
    , m_description(new QLabel(this))
    , m_license(new QLabel(this))
    , m_qtVersion(new QLabel(this))
    , m_credits(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_icon->setObjectName(QStringLiteral("aboutIcon"));
    m_name->setObjectName(QStringLiteral("aboutName"));
    m_version->setObjectName(QStringLiteral("aboutVersion"));
    m_description->setObjectName(QStringLiteral("aboutDescription"));
    m_license->setObjectName(QStringLiteral("aboutLicense"));
    m_qtVersion->setObjectName(QStringLiteral("aboutQtVersion"));
    m_credits->setObjectName(QStringLiteral("aboutCredits"));

    const QIcon appIcon = Icons::application();
    setWindowIcon(appIcon);
    m_icon->setPixmap(appIcon.pixmap(QSize(80, 80), devicePixelRatioF()));
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    m_name->setText(QStringLiteral("Dueline"));
    QFont nameFont = m_name->font();
    if (nameFont.pointSizeF() > 0)
        nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setWeight(QFont::DemiBold);
    m_name->setFont(nameFont);

    for (QLabel *label : {m_version, m_description, m_license, m_qtVersion, m_credits})
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_license->setOpenExternalLinks(true);
    m_credits->setOpenExternalLinks(true);
    m_qtVersion->setForegroundRole(QPalette::PlaceholderText);
    m_credits->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_name);
    text->addWidget(m_version);
    text->addSpacing(8);
    text->addWidget(m_description);
    text->addSpacing(8);
    text->addWidget(m_license);
    text->addWidget(m_qtVersion);
    text->addWidget(m_credits);
    text->addStretch();

    auto *grid = new QGridLayout(this);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(16);
    grid->setContentsMargins(20, 20, 20, 12);
    grid->addWidget(m_icon, 0, 0);
    grid->addLayout(text, 0, 1);
    grid->addWidget(m_buttons, 1, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    // The dialog takes the size of its texts, in whatever language they are.
    grid->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Dueline"));
    m_version->setText(tr("Version %1").arg(QStringLiteral(DUELINE_VERSION)));
    m_description->setText(tr("A desktop SLA console for technical-support teams."));
    m_license->setText(tr("License: %1")
                               .arg(QStringLiteral("<a href=\"https://www.gnu.org/licenses/"
                                                   "gpl-3.0.html\">GPL-3.0-or-later</a>")) +
                       QStringLiteral("<br>") +
                       tr("This program is free software under the GNU General Public License, "
                          "version 3 or later."));
    m_qtVersion->setText(
            tr("Running on Qt %1 (built with Qt %2)")
                    .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    m_credits->setText(tr("Icons: %1 by KDE")
                               .arg(QStringLiteral("<a href=\"https://develop.kde.org/"
                                                   "frameworks/breeze-icons/\">Breeze</a>")));
}

} // namespace dueline
