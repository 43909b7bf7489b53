// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/plans/planscalculatorview.h"

#include "models/item/dateformat.h"
#include "models/item/deadlinecalculatormodel.h"
#include "models/item/planmatrixmodel.h"
#include "models/sla/clocksource.h"
#include "views/common/commonui.h"
#include "views/plans/plansbanner.h"
#include "views/plans/plansexplanationview.h"
#include "views/plans/plansutil.h"
#include "views/plans/weeklywaitchart.h"

#include <QAbstractItemView>
#include <QButtonGroup>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHelpEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

namespace dueline {

namespace {

const QByteArray moscow = QByteArrayLiteral("Europe/Moscow");
const QByteArray shanghai = QByteArrayLiteral("Asia/Shanghai");
const QByteArray berlin = QByteArrayLiteral("Europe/Berlin");

// The zones support desks ask about most, first in the list.
const QList<QByteArray> &commonZones()
{
    static const QList<QByteArray> zones{moscow, shanghai, QByteArrayLiteral("UTC"), berlin,
                                         QByteArrayLiteral("America/New_York")};
    return zones;
}

// A due instant as the results table shows it: compact ("Fri 27 Nov 19:40"), the year only when
// it is not the opening's.
QString dueText(const QLocale &locale, const DeadlineCalculatorModel &model, Instant due)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(due, model.displayZone());
    const int openedYear =
            QDateTime::fromSecsSinceEpoch(model.opened(), model.displayZone()).date().year();
    return DateFormat::dateTime(locale, at,
                                at.date().year() == openedYear ? DateFormat::Year::Omit
                                                               : DateFormat::Year::Show);
}

class SystemClockSource : public ClockSource
{
public:
    qint64 nowUtc() const override { return QDateTime::currentSecsSinceEpoch(); }
};

// "no commitment" and "—" subdued, so that real deadlines stand out; due instants compact
// ("Fri 27 Nov 19:40", the year only when it is not the opening's); each plan with a swatch of
// its colour in the week chart, so that the table is the chart's legend.
class ResultsDelegate : public QStyledItemDelegate
{
public:
    ResultsDelegate(const WeeklyWaitChart *chart, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_chart(chart)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant due = index.data(DeadlineCalculatorModel::DueRole);
        if (index.column() >= DeadlineCalculatorModel::ResponseDueColumn && due.isNull())
            option->palette.setColor(QPalette::Text,
                                     option->palette.color(QPalette::PlaceholderText));
        const auto *model = qobject_cast<const DeadlineCalculatorModel *>(index.model());
        if (model && !due.isNull() &&
            (index.column() == DeadlineCalculatorModel::ResponseDueColumn ||
             index.column() == DeadlineCalculatorModel::ResolutionDueColumn))
            option->text = dueText(option->locale, *model, due.toLongLong());
        if (index.column() == DeadlineCalculatorModel::PlanColumn) {
            const QColor color =
                    m_chart->planColor(index.data(DeadlineCalculatorModel::PlanIdRole).toString());
            option->features |= QStyleOptionViewItem::HasDecoration;
            option->decorationSize = QSize(12, 12);
            // Plans the chart leaves out (no commitment) keep the room, without a swatch.
            option->icon = color.isValid() ? PlansUi::swatch(color, 12) : QIcon();
        }
    }

    // A cell too narrow for its text tells the whole text in its tooltip, before the model's.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() == QEvent::ToolTip && index.isValid() && view) {
            QStyleOptionViewItem opt(option);
            initStyleOption(&opt, index);
            QStyle *style = view->style();
            const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, view);
            const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
            if (opt.fontMetrics.horizontalAdvance(opt.text) > text.width() - 2 * margin) {
                const QString tip = index.data(Qt::ToolTipRole).toString();
                QToolTip::showText(event->globalPos(),
                                   tip.isEmpty() ? opt.text : opt.text + QLatin1Char('\n') + tip,
                                   view->viewport(), option.rect);
                return true;
            }
        }
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    }

private:
    const WeeklyWaitChart *m_chart;
};

bool isSpringFestival(const DayException &day)
{
    return day.type == DayException::Type::DayOff &&
           (day.names.english() == QLatin1String("Spring Festival") ||
            day.names.text(QStringLiteral("zh_CN")) == QStringLiteral("春节"));
}

} // namespace

QString PlansCalculatorView::presetName(Preset preset)
{
    switch (preset) {
    case NowPreset:
        return QStringLiteral("now");
    case FridayMoscowPreset:
        return QStringLiteral("friday");
    case NewYearEvePreset:
        return QStringLiteral("newyear");
    case SpringFestivalEvePreset:
        return QStringLiteral("springfestival");
    case MondayBerlinPreset:
        return QStringLiteral("monday");
    }
    return {};
}

bool PlansCalculatorView::presetFromName(const QString &name, Preset *preset)
{
    for (int i = 0; i < presetCount; ++i) {
        if (name.compare(presetName(Preset(i)), Qt::CaseInsensitive) == 0) {
            *preset = Preset(i);
            return true;
        }
    }
    return false;
}

PlansCalculatorView::PlansCalculatorView(QWidget *parent)
    : QWidget(parent)
    , m_systemClock(std::make_unique<SystemClockSource>())
    , m_model(new DeadlineCalculatorModel(this))
{
    setObjectName(QStringLiteral("plansCalculatorView"));
    m_clock = m_systemClock.get();

    // The question.
    m_incidentLabel = new QLabel(this);
    m_levelRadio = new QRadioButton(this);
    m_levelRadio->setObjectName(QStringLiteral("levelRadio"));
    m_levelCombo = new QComboBox(this);
    m_levelCombo->setObjectName(QStringLiteral("levelCombo"));
    m_severityRadio = new QRadioButton(this);
    m_severityRadio->setObjectName(QStringLiteral("severityRadio"));
    m_providerCombo = new QComboBox(this);
    m_providerCombo->setObjectName(QStringLiteral("providerCombo"));
    m_severityCombo = new QComboBox(this);
    m_severityCombo->setObjectName(QStringLiteral("severityCombo"));
    auto *questionGroup = new QButtonGroup(this);
    questionGroup->addButton(m_levelRadio);
    questionGroup->addButton(m_severityRadio);
    m_levelRadio->setChecked(true);
    // Bounded widths, so that long names in Russian do not widen the window; the lists show
    // the names whole.
    for (const auto &[combo, chars] : {std::pair{m_levelCombo, 26}, std::pair{m_providerCombo, 14},
                                       std::pair{m_severityCombo, 20}}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(chars);
        combo->view()->setTextElideMode(Qt::ElideNone);
    }

    m_openedLabel = new QLabel(this);
    m_dateTime = new QDateTimeEdit(this);
    m_dateTime->setObjectName(QStringLiteral("openedEdit"));
    // The edit holds a wall-clock time of the chosen zone, not of this computer's zone.
    m_dateTime->setTimeSpec(Qt::UTC);
    m_dateTime->setCalendarPopup(true);
    m_dateTime->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    m_dateTime->setDateRange(QDate(2001, 1, 1), QDate(2099, 12, 31));
    m_openedLabel->setBuddy(m_dateTime);
    m_zoneLabel = new QLabel(this);
    m_zoneCombo = new QComboBox(this);
    m_zoneCombo->setObjectName(QStringLiteral("zoneCombo"));
    m_zoneCombo->setEditable(true);
    m_zoneCombo->setInsertPolicy(QComboBox::NoInsert);
    m_zoneCombo->setMaxVisibleItems(20);
    m_zoneCombo->setMinimumContentsLength(18);
    m_zoneCombo->completer()->setFilterMode(Qt::MatchContains);
    m_zoneCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zoneLabel->setBuddy(m_zoneCombo);
    fillZones();

    m_presetsLabel = new QLabel(this);
    for (int i = 0; i < presetCount; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(presetName(Preset(i)) + QStringLiteral("Preset"));
        button->setFlat(false);
        connect(button, &QPushButton::clicked, this, [this, i] { applyPreset(Preset(i)); });
        m_presets[i] = button;
    }

    auto *question = new QGridLayout;
    question->setContentsMargins(0, 0, 0, 0);
    question->setHorizontalSpacing(8);
    question->setVerticalSpacing(6);
    auto *incidentRow = new QHBoxLayout;
    incidentRow->setSpacing(6);
    incidentRow->addWidget(m_levelRadio);
    incidentRow->addWidget(m_levelCombo);
    incidentRow->addSpacing(16);
    incidentRow->addWidget(m_severityRadio);
    incidentRow->addWidget(m_providerCombo);
    incidentRow->addWidget(m_severityCombo);
    incidentRow->addStretch(1);
    auto *openedRow = new QHBoxLayout;
    openedRow->setSpacing(6);
    openedRow->addWidget(m_dateTime);
    openedRow->addSpacing(12);
    openedRow->addWidget(m_zoneLabel);
    openedRow->addWidget(m_zoneCombo);
    openedRow->addStretch(1);
    auto *presetRow = new QHBoxLayout;
    presetRow->setSpacing(6);
    for (QPushButton *button : m_presets)
        presetRow->addWidget(button);
    presetRow->addStretch(1);
    question->addWidget(m_incidentLabel, 0, 0, Qt::AlignRight | Qt::AlignVCenter);
    question->addLayout(incidentRow, 0, 1);
    question->addWidget(m_openedLabel, 1, 0, Qt::AlignRight | Qt::AlignVCenter);
    question->addLayout(openedRow, 1, 1);
    question->addWidget(m_presetsLabel, 2, 0, Qt::AlignRight | Qt::AlignVCenter);
    question->addLayout(presetRow, 2, 1);
    question->setColumnStretch(1, 1);

    m_banner = new PlansBanner(this);
    m_banner->setObjectName(QStringLiteral("calculatorWarnings"));
    m_banner->setType(PlansBanner::Warning);
    m_banner->setCloseButtonVisible(false);

    // Results and "why this deadline?".
    m_results = new QTableView(this);
    m_results->setObjectName(QStringLiteral("calculatorResults"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->setShowGrid(false);
    m_results->setWordWrap(false);
    // Texts too long for their column (a plan name in Russian) are elided at their end, the
    // whole text in the cell's tooltip (ResultsDelegate); the plan column gets the room first.
    m_results->setTextElideMode(Qt::ElideRight);
    m_results->setCornerButtonEnabled(false);
    m_results->verticalHeader()->hide();
    m_results->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_results->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_results->horizontalHeader()->setStretchLastSection(false);
    m_results->horizontalHeader()->setHighlightSections(false);
    // A header wider than its column shows its start (the whole of it in the tooltip).
    m_results->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_results->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_explanation = new PlansExplanationView(this);

    m_leftSplitter = new QSplitter(Qt::Vertical, this);
    m_leftSplitter->setObjectName(QStringLiteral("calculatorLeftSplitter"));
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->addWidget(m_results);
    m_leftSplitter->addWidget(m_explanation);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);

    // The week chart.
    auto *chartPane = new QWidget(this);
    chartPane->setObjectName(QStringLiteral("chartPane"));
    m_chartTitle = new QLabel(chartPane);
    m_chartTitle->setObjectName(QStringLiteral("chartTitle"));
    m_chartTitle->setWordWrap(true);
    m_chartTitle->setTextFormat(Qt::PlainText);
    QFont bold = m_chartTitle->font();
    bold.setBold(true);
    m_chartTitle->setFont(bold);
    m_kindCombo = new QComboBox(chartPane);
    m_kindCombo->setObjectName(QStringLiteral("chartKindCombo"));
    m_kindCombo->addItem(QString(), int(TargetKind::Response));
    m_kindCombo->addItem(QString(), int(TargetKind::Resolution));
    m_chart = new WeeklyWaitChart(chartPane);
    m_results->setItemDelegate(new ResultsDelegate(m_chart, m_results));
    m_chartNote = new QLabel(chartPane);
    m_chartNote->setObjectName(QStringLiteral("chartNote"));
    m_chartNote->setWordWrap(true);
    m_chartNote->setTextFormat(Qt::PlainText);
    m_chartNote->setForegroundRole(QPalette::PlaceholderText);
    auto *chartHead = new QHBoxLayout;
    chartHead->addWidget(m_chartTitle, 1);
    chartHead->addWidget(m_kindCombo, 0, Qt::AlignTop);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(4);
    chartLayout->addLayout(chartHead);
    chartLayout->addWidget(m_chart, 1);
    chartLayout->addWidget(m_chartNote);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("calculatorSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(chartPane);
    m_splitter->setStretchFactor(0, 13);
    m_splitter->setStretchFactor(1, 7);
    m_splitter->setSizes({650, 350});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(question);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(m_levelRadio, &QRadioButton::toggled, this, &PlansCalculatorView::onQuestionChanged);
    connect(m_levelCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_levelRadio->setChecked(true);
        onQuestionChanged();
    });
    connect(m_providerCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillSeverities();
        if (!m_updating)
            m_severityRadio->setChecked(true);
        onQuestionChanged();
    });
    connect(m_severityCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            m_severityRadio->setChecked(true);
        onQuestionChanged();
    });
    connect(m_dateTime, &QDateTimeEdit::dateTimeChanged, this,
            &PlansCalculatorView::onMomentChanged);
    connect(m_zoneCombo, &QComboBox::currentIndexChanged, this,
            &PlansCalculatorView::onMomentChanged);
    connect(m_zoneCombo->lineEdit(), &QLineEdit::editingFinished, this,
            &PlansCalculatorView::onMomentChanged);
    connect(m_zoneCombo, &QComboBox::editTextChanged, this, [this] {
        bool valid = false;
        zoneFromCombo(&valid);
        QPalette palette = m_zoneCombo->lineEdit()->palette();
        palette.setColor(QPalette::Text,
                         valid ? this->palette().color(QPalette::Text) : QColor(218, 68, 83));
        m_zoneCombo->lineEdit()->setPalette(palette);
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &PlansCalculatorView::updateChart);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PlansCalculatorView::afterRecompute);
    m_results->viewport()->installEventFilter(this);
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_results->currentIndex();
        if (!m_updating && current.isValid())
            m_selectedPlan = current.data(DeadlineCalculatorModel::PlanIdRole).toString();
        updateExplanation();
    });

    m_updating = true;
    fillLevels();
    m_updating = false;
    retranslateUi();
    m_model->setDisplayZone(m_zone);
    setOpened(presetMoment(NowPreset));
}

PlansCalculatorView::~PlansCalculatorView() = default;

void PlansCalculatorView::setCatalog(CatalogPtr catalog)
{
    m_catalog = std::move(catalog);
    m_updating = true;
    fillProviders();
    m_updating = false;
    m_model->setCatalog(m_catalog);
    onQuestionChanged();
    updatePresetTips();
}

void PlansCalculatorView::setLanguage(const QString &language)
{
    m_language = language;
    m_model->setLanguage(language);
    m_updating = true;
    fillLevels();
    fillProviders();
    m_updating = false;
    updateExplanation();
    updateChart();
    afterRecompute();
}

void PlansCalculatorView::setPlans(const QStringList &planIds)
{
    if (planIds == m_plans)
        return;
    m_plans = planIds;
    m_model->setPlans(planIds);
    updateChart();
}

void PlansCalculatorView::setClock(const ClockSource *clock)
{
    m_clock = clock ? clock : m_systemClock.get();
    updatePresetTips();
}

void PlansCalculatorView::fillLevels()
{
    const int current = qMax(0, m_levelCombo->currentIndex());
    m_levelCombo->clear();
    for (int level = 1; level <= LevelCount; ++level)
        m_levelCombo->addItem(PlanMatrixModel::levelTitle(level), level);
    m_levelCombo->setCurrentIndex(current);
}

void PlansCalculatorView::fillProviders()
{
    const QString current = m_providerCombo->currentData().toString();
    m_providerCombo->clear();
    if (m_catalog) {
        for (const Provider &provider : m_catalog->providers()) {
            if (!provider.severities.isEmpty() && !provider.planIds.isEmpty())
                m_providerCombo->addItem(provider.names.text(m_language), provider.id);
        }
    }
    m_providerCombo->setCurrentIndex(qMax(0, m_providerCombo->findData(current)));
    fillSeverities();
}

void PlansCalculatorView::fillSeverities()
{
    const QString current = m_severityCombo->currentData().toString();
    const bool updating = std::exchange(m_updating, true);
    m_severityCombo->clear();
    const Provider *provider =
            m_catalog ? m_catalog->provider(m_providerCombo->currentData().toString()) : nullptr;
    if (provider) {
        for (const Severity &severity : provider->severities) {
            m_severityCombo->addItem(severity.names.text(m_language), severity.code);
            m_severityCombo->setItemData(m_severityCombo->count() - 1,
                                         severity.descriptions.text(m_language), Qt::ToolTipRole);
        }
    }
    m_severityCombo->setCurrentIndex(qMax(0, m_severityCombo->findData(current)));
    m_updating = updating;
}

void PlansCalculatorView::fillZones()
{
    m_zoneCombo->clear();
    for (const QByteArray &id : commonZones())
        m_zoneCombo->addItem(QString::fromUtf8(id), id);
    m_zoneCombo->insertSeparator(m_zoneCombo->count());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        if (!commonZones().contains(id))
            m_zoneCombo->addItem(QString::fromUtf8(id), id);
    }
    setZoneCombo(m_zone);
}

void PlansCalculatorView::setZoneCombo(const QTimeZone &zone)
{
    const bool updating = std::exchange(m_updating, true);
    const int index = m_zoneCombo->findData(zone.id());
    if (index >= 0)
        m_zoneCombo->setCurrentIndex(index);
    else
        m_zoneCombo->setEditText(QString::fromUtf8(zone.id()));
    m_updating = updating;
}

QTimeZone PlansCalculatorView::zoneFromCombo(bool *valid) const
{
    const QByteArray id = m_zoneCombo->currentText().trimmed().toUtf8();
    const bool ok = !id.isEmpty() && QTimeZone::isTimeZoneIdAvailable(id);
    if (valid)
        *valid = ok;
    return ok ? QTimeZone(id) : QTimeZone();
}

bool PlansCalculatorView::isLevelQuestion() const
{
    return m_levelRadio->isChecked();
}

int PlansCalculatorView::level() const
{
    return m_levelCombo->currentData().toInt();
}

QString PlansCalculatorView::questionCode() const
{
    if (isLevelQuestion())
        return QStringLiteral("P%1").arg(qMax(1, level()));
    return m_providerCombo->currentData().toString() + QLatin1Char(':') +
           m_severityCombo->currentData().toString();
}

void PlansCalculatorView::setLevel(int level)
{
    m_levelCombo->setCurrentIndex(qBound(1, level, LevelCount) - 1);
    m_levelRadio->setChecked(true);
}

void PlansCalculatorView::setProviderSeverity(const QString &providerId, const QString &severity)
{
    m_updating = true;
    m_providerCombo->setCurrentIndex(qMax(0, m_providerCombo->findData(providerId)));
    fillSeverities();
    m_severityCombo->setCurrentIndex(qMax(0, m_severityCombo->findData(severity)));
    m_updating = false;
    m_severityRadio->setChecked(true);
    onQuestionChanged();
}

void PlansCalculatorView::onQuestionChanged()
{
    if (m_updating)
        return;
    if (m_levelRadio->isChecked())
        m_model->setLevel(qMax(1, m_levelCombo->currentData().toInt()));
    else
        m_model->setProviderSeverity(m_providerCombo->currentData().toString(),
                                     m_severityCombo->currentData().toString());
    updateChart();
}

void PlansCalculatorView::setOpened(const QDateTime &moment)
{
    m_updating = true;
    if (moment.timeZone().isValid())
        m_zone = moment.timeZone();
    setZoneCombo(m_zone);
    const QDateTime local = moment.toTimeZone(m_zone);
    m_dateTime->setDateTime(
            QDateTime(local.date(), QTime(local.time().hour(), local.time().minute()), Qt::UTC));
    m_updating = false;
    onMomentChanged();
}

void PlansCalculatorView::onMomentChanged()
{
    if (m_updating)
        return;
    bool valid = false;
    const QTimeZone zone = zoneFromCombo(&valid);
    if (valid)
        m_zone = zone;
    const QDateTime wall = m_dateTime->dateTime();
    const Instant opened = QDateTime(wall.date(), wall.time(), m_zone).toSecsSinceEpoch();
    m_model->setDisplayZone(m_zone);
    if (opened != m_model->opened())
        m_model->setOpened(opened);
    m_explanation->setRow(nullptr, m_catalog, opened, m_zone, m_language);
    updateExplanation();
    updateChart();
}

Instant PlansCalculatorView::opened() const
{
    return m_model->opened();
}

QTimeZone PlansCalculatorView::zone() const
{
    return m_zone;
}

QDateTime PlansCalculatorView::presetMoment(Preset preset) const
{
    const Instant now = m_clock->nowUtc();
    const auto next = [now](const QByteArray &zoneId, int dayOfWeek, QTime time) {
        const QTimeZone zone(zoneId);
        const QDate today = QDateTime::fromSecsSinceEpoch(now, zone).date();
        QDateTime moment(today.addDays((dayOfWeek - today.dayOfWeek() + 7) % 7), time, zone);
        if (moment.toSecsSinceEpoch() < now)
            moment = QDateTime(moment.date().addDays(7), time, zone);
        return moment;
    };
    switch (preset) {
    case NowPreset:
        return QDateTime::fromSecsSinceEpoch(now, m_zone);
    case FridayMoscowPreset:
        return next(moscow, Qt::Friday, QTime(19, 30));
    case MondayBerlinPreset:
        return next(berlin, Qt::Monday, QTime(9, 0));
    case NewYearEvePreset: {
        const QTimeZone zone(moscow);
        const int year = QDateTime::fromSecsSinceEpoch(now, zone).date().year();
        QDateTime moment(QDate(year, 12, 30), QTime(18, 0), zone);
        if (moment.toSecsSinceEpoch() < now)
            moment = QDateTime(QDate(year + 1, 12, 30), QTime(18, 0), zone);
        return moment;
    }
    case SpringFestivalEvePreset: {
        // The eve of the first Spring Festival day off of each year in the "cn" holiday set; the
        // coming one, or the last one known when the coming year is not published yet.
        const QTimeZone zone(shanghai);
        QMap<int, QDate> firstDays;
        if (const HolidaySet *set =
                    m_catalog ? m_catalog->holidaySet(QStringLiteral("cn")) : nullptr) {
            for (const DayException &day : set->days) {
                if (!isSpringFestival(day))
                    continue;
                const int year = day.date.year();
                if (!firstDays.contains(year) || day.date < firstDays.value(year))
                    firstDays.insert(year, day.date);
            }
        }
        QDateTime last;
        for (const QDate &first : std::as_const(firstDays)) {
            QDateTime eve(first.addDays(-1), QTime(17, 0), zone);
            if (eve.toSecsSinceEpoch() >= now)
                return eve;
            last = eve;
        }
        return last.isValid() ? last : QDateTime::fromSecsSinceEpoch(now, zone);
    }
    }
    return {};
}

void PlansCalculatorView::applyPreset(Preset preset)
{
    setOpened(presetMoment(preset));
}

void PlansCalculatorView::updatePresetTips()
{
    const QLocale locale;
    for (int i = 0; i < presetCount; ++i) {
        const QDateTime moment = presetMoment(Preset(i));
        QString tip = tr("%1 (%2)", "a date and time, and its time zone")
                              .arg(DateFormat::longDateTime(locale, moment),
                                   QString::fromUtf8(moment.timeZone().id()));
        if (i == SpringFestivalEvePreset && moment.toSecsSinceEpoch() < m_clock->nowUtc())
            tip += QLatin1Char('\n') +
                   tr("The coming Spring Festival's days off are not in the holiday data yet; "
                      "this is the last one known.");
        m_presets[i]->setToolTip(tip);
    }
}

bool PlansCalculatorView::selectPlan(const QString &planId)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex index = m_model->index(r, DeadlineCalculatorModel::PlanColumn);
        if (index.data(DeadlineCalculatorModel::PlanIdRole).toString() == planId) {
            m_selectedPlan = planId;
            m_results->setCurrentIndex(index);
            m_results->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
            updateExplanation();
            return true;
        }
    }
    return false;
}

void PlansCalculatorView::afterRecompute()
{
    m_banner->setText(m_model->warnings().join(QLatin1Char('\n')));
    fitColumns();
    m_results->horizontalScrollBar()->setValue(0);
    // Keep the plan that was selected, else the first row.
    const bool updating = std::exchange(m_updating, true);
    if (m_selectedPlan.isEmpty() || !selectPlan(m_selectedPlan)) {
        if (m_model->rowCount() > 0) {
            const QModelIndex first = m_model->index(0, 0);
            m_results->setCurrentIndex(first);
            m_results->selectionModel()->select(first, QItemSelectionModel::ClearAndSelect |
                                                               QItemSelectionModel::Rows);
        }
    }
    m_updating = updating;
    updateExplanation();
}

int PlansCalculatorView::planCellPadding() const
{
    // What the style takes from a plan cell besides the name: the swatch, its spacing and the
    // text margins (as ResultsDelegate lays it out).
    QStyleOptionViewItem option;
    option.initFrom(m_results);
    option.widget = m_results;
    option.rect = QRect(0, 0, 1000, m_results->verticalHeader()->defaultSectionSize());
    option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
    option.decorationSize = QSize(12, 12);
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.icon = PlansUi::swatch(Qt::gray, 12);
    option.text = QStringLiteral("x");
    QStyle *style = m_results->style();
    const QRect text = style->subElementRect(QStyle::SE_ItemViewItemText, &option, m_results);
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_results) + 1;
    // The text's rectangle starts after the swatch (and is as wide as the text).
    return text.left() - option.rect.left() + 2 * margin + 2;
}

void PlansCalculatorView::fitColumns()
{
    QHeaderView *header = m_results->horizontalHeader();
    const QFontMetrics metrics(m_results->font());
    // Column widths from the dozen rows there are (never more than the catalog's plans): due
    // instants as the delegate draws them, other columns as wide as their texts (a "Filed as"
    // name elided beyond 130 px), a header elided when longer (its tooltip tells it whole).
    int others = 0;
    for (int c = DeadlineCalculatorModel::SeverityColumn; c < DeadlineCalculatorModel::ColumnCount;
         ++c) {
        int width = 56;
        if (c == DeadlineCalculatorModel::ResponseDueColumn ||
            c == DeadlineCalculatorModel::ResolutionDueColumn) {
            m_results->resizeColumnToContents(c);
            width = header->sectionSize(c);
        } else {
            for (int r = 0; r < m_model->rowCount(); ++r)
                width = qMax(width,
                             metrics.horizontalAdvance(m_model->index(r, c).data().toString()) +
                                     16);
        }
        width = qMin(width, c == DeadlineCalculatorModel::SeverityColumn ? 130 : 260);
        header->resizeSection(c, width);
        others += width;
    }
    // The plan column first: the rest of the table's width, and at least what its longest name
    // needs beside the swatch, up to 45 % of the table; a longer name is elided at its end and
    // told whole in the cell's tooltip (the columns after it then scroll).
    int need = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        need = qMax(
                need,
                metrics.horizontalAdvance(
                        m_model->index(r, DeadlineCalculatorModel::PlanColumn).data().toString()));
    need += planCellPadding();
    const int available = m_results->viewport()->width();
    const int rest = available - others;
    const int width = need <= rest ? rest : qMin(need, qMax(rest, available * 45 / 100));
    header->resizeSection(DeadlineCalculatorModel::PlanColumn, qMax(width, 80));

    // Until the splitter is moved by hand, the table gets the width it needs, the chart keeps
    // at least 300 px (or 27 %: room for the days of the week) and the table at least 60 %.
    if (m_splitterMoved || m_fitting || !m_splitter->isVisible())
        return;
    const int total = m_splitter->width() - m_splitter->handleWidth();
    const int frame = m_results->width() - available;
    const int left =
            qBound(total * 60 / 100, need + others + frame, total - qMax(300, total * 27 / 100));
    if (left > 0 && m_splitter->sizes().value(0) != left) {
        const bool fitting = std::exchange(m_fitting, true);
        m_splitter->setSizes({left, total - left});
        m_fitting = fitting;
        fitColumns();
    }
}

bool PlansCalculatorView::eventFilter(QObject *watched, QEvent *event)
{
    // The plan column follows the table's width (a splitter moved, the window resized).
    if (watched == m_results->viewport() && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() !=
                static_cast<QResizeEvent *>(event)->size().width())
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void PlansCalculatorView::updateExplanation()
{
    const QModelIndex current = m_results->currentIndex();
    const ComparisonRow *row = current.isValid() && current.row() < m_model->rows().size()
                                       ? &m_model->rows().at(current.row())
                                       : nullptr;
    m_explanation->setRow(row, m_catalog, m_model->opened(), m_zone, m_language);
}

QString PlansCalculatorView::displayText(const QModelIndex &index) const
{
    const QVariant due = index.data(DeadlineCalculatorModel::DueRole);
    if (!due.isNull() && (index.column() == DeadlineCalculatorModel::ResponseDueColumn ||
                          index.column() == DeadlineCalculatorModel::ResolutionDueColumn))
        return dueText(m_results->locale(), *m_model, due.toLongLong());
    return index.data().toString();
}

QString PlansCalculatorView::uncommittedNote() const
{
    const QStringList names = m_chart->uncommittedPlanNames();
    return names.isEmpty() ? QString()
                           : tr("Not drawn, no commitment: %1", "plans left out of the chart")
                                     .arg(QLocale().createSeparatedList(names));
}

QString PlansCalculatorView::chartTitle() const
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(m_model->opened(), m_zone);
    const QDate monday = local.date().addDays(1 - local.date().dayOfWeek());
    const QString week = PlansUi::longDate(QLocale(), monday);
    return m_kindCombo->currentData().toInt() == int(TargetKind::Response)
                   ? tr("Real response time by opening hour, week of %1 (%2)",
                        "%1 a date, %2 a time zone")
                             .arg(week, QString::fromUtf8(m_zone.id()))
                   : tr("Real resolution time by opening hour, week of %1 (%2)",
                        "%1 a date, %2 a time zone")
                             .arg(week, QString::fromUtf8(m_zone.id()));
}

void PlansCalculatorView::updateChart()
{
    if (m_updating)
        return;
    WeeklyWaitChart::Question q;
    q.catalog = m_catalog;
    q.planIds = m_plans;
    q.level = m_levelRadio->isChecked() ? qMax(1, m_levelCombo->currentData().toInt()) : 1;
    if (!m_levelRadio->isChecked()) {
        q.providerId = m_providerCombo->currentData().toString();
        q.severity = m_severityCombo->currentData().toString();
    }
    q.kind = TargetKind(m_kindCombo->currentData().toInt());
    const QDateTime local = QDateTime::fromSecsSinceEpoch(m_model->opened(), m_zone);
    const QDate monday = local.date().addDays(1 - local.date().dayOfWeek());
    q.weekStart = QDateTime(monday, QTime(0, 0), m_zone).toSecsSinceEpoch();
    q.zone = m_zone;
    q.language = m_language;
    m_chart->setQuestion(q);
    m_chartTitle->setText(chartTitle());
    QStringList notes;
    if (const QString uncommitted = uncommittedNote(); !uncommitted.isEmpty())
        notes << uncommitted;
    notes << tr("Hours on a logarithmic scale, colours as in the table. Point at a line for the "
                "exact times.");
    m_chartNote->setText(notes.join(QLatin1Char('\n')));
    m_results->viewport()->update();
}

QStringList PlansCalculatorView::inputSummary() const
{
    const QLocale locale;
    QString incident;
    if (m_levelRadio->isChecked())
        incident = m_levelCombo->currentText();
    else
        incident = tr("%1: %2", "a provider and one of its severities")
                           .arg(m_providerCombo->currentText(), m_severityCombo->currentText());
    const QDateTime openedAt = QDateTime::fromSecsSinceEpoch(m_model->opened(), m_zone);
    const QString zone = QString::fromUtf8(m_zone.id());
    return {tr("Incident: %1", "export: the question").arg(incident),
            tr("Opened: %1 (%2)", "export: the opening moment and its zone")
                    .arg(DateFormat::longDateTime(locale, openedAt) + QLatin1Char(' ') +
                                 DateFormat::zoneName(openedAt),
                         zone),
            tr("Every time in %1", "export: the time zone of the times shown").arg(zone)};
}

void PlansCalculatorView::retranslateUi()
{
    m_incidentLabel->setText(tr("Incident:", "calculator: what happened"));
    m_levelRadio->setText(tr("&Level", "incident level P1-P4"));
    m_levelRadio->setToolTip(tr("An incident described by its level, filed under the severity "
                                "each plan names for it"));
    m_severityRadio->setText(tr("Provider's o&wn severity"));
    m_severityRadio->setToolTip(tr("A severity of one provider, for that provider's plans"));
    m_levelCombo->setAccessibleName(tr("Incident level"));
    m_providerCombo->setAccessibleName(tr("Provider"));
    m_severityCombo->setAccessibleName(tr("Severity", "of an incident"));
    m_openedLabel->setText(tr("&Opened:", "calculator: when the ticket was opened"));
    m_zoneLabel->setText(tr("Time &zone:"));
    m_zoneCombo->setToolTip(tr("Any IANA time zone; type to search"));
    m_presetsLabel->setText(tr("Presets:", "ready-made opening moments"));
    m_presets[NowPreset]->setText(tr("Now", "preset: the current moment"));
    m_presets[FridayMoscowPreset]->setText(tr("Friday 19:30 Moscow", "preset"));
    m_presets[NewYearEvePreset]->setText(tr("Eve of the Russian New Year holidays", "preset"));
    m_presets[SpringFestivalEvePreset]->setText(tr("Day before Spring Festival", "preset"));
    m_presets[MondayBerlinPreset]->setText(tr("Monday 09:00 Berlin", "preset"));
    m_kindCombo->setItemText(0, tr("Response", "chart: time to the first reply"));
    m_kindCombo->setItemText(1, tr("Resolution", "chart: time to the resolution"));
    m_kindCombo->setAccessibleName(tr("Which target the chart shows"));
    m_results->setAccessibleName(tr("Deadlines by plan"));
    updatePresetTips();
    if (!m_updating)
        updateChart();
}

void PlansCalculatorView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        CommonUi::followDefaultLocale(this);
        retranslateUi();
    }
}

} // namespace dueline
