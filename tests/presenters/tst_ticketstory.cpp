// SPDX-License-Identifier: GPL-3.0-or-later
// TicketStory, the ticket panel's words without widgets, in English, Russian and Simplified
// Chinese (the application's own translations): every event kind of a history as a sentence
// with the catalog's names and the agents' display names (never a raw key), channels and
// service stages by their catalog names, and why a ticket has no SLA commitment.

#include "models/catalog/catalog.h"
#include "models/presenters/ticketstory.h"
#include "models/store/ticketstore.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace dueline;

namespace {

constexpr qint64 Anna = 1;
constexpr qint64 Boris = 2;

// One sentence a line (a list of literals would look like a missing comma to clang-tidy).
QStringList lines(const char *text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'));
}

Instant at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 3, 2), QTime(hour, minute), Qt::UTC).toSecsSinceEpoch();
}

Event event(EventKind kind, qint64 actor, int hour, const QString &body = {})
{
    Event e;
    e.kind = kind;
    e.actorId = actor;
    e.at = at(hour);
    e.body = body;
    return e;
}

// A VK CS ticket through every kind of event.
QVector<Event> vkHistory()
{
    QVector<Event> events;
    Event created = event(EventKind::Created, 0, 8, QStringLiteral("Nothing loads"));
    created.planId = QStringLiteral("vkcs/standard");
    created.severity = QStringLiteral("high");
    events << created;
    Event assigned = event(EventKind::Assigned, Anna, 9);
    assigned.assigneeId = Boris;
    events << assigned;
    events << event(EventKind::Replied, Boris, 9, QStringLiteral("Looking into it"));
    events << event(EventKind::Note, Boris, 10, QStringLiteral("Called the customer"));
    Event wait = event(EventKind::Status, Boris, 10);
    wait.status = TicketStatus::WaitingCustomer;
    events << wait;
    Event resume = event(EventKind::Status, 0, 11);
    resume.status = TicketStatus::Open;
    events << resume;
    Event severity = event(EventKind::Severity, Anna, 11, QStringLiteral("the whole site is down"));
    severity.severity = QStringLiteral("critical");
    events << severity;
    Event taken = event(EventKind::Assigned, Anna, 12);
    taken.assigneeId = Anna;
    events << taken;
    Event due = event(EventKind::DueOverride, Anna, 12, QStringLiteral("agreed with the customer"));
    due.target = TargetKind::Resolution;
    due.due = QDateTime(QDate(2026, 3, 3), QTime(15, 30), Qt::UTC).toSecsSinceEpoch();
    events << due;
    events << event(EventKind::Resolved, Anna, 13, QStringLiteral("Balancer restarted"));
    events << event(EventKind::Reopened, 0, 14, QStringLiteral("Still broken"));
    Event unassigned = event(EventKind::Assigned, Anna, 15);
    unassigned.assigneeId = 0;
    events << unassigned;
    events << event(EventKind::Resolved, 0, 16);
    Event closed = event(EventKind::Status, Anna, 17);
    closed.status = TicketStatus::Closed;
    events << closed;
    return events;
}

// An Alibaba Cloud ticket an agent files and moves to another plan.
QVector<Event> alibabaHistory()
{
    Event created = event(EventKind::Created, Anna, 8);
    created.planId = QStringLiteral("alibaba/business");
    created.severity = QStringLiteral("impaired");
    Event plan = event(EventKind::Plan, Anna, 9, QStringLiteral("contract upgraded"));
    plan.planId = QStringLiteral("alibaba/enterprise-standard");
    plan.severity = QStringLiteral("core-down");
    return {created, plan};
}

} // namespace

class TestTicketStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void everyEventKindIsASentence_data();
    void everyEventKindIsASentence();
    void namesComeFromTheCatalog_data();
    void namesComeFromTheCatalog();
    void whyThereIsNoSla_data();
    void whyThereIsNoSla();
    void undoneAssignmentsSaySo_data();
    void undoneAssignmentsSaySo();

private:
    void useLanguage(const QString &language);

    CatalogPtr m_catalog;
    QHash<qint64, QString> m_agents;
    std::unique_ptr<QTranslator> m_translator;
};

void TestTicketStory::initTestCase()
{
    QString error;
    m_catalog = Catalog::loadBuiltIn(&error);
    QVERIFY2(m_catalog, qPrintable(error));
    m_agents.insert(Anna, QStringLiteral("Anna"));
    m_agents.insert(Boris, QStringLiteral("Борис Петров"));
}

void TestTicketStory::cleanup()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
    m_translator.reset();
    QLocale::setDefault(QLocale::c());
}

void TestTicketStory::useLanguage(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    if (language == QLatin1String("en"))
        return;
    m_translator = std::make_unique<QTranslator>();
    QVERIFY(m_translator->load(QStringLiteral(":/i18n/dueline_") + language));
    QCoreApplication::installTranslator(m_translator.get());
}

void TestTicketStory::everyEventKindIsASentence_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("vk");
    QTest::addColumn<QStringList>("alibaba");
    QTest::newRow("en")
            << QStringLiteral("en")
            << lines("Created by the customer — severity: High, plan: VK Cloud Solutions Standard "
                     "support\n"
                     "Assigned to Борис Петров by Anna\n"
                     "Reply to the customer by Борис Петров\n"
                     "Internal note by Борис Петров\n"
                     "Waiting on the customer, set by Борис Петров: the SLA clocks are paused\n"
                     "Resumed: the SLA clocks run again\n"
                     "Severity changed from High to Critical by Anna: the whole site is down\n"
                     "Taken by Anna\n"
                     "Resolution due set to Tue 3 Mar 2026 15:30 UTC by Anna: agreed with the "
                     "customer\n"
                     "Resolved by Anna\n"
                     "Reopened: Still broken\n"
                     "Unassigned by Anna\n"
                     "Resolved\n"
                     "Closed by Anna")
            << lines("Created by Anna — severity: Business impaired, plan: Alibaba Cloud Business "
                     "(L2)\n"
                     "Plan changed from Alibaba Cloud Business (L2) to Alibaba Cloud Enterprise "
                     "Standard (L3) by Anna, severity: Core business down: contract upgraded");
    QTest::newRow("ru")
            << QStringLiteral("ru")
            << lines("Создана клиентом — критичность: Высокий, тариф: VK Cloud Solutions "
                     "«Стандартная техническая поддержка»\n"
                     "Назначена исполнителю Борис Петров агентом Anna\n"
                     "Ответ клиенту от агента Борис Петров\n"
                     "Внутренняя заметка агента Борис Петров\n"
                     "Ожидание ответа клиента (агент Борис Петров): SLA-таймеры приостановлены\n"
                     "Работа возобновлена: SLA-таймеры снова идут\n"
                     "Критичность изменена с «Высокий» на «Критический» агентом Anna: the whole "
                     "site is down\n"
                     "Взята в работу агентом Anna\n"
                     "Срок решения перенесён на вт 3 мар. 2026 15:30 UTC руководителем Anna: "
                     "agreed with the customer\n"
                     "Решена агентом Anna\n"
                     "Переоткрыта: Still broken\n"
                     "Исполнитель снят агентом Anna\n"
                     "Решена\n"
                     "Закрыта агентом Anna")
            << lines("Создана агентом Anna — критичность: Нарушение работы бизнеса, тариф: "
                     "Alibaba Cloud «Бизнес (L2)»\n"
                     "Тариф изменён с Alibaba Cloud «Бизнес (L2)» на Alibaba Cloud «Корпоративный "
                     "стандартный (L3)» агентом Anna, критичность: Остановка ключевого бизнеса: "
                     "contract upgraded");
    QTest::newRow("zh_CN")
            << QStringLiteral("zh_CN")
            << lines("由客户创建 — 严重级别：高，支持计划：VK Cloud Solutions 标准技术支持\n"
                     "由 Anna 分配给 Борис Петров\n"
                     "由 Борис Петров 回复客户\n"
                     "由 Борис Петров 添加的内部备注\n"
                     "等待客户（由 Борис Петров 设置）：SLA 计时已暂停\n"
                     "已恢复处理：SLA 计时重新开始\n"
                     "由 Anna 将严重级别从“高”改为“紧急”：the whole site is down\n"
                     "由 Anna 领取\n"
                     "由 Anna 将解决截止时间改为 2026年3月3日 周二 15:30 UTC：agreed with the "
                     "customer\n"
                     "由 Anna 解决\n"
                     "已重新打开：Still broken\n"
                     "由 Anna 取消分配\n"
                     "已解决\n"
                     "由 Anna 关闭")
            << lines("由 Anna 创建 — 严重级别：业务受损，支持计划：阿里云 商业级（L2）\n"
                     "由 Anna 将支持计划从“阿里云 商业级（L2）”改为“阿里云 企业标准级（L3）”，"
                     "严重级别：核心业务不可用：contract upgraded");
}

void TestTicketStory::everyEventKindIsASentence()
{
    QFETCH(QString, language);
    QFETCH(QStringList, vk);
    QFETCH(QStringList, alibaba);
    useLanguage(language);
    const TicketStory story(m_catalog.get(), language, &m_agents);
    const QTimeZone utc(QByteArrayLiteral("UTC"));
    const auto texts = [&](const QVector<Event> &events) {
        QStringList result;
        for (const TicketStory::Line &line : story.history(events, utc))
            result << line.text;
        return result;
    };
    QCOMPARE(texts(vkHistory()), vk);
    QCOMPARE(texts(alibabaHistory()), alibaba);

    // What came with an event follows its sentence; a reason is part of it instead.
    const QVector<TicketStory::Line> lines = story.history(vkHistory(), utc);
    QCOMPARE(lines.at(0).detail, QStringLiteral("Nothing loads"));
    QCOMPARE(lines.at(2).detail, QStringLiteral("Looking into it"));
    QCOMPARE(lines.at(3).detail, QStringLiteral("Called the customer"));
    QCOMPARE(lines.at(9).detail, QStringLiteral("Balancer restarted"));
    QVERIFY(lines.at(6).detail.isEmpty());
    QCOMPARE(lines.at(6).at, at(11));

    // Every event kind is told (the two lists above cover them all), with no raw key.
    QSet<EventKind> kinds;
    for (const QVector<Event> &events : {vkHistory(), alibabaHistory()}) {
        for (const Event &e : events)
            kinds.insert(e.kind);
    }
    QCOMPARE(kinds.size(), int(EventKind::DueOverride) + 1);
    for (const QString &text : texts(vkHistory()) + texts(alibabaHistory())) {
        for (const char *raw : {"vkcs/", "alibaba/", "core-down", "waiting_customer",
                                "due_override", "created (", "changed to critical"})
            QVERIFY2(!text.contains(QLatin1String(raw)), qPrintable(text));
    }
}

void TestTicketStory::undoneAssignmentsSaySo_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("en") << QStringLiteral("en")
                        << lines("Taken by Anna\n"
                                 "Anna undid their assignment: unassigned again\n"
                                 "Assigned to Anna by Борис Петров\n"
                                 "Борис Петров undid their assignment: back to Anna");
    QTest::newRow("ru") << QStringLiteral("ru")
                        << lines("Взята в работу агентом Anna\n"
                                 "Anna отменяет своё назначение: исполнителя снова нет\n"
                                 "Назначена исполнителю Anna агентом Борис Петров\n"
                                 "Борис Петров отменяет своё назначение: исполнитель снова Anna");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << lines("由 Anna 领取\n"
                                    "Anna 撤销了自己的分配：重新变为未分配\n"
                                    "由 Борис Петров 分配给 Anna\n"
                                    "Борис Петров 撤销了自己的分配：恢复为 Anna");
}

// An undo of a take or an assign (its action id "<id>/undo") is told as such.
void TestTicketStory::undoneAssignmentsSaySo()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    useLanguage(language);
    const TicketStory story(m_catalog.get(), language, &m_agents);
    Event take = ::event(EventKind::Assigned, Anna, 9);
    take.assigneeId = Anna;
    take.actionId = QStringLiteral("a1");
    Event undoTake = ::event(EventKind::Assigned, Anna, 9);
    undoTake.actionId = Action::undoActionId(take.actionId);
    Event assign = ::event(EventKind::Assigned, Boris, 10);
    assign.assigneeId = Anna;
    assign.actionId = QStringLiteral("b1");
    Event undoAssign = ::event(EventKind::Assigned, Boris, 10);
    undoAssign.actionId = Action::undoActionId(assign.actionId);
    undoAssign.assigneeId = Anna;
    QStringList texts;
    for (const TicketStory::Line &line :
         story.history({take, undoTake, assign, undoAssign}, QTimeZone(QByteArrayLiteral("UTC"))))
        texts << line.text;
    QCOMPARE(texts, expected);
}

void TestTicketStory::namesComeFromTheCatalog_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("portal");
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QString>("unknownAgent");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Phone 95187")
                        << QStringLiteral("Support portal") << QStringLiteral("Preview")
                        << QStringLiteral("agent 9");
    QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Телефон 95187")
                        << QStringLiteral("Портал техподдержки") << QStringLiteral("Preview")
                        << QStringLiteral("агент 9");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("电话支持（95187）")
                           << QStringLiteral("技术支持门户") << QStringLiteral("预览版")
                           << QStringLiteral("客服 9");
}

void TestTicketStory::namesComeFromTheCatalog()
{
    QFETCH(QString, language);
    useLanguage(language);
    const TicketStory story(m_catalog.get(), language, &m_agents);
    QTEST(story.channelName(QStringLiteral("alibaba/basic"), QStringLiteral("phone-95187")),
          "phone");
    QTEST(story.channelName(QStringLiteral("stormbpmn/team"), QStringLiteral("portal")), "portal");
    // A channel of another plan of the same provider (the ticket moved plans).
    QCOMPARE(story.channelName(QStringLiteral("alibaba/basic"), QStringLiteral("im-group")),
             story.channelName(QStringLiteral("alibaba/enterprise-standard"),
                               QStringLiteral("im-group")));
    QVERIFY(story.channelName(QStringLiteral("alibaba/basic"), QStringLiteral("im-group")) !=
            QStringLiteral("im-group"));
    // What the catalog does not know stays as it is.
    QCOMPARE(story.channelName(QStringLiteral("alibaba/basic"), QStringLiteral("fax")),
             QStringLiteral("fax"));
    QTEST(story.stageName(QStringLiteral("vkcs/standard"), QStringLiteral("preview")), "stage");
    QCOMPARE(story.agentName(Boris), QStringLiteral("Борис Петров"));
    QTEST(story.agentName(9), "unknownAgent");
    QVERIFY(story.agentName(0).isEmpty());
}

void TestTicketStory::whyThereIsNoSla_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("preview");
    QTest::addColumn<QString>("basic");
    QTest::addColumn<QString>("resolution");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringLiteral("No SLA commitment: the service is in the Preview "
                                          "stage, which VK Cloud Solutions does not cover by an "
                                          "SLA.")
                        << QStringLiteral("No SLA commitment: Alibaba Cloud Basic (L1) sets no "
                                          "response or resolution target for severity “Business "
                                          "down”.")
                        << QStringLiteral("Stormbpmn Team makes no resolution commitment for "
                                          "severity “Other failure”.");
    QTest::newRow("ru") << QStringLiteral("ru")
                        << QStringLiteral("Обязательств по SLA нет: сервис находится на стадии "
                                          "Preview, на которую SLA VK Cloud Solutions не "
                                          "распространяется.")
                        << QStringLiteral("Обязательств по SLA нет: тариф Alibaba Cloud «Базовый "
                                          "(L1)» не устанавливает сроков реакции и решения для "
                                          "критичности «Остановка бизнеса».")
                        << QStringLiteral("Тариф Stormbpmn «Team» не устанавливает срок решения "
                                          "для критичности «Прочая неисправность».");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringLiteral("无 SLA 承诺：该服务处于“预览版”阶段，VK Cloud "
                                             "Solutions 不为此阶段提供 SLA。")
                           << QStringLiteral("无 SLA 承诺：“阿里云 基础级（L1）”"
                                             "未对严重级别“业务不可用”设定响应或解决目标。")
                           << QStringLiteral("“Stormbpmn Team（团队版）”"
                                             "未对严重级别“其他故障”承诺解决时间。");
}

void TestTicketStory::whyThereIsNoSla()
{
    QFETCH(QString, language);
    useLanguage(language);
    const TicketStory story(m_catalog.get(), language, &m_agents);
    const QString vk = QStringLiteral("vkcs/standard");
    const QString critical = QStringLiteral("critical");
    // A service in a stage without SLA: no clock at all, and the stage is named.
    QTEST(story.noSlaReason(vk, critical, QStringLiteral("preview")), "preview");
    QVERIFY(story.noCommitmentReason(TargetKind::Response, vk, critical, QStringLiteral("preview"))
                    .isEmpty());
    QVERIFY(!story.stageDescription(vk, QStringLiteral("preview")).isEmpty());
    // Generally available, or no stage given: the SLA applies.
    QVERIFY(story.noSlaReason(vk, critical, QStringLiteral("ga")).isEmpty());
    QVERIFY(story.noSlaReason(vk, critical, QString()).isEmpty());
    QVERIFY(story.noCommitmentReason(TargetKind::Resolution, vk, critical, QString()).isEmpty());
    // A plan that commits to nothing for the severity.
    QTEST(story.noSlaReason(QStringLiteral("alibaba/basic"), QStringLiteral("down"), QString()),
          "basic");
    // One clock without a commitment, the other with one.
    const QString team = QStringLiteral("stormbpmn/team");
    QVERIFY(story.noSlaReason(team, QStringLiteral("other"), QString()).isEmpty());
    QVERIFY(story.noCommitmentReason(TargetKind::Response, team, QStringLiteral("other"), QString())
                    .isEmpty());
    QTEST(story.noCommitmentReason(TargetKind::Resolution, team, QStringLiteral("other"),
                                   QString()),
          "resolution");
    // A plan the catalog does not know has no SLA either, and says which.
    QVERIFY(story.noSlaReason(QStringLiteral("acme/gold"), critical, QString())
                    .contains(QStringLiteral("acme/gold")));
}

QTEST_GUILESS_MAIN(TestTicketStory)
#include "tst_ticketstory.moc"
