// SPDX-License-Identifier: GPL-3.0-or-later
// The Plans workspace in three languages (issue 21): switched at run time (en → ru → zh_CN, as
// Settings ▸ Preferences does, through QEvent::LanguageChange) it shows exactly what a fresh
// workspace created in that language shows — every text painted (labels, buttons, item views
// and their delegates, headers, the chart), every tooltip and accessible name, every item
// view's DisplayRole and header; and the calculator's plan names fit their cells at the size
// the workspace has in a 1280×800 window, or tell their whole name in a tooltip.
#include "app/bootstrap/i18n.h"
#include "models/item/deadlinecalculatormodel.h"
#include "tests/support/fakeclock.h"
#include "views/plans/planscalculatorview.h"
#include "views/plans/plansworkspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPaintEngine>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStyleOptionViewItem>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolTip>

using namespace dueline;

namespace {

// The room the Plans workspace has in the main window at 1280×800 (sidebar, menu, toolbar and
// status bar taken off).
const QSize workspaceSize(1118, 718);

// A paint engine that keeps the texts drawn on it and nothing else.
class TextEngine : public QPaintEngine
{
public:
    TextEngine()
        : QPaintEngine(QPaintEngine::AllFeatures)
    { }
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &) override { }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override { }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override { }
    void drawPath(const QPainterPath &) override { }
    void drawImage(const QRectF &, const QImage &, const QRectF &,
                   Qt::ImageConversionFlags) override
    { }
    void drawTextItem(const QPointF &, const QTextItem &textItem) override
    {
        const QString text = textItem.text().trimmed();
        if (!text.isEmpty())
            texts << text;
    }
    Type type() const override { return QPaintEngine::User; }

    QStringList texts;
};

// A paint device of `size` that records the texts painted on it.
class TextDevice : public QPaintDevice
{
public:
    explicit TextDevice(const QSize &size)
        : m_size(size)
    { }
    QPaintEngine *paintEngine() const override { return &m_engine; }
    QStringList texts() const { return m_engine.texts; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        case PdmNumColors:
            return INT_MAX;
        case PdmDepth:
            return 32;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        }
        return 0;
    }

private:
    QSize m_size;
    mutable TextEngine m_engine;
};

void processLanguageChange()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    QCoreApplication::processEvents();
}

void modelTexts(const QAbstractItemModel *model, const QModelIndex &parent, const QString &where,
                QStringList *texts)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        for (int c = 0; c < model->columnCount(parent); ++c) {
            const QModelIndex index = model->index(r, c, parent);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)}) {
                const QString text = index.data(role).toString();
                if (!text.isEmpty())
                    *texts << where + QStringLiteral(" item: ") + text;
            }
            if (c == 0)
                modelTexts(model, index, where, texts);
        }
    }
}

// The texts `widget` paints itself (not its children): each cell of an item view or chart on
// its own; a label's or button's pieces joined, without white space, so that a text wrapped at
// another width reads the same.
QStringList paintedTexts(QWidget *widget)
{
    TextDevice device(widget->size());
    widget->render(&device, QPoint(), QRegion(), QWidget::RenderFlags());
    const auto *view = qobject_cast<QAbstractScrollArea *>(widget->parentWidget());
    if (view && view->viewport() == widget)
        return device.texts();
    QString joined = device.texts().join(QString());
    joined.remove(QRegularExpression(QStringLiteral("\\s")));
    return joined.isEmpty() ? QStringList() : QStringList{joined};
}

// Every text `root` shows: painted (each widget as drawn), and what its widgets tell besides —
// tooltips, accessible names, combo box items, item models' DisplayRole and tooltips, headers.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root))
            continue;
        const QString where = widget->objectName().isEmpty()
                                      ? QString::fromLatin1(widget->metaObject()->className())
                                      : widget->objectName();
        for (const QString &text : paintedTexts(widget))
            texts << QStringLiteral("painted: ") + text;
        if (!widget->toolTip().isEmpty())
            texts << where + QStringLiteral(" tooltip: ") + widget->toolTip();
        if (!widget->accessibleName().isEmpty())
            texts << where + QStringLiteral(" accessible: ") + widget->accessibleName();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << where + QStringLiteral(" label: ") + label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << where + QStringLiteral(" button: ") + button->text();
        if (auto *spin = qobject_cast<QAbstractSpinBox *>(widget))
            texts << where + QStringLiteral(" edit: ") + spin->text();
        if (auto *tabs = qobject_cast<QTabWidget *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << where + QStringLiteral(" tab: ") + tabs->tabText(i);
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            texts << where + QStringLiteral(" current: ") + combo->currentText();
            // The time zone list is made of IANA names, the same in every language.
            if (combo->count() < 50) {
                for (int i = 0; i < combo->count(); ++i)
                    texts << where + QStringLiteral(" item: ") + combo->itemText(i);
            }
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(widget);
            view && view->model() && !qobject_cast<QComboBox *>(widget->parentWidget())) {
            const QAbstractItemModel *model = view->model();
            modelTexts(model, QModelIndex(), where, &texts);
            for (int c = 0; c < model->columnCount(); ++c)
                texts << where + QStringLiteral(" header: ") +
                                 model->headerData(c, Qt::Horizontal).toString();
        }
    }
    std::sort(texts.begin(), texts.end());
    return texts;
}

// What two sorted lists do not share, for a readable failure.
QString difference(const QStringList &switched, const QStringList &fresh)
{
    QStringList onlySwitched;
    QStringList onlyFresh;
    std::set_difference(switched.begin(), switched.end(), fresh.begin(), fresh.end(),
                        std::back_inserter(onlySwitched));
    std::set_difference(fresh.begin(), fresh.end(), switched.begin(), switched.end(),
                        std::back_inserter(onlyFresh));
    if (onlySwitched.isEmpty() && onlyFresh.isEmpty())
        return {};
    return QStringLiteral("\n  after the switch only:\n    ") +
           onlySwitched.mid(0, 15).join(QStringLiteral("\n    ")) +
           QStringLiteral("\n  in a fresh workspace only:\n    ") +
           onlyFresh.mid(0, 15).join(QStringLiteral("\n    "));
}

} // namespace

class TestPlansLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void runTimeSwitchShowsWhatAFreshStartShows();
    void planNamesFitOrTellThemselves_data();
    void planNamesFitOrTellThemselves();

private:
    std::unique_ptr<PlansWorkspace> makeWorkspace();

    CatalogPtr m_catalog;
    // Friday 27 November 2026, 09:00 Moscow: the presets' tooltips are the same in every run.
    FakeClock m_clock = FakeClock::at("2026-11-27T06:00:00Z");
};

void TestPlansLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    QVERIFY(i18n::installTranslators(QStringLiteral("en")));
    processLanguageChange();
}

void TestPlansLanguage::cleanup()
{
    i18n::installTranslators(QStringLiteral("en"));
    processLanguageChange();
}

std::unique_ptr<PlansWorkspace> TestPlansLanguage::makeWorkspace()
{
    auto workspace = std::make_unique<PlansWorkspace>();
    workspace->setDialogRunner([](QDialog &) { return int(QDialog::Rejected); });
    workspace->setTeamCatalogFiles([] { return QStringList(); });
    workspace->setClock(&m_clock);
    workspace->setCatalog(m_catalog);
    // Friday 19:30 in Moscow before the Russian New Year holidays: business-hours plans reach
    // into January, with holidays in "why this deadline?".
    PlansCalculatorView *calculator = workspace->calculatorView();
    calculator->setLevel(1);
    calculator->setOpened(
            QDateTime(QDate(2026, 12, 30), QTime(19, 30), QTimeZone("Europe/Moscow")));
    calculator->selectPlan(QStringLiteral("stormbpmn/enterprise"));
    workspace->resize(workspaceSize);
    workspace->show();
    return workspace;
}

void TestPlansLanguage::runTimeSwitchShowsWhatAFreshStartShows()
{
    const std::unique_ptr<PlansWorkspace> switched = makeWorkspace();
    QVERIFY(QTest::qWaitForWindowExposed(switched.get()));
    for (const QString &language :
         {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("zh_CN")}) {
        QVERIFY(i18n::installTranslators(language));
        processLanguageChange();
        const std::unique_ptr<PlansWorkspace> fresh = makeWorkspace();
        QVERIFY(QTest::qWaitForWindowExposed(fresh.get()));
        for (const PlansWorkspace::Page page :
             {PlansWorkspace::MatrixPage, PlansWorkspace::CalculatorPage}) {
            switched->setCurrentPage(page);
            fresh->setCurrentPage(page);
            QCoreApplication::processEvents();
            // DUELINE_SCREENSHOTS=DIR keeps a picture of each switched page to look at.
            if (const QString dir = qEnvironmentVariable("DUELINE_SCREENSHOTS"); !dir.isEmpty())
                switched->grab().save(
                        QDir(dir).filePath(QStringLiteral("switched-%1-%2.png")
                                                   .arg(PlansWorkspace::pageName(page), language)));
            const QStringList switchedTexts = visibleTexts(switched.get());
            const QStringList freshTexts = visibleTexts(fresh.get());
            QVERIFY(switchedTexts.size() > 50);
            const QString diff = difference(switchedTexts, freshTexts);
            QVERIFY2(diff.isEmpty(), qPrintable(language + QLatin1Char(' ') +
                                                PlansWorkspace::pageName(page) + diff));
        }
    }
}

void TestPlansLanguage::planNamesFitOrTellThemselves_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ru") << QStringLiteral("ru");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestPlansLanguage::planNamesFitOrTellThemselves()
{
    QFETCH(QString, language);
    QVERIFY(i18n::installTranslators(language));
    processLanguageChange();
    const std::unique_ptr<PlansWorkspace> workspace = makeWorkspace();
    QVERIFY(QTest::qWaitForWindowExposed(workspace.get()));
    workspace->setCurrentPage(PlansWorkspace::CalculatorPage);
    QCoreApplication::processEvents();
    QTableView *view = workspace->calculatorView()->resultsView();
    const QAbstractItemModel *model = view->model();
    QCOMPARE(model->rowCount(), int(m_catalog->plans().size()));
    const int margin = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    int elided = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, DeadlineCalculatorModel::PlanColumn);
        const QRect cell = view->visualRect(index);
        QVERIFY(cell.intersects(view->viewport()->rect()));
        const QString name = index.data().toString();
        // The text's room as the style lays the cell out: the plan's colour swatch first, then
        // the text, as wide as the text when it fits, narrower when it does not.
        QStyleOptionViewItem option;
        option.initFrom(view);
        option.font = view->font();
        option.rect = cell;
        option.text = name;
        option.features = QStyleOptionViewItem::HasDisplay | QStyleOptionViewItem::HasDecoration;
        option.decorationSize = QSize(12, 12);
        option.decorationPosition = QStyleOptionViewItem::Left;
        option.displayAlignment = Qt::AlignLeft | Qt::AlignVCenter;
        QPixmap swatch(12, 12);
        swatch.fill(Qt::red);
        option.icon = QIcon(swatch);
        option.widget = view;
        const QRect textRect =
                view->style()->subElementRect(QStyle::SE_ItemViewItemText, &option, view);
        const int room = textRect.width() - 2 * margin;
        if (QFontMetrics(view->font()).horizontalAdvance(name) <= room)
            continue;
        ++elided;
        // Narrower than its name: the cell tells it whole.
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        view->viewport()->mapToGlobal(cell.center()));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY2(QToolTip::isVisible(), qPrintable(name));
        QVERIFY2(QToolTip::text().contains(name),
                 qPrintable(QStringLiteral("%1: tooltip “%2”").arg(name, QToolTip::text())));
        QToolTip::hideText();
    }
    // Deliberate eliding keeps the names' beginnings: the plan column has room for most names.
    QVERIFY2(elided <= model->rowCount() / 2, qPrintable(QString::number(elided)));
}

QTEST_MAIN(TestPlansLanguage)
#include "tst_planslanguage.moc"
