// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"
#include "models/sla/clocksource.h"
#include "models/store/connection.h"
#include "models/store/customerreport.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

#include <memory>

class QButtonGroup;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QThread;

namespace dueline {

// The SLA report a lead sends a customer (models/report/customerreportdocument.h): whom it is
// for (a customer, or every customer on a plan), which month or days, in which language (the
// customer's by default), saved as PDF or CSV — the same document `dueline-cli report --customer`
// writes. The tickets are read on a connection of its own in a worker thread; the document is
// then written on the GUI thread in the report's language.
class CustomerReportDialog : public QDialog
{
    Q_OBJECT
public:
    CustomerReportDialog(const DatabaseUrl &url, CatalogPtr catalog, const ClockSource &clock,
                         QWidget *parent = nullptr);
    ~CustomerReportDialog() override;

    // Chooses the customer (once the customers are read: at once if they are).
    void selectCustomer(qint64 customerId);
    void selectPlan(const QString &planId);
    // A whole month (the one holding `day`), or the days from `first` to `last`.
    void selectMonth(QDate day);
    void selectRange(QDate first, QDate last);
    // "en", "ru" or "zh_CN".
    void selectLanguage(const QString &language);

    bool customersLoaded() const { return m_customersLoaded; }
    bool isBusy() const { return m_thread != nullptr; }
    // Makes the report and writes it to `path`: a PDF, or CSV when the name ends in ".csv".
    // saved() or failed() follows.
    void save(const QString &path);
    QString statusText() const;
    // The request the current choices make (now: the database's clock at the time of asking).
    CustomerReportRequest request() const;

signals:
    void customersReady();
    void saved(const QString &path);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Job;
    void buildUi();
    void retranslateUi();
    void fillMonths();
    // The chosen month's first and last day into the date fields (not for "Custom range…").
    void applyMonth();
    void loadCustomers();
    void updateState();
    void choose(bool pdf);
    void finishJob();
    QString defaultFileName(const QString &suffix) const;

    DatabaseUrl m_url;
    CatalogPtr m_catalog;
    const ClockSource *m_clock;
    QVector<Customer> m_customers;
    bool m_customersLoaded = false;
    qint64 m_wantedCustomer = 0;
    QDate m_today;

    QLabel *m_forLabel = nullptr;
    QRadioButton *m_byCustomer = nullptr;
    QRadioButton *m_byPlan = nullptr;
    QButtonGroup *m_byGroup = nullptr;
    QComboBox *m_customer = nullptr;
    QComboBox *m_plan = nullptr;
    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QDateEdit *m_first = nullptr;
    QDateEdit *m_last = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_pdfButton = nullptr;
    QPushButton *m_csvButton = nullptr;

    QThread *m_thread = nullptr;
    std::shared_ptr<Job> m_job;
    QString m_statusText;
};

} // namespace dueline
