// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/catalog/catalog.h"

#include <QDateTime>
#include <QTimeZone>
#include <QWidget>

class QButtonGroup;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QModelIndex;
class QPushButton;
class QRadioButton;
class QSplitter;
class QTableView;

namespace dueline {

class PlansBanner;
class PlansExplanationView;
class WeeklyWaitChart;
class ClockSource;
class DeadlineCalculatorModel;

// The real-deadline calculator page: an incident (level P1–P4, or one provider's own severity)
// opened at a moment in a time zone (with presets), the due instants under every chosen plan in
// a table (DeadlineCalculatorModel: the numbers of `dueline-cli compare`), "why this deadline?"
// for the selected row, the week chart of effective waits beside them, and warnings about
// missing or provisional holiday data in a banner.
class PlansCalculatorView : public QWidget
{
    Q_OBJECT
public:
    enum Preset {
        NowPreset,
        FridayMoscowPreset, // the coming Friday, 19:30 Moscow time
        NewYearEvePreset, // 30 December 18:00 Moscow, this year or the next
        SpringFestivalEvePreset, // 17:00 Beijing time on the eve of the first Spring Festival day
                                 // off
        MondayBerlinPreset, // the coming Monday, 09:00 Berlin time
    };
    Q_ENUM(Preset)
    static constexpr int presetCount = 5;
    // "now", "friday", "newyear", "springfestival", "monday".
    static QString presetName(Preset preset);
    static bool presetFromName(const QString &name, Preset *preset);

    explicit PlansCalculatorView(QWidget *parent = nullptr);
    ~PlansCalculatorView() override;

    void setCatalog(dueline::CatalogPtr catalog);
    void setLanguage(const QString &language);
    void setPlans(const QStringList &planIds);
    // Where "now" comes from (default: the system clock). Not owned.
    void setClock(const dueline::ClockSource *clock);

    // The question.
    void setLevel(int level);
    void setProviderSeverity(const QString &providerId, const QString &severity);
    bool isLevelQuestion() const;
    int level() const;
    // The question for file names and CSV: "P1", or the provider's id and severity code
    // ("alibaba:core-down").
    QString questionCode() const;
    // The opening moment; its time zone becomes the display zone.
    void setOpened(const QDateTime &moment);
    dueline::Instant opened() const;
    QTimeZone zone() const;
    // The moment a preset stands for, relative to the clock's now.
    QDateTime presetMoment(Preset preset) const;
    void applyPreset(Preset preset);

    dueline::DeadlineCalculatorModel *model() const { return m_model; }
    QTableView *resultsView() const { return m_results; }
    PlansExplanationView *explanationView() const { return m_explanation; }
    WeeklyWaitChart *chart() const { return m_chart; }
    PlansBanner *banner() const { return m_banner; }
    // Selects the result row of `planId`; false when it is not among the results.
    bool selectPlan(const QString &planId);

    // For export: "Incident: …", "Opened: … (zone)", "Every time in …".
    QStringList inputSummary() const;
    QString chartTitle() const;
    // The text a cell of the results shows (due instants as the table draws them).
    QString displayText(const QModelIndex &index) const;
    // "Not drawn, no commitment: …" under the chart; empty when every plan is drawn.
    QString uncommittedNote() const;

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void fillLevels();
    void fillProviders();
    void fillSeverities();
    void fillZones();
    void onQuestionChanged();
    void onMomentChanged();
    void afterRecompute();
    void fitColumns();
    int planCellPadding() const;
    void updateExplanation();
    void updateChart();
    void updatePresetTips();
    void setZoneCombo(const QTimeZone &zone);
    QTimeZone zoneFromCombo(bool *valid) const;

    dueline::CatalogPtr m_catalog;
    QString m_language = QStringLiteral("en");
    QStringList m_plans;
    const dueline::ClockSource *m_clock = nullptr;
    std::unique_ptr<dueline::ClockSource> m_systemClock;
    dueline::DeadlineCalculatorModel *m_model = nullptr;
    QTimeZone m_zone = QTimeZone("Europe/Moscow");
    bool m_updating = false;
    bool m_splitterMoved = false; // by hand: fitColumns() then leaves it
    bool m_fitting = false;
    QString m_selectedPlan;

    QLabel *m_incidentLabel = nullptr;
    QRadioButton *m_levelRadio = nullptr;
    QComboBox *m_levelCombo = nullptr;
    QRadioButton *m_severityRadio = nullptr;
    QComboBox *m_providerCombo = nullptr;
    QComboBox *m_severityCombo = nullptr;
    QLabel *m_openedLabel = nullptr;
    QDateTimeEdit *m_dateTime = nullptr;
    QLabel *m_zoneLabel = nullptr;
    QComboBox *m_zoneCombo = nullptr;
    QLabel *m_presetsLabel = nullptr;
    QPushButton *m_presets[presetCount] = {};
    PlansBanner *m_banner = nullptr;
    QTableView *m_results = nullptr;
    PlansExplanationView *m_explanation = nullptr;
    QLabel *m_chartTitle = nullptr;
    QComboBox *m_kindCombo = nullptr;
    WeeklyWaitChart *m_chart = nullptr;
    QLabel *m_chartNote = nullptr;
    QSplitter *m_splitter = nullptr;
    QSplitter *m_leftSplitter = nullptr;
};

} // namespace dueline
