// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dashboard/customerreportdialog.h"

#include "models/report/customerreportdocument.h"
#include "models/store/ticketstore.h"
#include "views/common/commonui.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace dueline {

// What the worker thread reads and computes; the GUI thread reads it once the thread finished.
struct CustomerReportDialog::Job
{
    enum class Kind { Customers, Report };
    Kind kind = Kind::Customers;
    CustomerReportRequest request;
    QString path;
    QString language;
    // Results.
    QVector<Customer> customers;
    Instant now = 0;
    std::optional<CustomerReportData> data;
    QString error;
};

namespace {

enum { CustomRange = -1 };

QString languageName(const QString &language)
{
    if (language == QLatin1String("ru"))
        return QStringLiteral("Русский");
    if (language == QLatin1String("zh_CN"))
        return QStringLiteral("中文（简体）");
    return QStringLiteral("English");
}

// "November 2026", "Ноябрь 2026", "2026年11月".
QString monthName(const QLocale &locale, QDate month)
{
    if (locale.language() == QLocale::Chinese)
        return locale.toString(month, QStringLiteral("yyyy年M月"));
    QString name = locale.standaloneMonthName(month.month(), QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name + QLatin1Char(' ') + QString::number(month.year());
}

} // namespace

CustomerReportDialog::CustomerReportDialog(const DatabaseUrl &url, CatalogPtr catalog,
                                           const ClockSource &clock, QWidget *parent)
    : QDialog(parent)
    , m_url(url)
    , m_catalog(std::move(catalog))
    , m_clock(&clock)
{
    setObjectName(QStringLiteral("customerReportDialog"));
    m_today = QDateTime::fromSecsSinceEpoch(clock.nowUtc(), QTimeZone::systemTimeZone()).date();
    buildUi();
    retranslateUi();
    // The month before this one: a monthly report is made once the month is over.
    selectMonth(m_today.addMonths(-1));
    loadCustomers();
}

CustomerReportDialog::~CustomerReportDialog()
{
    if (m_thread)
        m_thread->wait();
}

void CustomerReportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_byCustomer = new QRadioButton(this);
    m_byCustomer->setObjectName(QStringLiteral("byCustomer"));
    m_byCustomer->setChecked(true);
    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerChoice"));
    m_customer->setMinimumContentsLength(28);
    m_customer->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_byPlan = new QRadioButton(this);
    m_byPlan->setObjectName(QStringLiteral("byPlan"));
    m_plan = new QComboBox(this);
    m_plan->setObjectName(QStringLiteral("planChoice"));
    m_plan->setMinimumContentsLength(28);
    m_plan->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    for (const Plan &p : m_catalog->plans())
        m_plan->addItem(QString(), p.id);
    m_byGroup = new QButtonGroup(this);
    m_byGroup->addButton(m_byCustomer);
    m_byGroup->addButton(m_byPlan);
    auto *forBox = new QVBoxLayout;
    auto *customerRow = new QHBoxLayout;
    customerRow->addWidget(m_byCustomer);
    customerRow->addWidget(m_customer, 1);
    auto *planRow = new QHBoxLayout;
    planRow->addWidget(m_byPlan);
    planRow->addWidget(m_plan, 1);
    forBox->addLayout(customerRow);
    forBox->addLayout(planRow);
    m_forLabel = new QLabel(this);
    form->addRow(m_forLabel, forBox);

    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("periodChoice"));
    m_first = new QDateEdit(this);
    m_first->setObjectName(QStringLiteral("firstDay"));
    m_first->setCalendarPopup(true);
    m_last = new QDateEdit(this);
    m_last->setObjectName(QStringLiteral("lastDay"));
    m_last->setCalendarPopup(true);
    auto *periodRow = new QHBoxLayout;
    periodRow->addWidget(m_period, 1);
    periodRow->addWidget(m_first);
    periodRow->addWidget(m_last);
    m_periodLabel = new QLabel(this);
    m_periodLabel->setBuddy(m_period);
    form->addRow(m_periodLabel, periodRow);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    for (const char *language : {"en", "ru", "zh_CN"})
        m_language->addItem(languageName(QLatin1String(language)), QLatin1String(language));
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    form->addRow(m_languageLabel, m_language);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setOpenExternalLinks(false);
    connect(m_status, &QLabel::linkActivated, this,
            [](const QString &link) { QDesktopServices::openUrl(QUrl(link)); });
    layout->addWidget(m_status);
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_pdfButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_pdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_pdfButton->setDefault(true);
    m_csvButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_csvButton->setObjectName(QStringLiteral("saveCsvButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pdfButton, &QPushButton::clicked, this, [this] { choose(true); });
    connect(m_csvButton, &QPushButton::clicked, this, [this] { choose(false); });

    connect(m_byGroup, &QButtonGroup::buttonToggled, this, [this] { updateState(); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &CustomerReportDialog::applyMonth);
    connect(m_customer, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The customer's language, until the lead picks another.
        if (index >= 0 && index < m_customers.size()) {
            const int lang = m_language->findData(m_customers.at(index).language);
            if (lang >= 0)
                m_language->setCurrentIndex(lang);
        }
        updateState();
    });
    connect(m_first, &QDateEdit::dateChanged, this, [this] { updateState(); });
    connect(m_last, &QDateEdit::dateChanged, this, [this] { updateState(); });
}

void CustomerReportDialog::applyMonth()
{
    const QDate month = m_period->currentData().toDate();
    if (month.isValid()) {
        m_first->setDate(month);
        m_last->setDate(month.addMonths(1).addDays(-1));
    }
    updateState();
}

void CustomerReportDialog::fillMonths()
{
    const QVariant current = m_period->currentData();
    const QSignalBlocker blocker(m_period);
    m_period->clear();
    const QLocale locale;
    const QDate thisMonth(m_today.year(), m_today.month(), 1);
    for (int i = 0; i < 24; ++i) {
        const QDate month = thisMonth.addMonths(-i);
        m_period->addItem(monthName(locale, month), month);
    }
    m_period->addItem(tr("Custom range…"), CustomRange);
    const int index = m_period->findData(current);
    m_period->setCurrentIndex(index >= 0 ? index : 1);
    applyMonth();
}

void CustomerReportDialog::retranslateUi()
{
    setWindowTitle(tr("Customer SLA Report"));
    m_forLabel->setText(tr("Report for:"));
    m_byCustomer->setText(tr("C&ustomer"));
    m_byPlan->setText(tr("&Plan (every customer)"));
    m_periodLabel->setText(tr("P&eriod:"));
    m_languageLabel->setText(tr("&Language:"));
    m_pdfButton->setText(tr("Save P&DF…"));
    m_csvButton->setText(tr("Save C&SV…"));
    const QString language = CommonUi::uiLanguage();
    for (int i = 0; i < m_plan->count(); ++i) {
        const Plan *plan = m_catalog->plan(m_plan->itemData(i).toString());
        const Provider *provider = plan ? m_catalog->provider(plan->providerId) : nullptr;
        if (plan && provider) {
            m_plan->setItemText(
                    i, tr("%1 · %2", "a provider and its plan")
                               .arg(provider->names.text(language), plan->names.text(language)));
        }
    }
    fillMonths();
    const QLocale locale;
    m_first->setLocale(locale);
    m_last->setLocale(locale);
    updateState();
}

void CustomerReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CustomerReportDialog::updateState()
{
    const bool custom = !m_period->currentData().toDate().isValid();
    m_first->setEnabled(custom);
    m_last->setEnabled(custom);
    m_customer->setEnabled(m_byCustomer->isChecked() && m_customersLoaded);
    m_plan->setEnabled(m_byPlan->isChecked());
    const bool whom =
            m_byPlan->isChecked() || (m_customersLoaded && m_customer->currentIndex() >= 0);
    const bool ready = whom && m_first->date() <= m_last->date() && !isBusy();
    m_pdfButton->setEnabled(ready);
    m_csvButton->setEnabled(ready);
    QString text = m_statusText;
    if (isBusy())
        text = tr("Making the report…").toHtmlEscaped();
    else if (!m_customersLoaded && m_byCustomer->isChecked() && text.isEmpty())
        text = tr("Reading the customers…").toHtmlEscaped();
    else if (m_first->date() > m_last->date())
        text = tr("The last day is before the first.").toHtmlEscaped();
    m_status->setText(text);
}

void CustomerReportDialog::loadCustomers()
{
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Customers;
    m_job = job;
    const DatabaseUrl url = m_url;
    const CatalogPtr catalog = m_catalog;
    const ClockSource *clock = m_clock;
    m_thread = QThread::create([job, url, catalog, clock] {
        StoreError error;
        auto store =
                TicketStore::open(url, catalog, *clock, Connection::Mode::OpenExisting, &error);
        if (!store) {
            job->error = error.message;
            return;
        }
        job->customers = store->customers(&error);
        if (error)
            job->error = error.message;
    });
    connect(m_thread, &QThread::finished, this, &CustomerReportDialog::finishJob);
    m_thread->start();
    updateState();
}

void CustomerReportDialog::selectCustomer(qint64 customerId)
{
    m_byCustomer->setChecked(true);
    m_wantedCustomer = customerId;
    for (int i = 0; i < m_customers.size(); ++i) {
        if (m_customers.at(i).id == customerId)
            m_customer->setCurrentIndex(i);
    }
    updateState();
}

void CustomerReportDialog::selectPlan(const QString &planId)
{
    m_byPlan->setChecked(true);
    const Plan *plan = m_catalog->plan(planId);
    const int index = plan ? m_plan->findData(plan->id) : -1;
    if (index >= 0)
        m_plan->setCurrentIndex(index);
    updateState();
}

void CustomerReportDialog::selectMonth(QDate day)
{
    const int index = m_period->findData(QDate(day.year(), day.month(), 1));
    if (index >= 0) {
        m_period->setCurrentIndex(index);
    } else {
        selectRange(QDate(day.year(), day.month(), 1),
                    QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1));
    }
}

void CustomerReportDialog::selectRange(QDate first, QDate last)
{
    m_period->setCurrentIndex(m_period->findData(CustomRange));
    m_first->setDate(first);
    m_last->setDate(last);
    updateState();
}

void CustomerReportDialog::selectLanguage(const QString &language)
{
    const int index = m_language->findData(language);
    if (index >= 0)
        m_language->setCurrentIndex(index);
}

CustomerReportRequest CustomerReportDialog::request() const
{
    CustomerReportRequest r;
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (m_byCustomer->isChecked()) {
        const int index = m_customer->currentIndex();
        if (index >= 0 && index < m_customers.size()) {
            r.customerId = m_customers.at(index).id;
            const QTimeZone customerZone(m_customers.at(index).timeZone);
            if (customerZone.isValid())
                zone = customerZone;
        }
    } else {
        r.planId = m_plan->currentData().toString();
    }
    r.zone = zone;
    r.from = QDateTime(m_first->date(), QTime(0, 0), zone).toSecsSinceEpoch();
    r.to = QDateTime(m_last->date().addDays(1), QTime(0, 0), zone).toSecsSinceEpoch();
    return r;
}

QString CustomerReportDialog::defaultFileName(const QString &suffix) const
{
    QString who;
    if (m_byCustomer->isChecked() && m_customer->currentIndex() >= 0 &&
        m_customer->currentIndex() < m_customers.size()) {
        const Customer &c = m_customers.at(m_customer->currentIndex());
        who = c.company.isEmpty() ? c.name : c.company;
    } else {
        who = m_plan->currentData().toString().section(QLatin1Char('/'), -1);
    }
    return CustomerReportDocument::fileName(who, m_first->date(), m_last->date(), suffix);
}

void CustomerReportDialog::choose(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    const QString path = QFileDialog::getSaveFileName(
            this, pdf ? tr("Save the Report as PDF") : tr("Save the Report's Figures as CSV"),
            CommonUi::defaultExportPath(defaultFileName(suffix)),
            pdf ? tr("PDF document (*.pdf)") : tr("CSV file (*.csv)"));
    if (!path.isEmpty())
        save(path);
}

void CustomerReportDialog::save(const QString &path)
{
    if (isBusy())
        return;
    auto job = std::make_shared<Job>();
    job->kind = Job::Kind::Report;
    job->request = request();
    job->path = path;
    job->language = m_language->currentData().toString();
    m_job = job;
    m_statusText.clear();
    const DatabaseUrl url = m_url;
    const CatalogPtr catalog = m_catalog;
    const ClockSource *clock = m_clock;
    m_thread = QThread::create([job, url, catalog, clock] {
        StoreError error;
        auto store =
                TicketStore::open(url, catalog, *clock, Connection::Mode::OpenExisting, &error);
        if (!store) {
            job->error = error.message;
            return;
        }
        job->request.now = store->now();
        job->data = CustomerReport::compute(*store, job->request, &error);
        if (!job->data)
            job->error = error.message;
    });
    connect(m_thread, &QThread::finished, this, &CustomerReportDialog::finishJob);
    m_thread->start();
    updateState();
}

void CustomerReportDialog::finishJob()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Job> job = std::move(m_job);
    if (job->kind == Job::Kind::Customers) {
        m_customersLoaded = job->error.isEmpty();
        m_customers = job->customers;
        std::sort(m_customers.begin(), m_customers.end(), [](const Customer &a, const Customer &b) {
            const int byCompany = QString::localeAwareCompare(a.company, b.company);
            return byCompany != 0 ? byCompany < 0 : QString::localeAwareCompare(a.name, b.name) < 0;
        });
        {
            const QSignalBlocker blocker(m_customer);
            m_customer->clear();
            for (const Customer &c : std::as_const(m_customers)) {
                m_customer->addItem(c.company.isEmpty()
                                            ? c.name
                                            : tr("%1 — %2", "a customer's company and name")
                                                      .arg(c.company, c.name),
                                    c.id);
            }
            m_customer->setCurrentIndex(-1);
        }
        if (!job->error.isEmpty())
            m_statusText = job->error.toHtmlEscaped();
        if (!m_customers.isEmpty())
            selectCustomer(m_wantedCustomer ? m_wantedCustomer : m_customers.first().id);
        if (m_customer->currentIndex() < 0 && !m_customers.isEmpty())
            m_customer->setCurrentIndex(0);
        updateState();
        emit customersReady();
        return;
    }
    QString error = job->error;
    int pages = 0;
    if (error.isEmpty()) {
        const CustomerReportDocument document(*job->data, m_catalog, job->language);
        const bool csv = job->path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        if (csv ? document.writeCsv(job->path, &error) : document.writePdf(job->path, &error))
            pages = document.pageCount();
    }
    if (!error.isEmpty()) {
        m_statusText = error.toHtmlEscaped();
        updateState();
        emit failed(error);
        return;
    }
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>")
                                 .arg(QUrl::fromLocalFile(job->path).toString().toHtmlEscaped(),
                                      QFileInfo(job->path).fileName().toHtmlEscaped());
    m_statusText = pages > 0 ? tr("Saved %1 (%n page(s)).", nullptr, pages).arg(link)
                             : tr("Saved %1.").arg(link);
    updateState();
    emit saved(job->path);
}

QString CustomerReportDialog::statusText() const
{
    return m_status->text();
}

} // namespace dueline
