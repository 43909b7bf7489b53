// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/store/demodata.h"

#include "models/store/bulkwriter.h"
#include "models/store/ticketclocks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace dueline {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 86400;

// splitmix64: small, fast and the same on every platform (std distributions are not).
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull)
    { }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return n <= 1 ? 0 : qint64(next() % quint64(n)); }
    qint64 between(qint64 a, qint64 b) { return a + below(b - a + 1); }
    double real() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    double uniform(double a, double b) { return a + (b - a) * real(); }
    bool chance(double p) { return real() < p; }
    template<typename T>
    const T &pick(const QVector<T> &list)
    {
        return list.at(int(below(list.size())));
    }

private:
    quint64 m_state;
};

enum Lang { Ru, Zh, En, LangCount };
const char *const languageKeys[LangCount] = {"ru", "zh_CN", "en"};

QStringList list(std::initializer_list<const char *> items)
{
    QStringList result;
    for (const char *item : items)
        result.append(QString::fromUtf8(item));
    return result;
}

enum ProviderIndex { Vkcs, Storm, Alibaba, Tencent, Volc, ProviderCount };

int providerIndex(const QString &id)
{
    if (id == QLatin1String("vkcs"))
        return Vkcs;
    if (id == QLatin1String("stormbpmn"))
        return Storm;
    if (id == QLatin1String("tencent"))
        return Tencent;
    if (id == QLatin1String("volcengine"))
        return Volc;
    return Alibaba; // also a team's own providers: generic cloud subjects
}

struct Texts
{
    QStringList subjects[ProviderCount][LangCount];
    QStringList details[LangCount];
    QStringList replies[LangCount];
    QStringList questions[LangCount]; // asking the customer (then waiting)
    QStringList answers[LangCount]; // the customer's answer (resume)
    QStringList notes[LangCount];
    QStringList summaries[LangCount];
    QStringList reopenReasons[LangCount];
    QStringList severityReasons[LangCount];
    QStringList overrideReasons[LangCount];
    QStringList ruMaleFirst, ruFemaleFirst, ruMaleLast, ruFemaleLast;
    QStringList zhFamily, zhGiven;
    QStringList enFirst, enLast;
    QStringList ruCompanyForms, ruCompanyNames;
    QStringList zhCities, zhCompanyWords, zhCompanySuffixes;
    QStringList enCompanyWords, enCompanySuffixes;
    QStringList zones[LangCount];

    Texts()
    {
        subjects[Vkcs][Ru] = list({"Не запускается виртуальная машина после перезагрузки",
                                   "Kubernetes-кластер: узлы в статусе NotReady",
                                   "Ошибка 503 на балансировщике нагрузки",
                                   "Не удаётся подключиться к управляемой PostgreSQL",
                                   "Медленная загрузка файлов в объектное хранилище S3",
                                   "Снапшот диска завис в статусе creating",
                                   "Превышена квота на публичные IP-адреса",
                                   "Вопрос по тарификации исходящего трафика"});
        subjects[Vkcs][En] = list(
                {"VM does not boot after a reboot", "Kubernetes cluster: nodes stuck in NotReady",
                 "503 errors on the load balancer", "Cannot connect to managed PostgreSQL",
                 "Slow uploads to S3 object storage", "Disk snapshot stuck in \"creating\"",
                 "Public IP address quota exceeded", "Question about outbound traffic billing"});
        subjects[Vkcs][Zh] = list({"虚拟机重启后无法启动", "Kubernetes 集群节点处于 NotReady 状态",
                                   "负载均衡器返回 503 错误", "无法连接托管 PostgreSQL",
                                   "对象存储 S3 上传速度很慢", "磁盘快照一直处于创建中",
                                   "公网 IP 配额已用完", "关于出网流量计费的问题"});
        subjects[Storm][Ru] =
                list({"Не открывается редактор BPMN-схем", "Ошибка при экспорте диаграммы в PDF",
                      "Пропали комментарии к процессу", "Не приходят уведомления о согласовании",
                      "Не работает вход через SSO", "Как настроить права доступа для отдела",
                      "Медленно загружается реестр процессов",
                      "Ошибка импорта схемы из Camunda Modeler"});
        subjects[Storm][En] =
                list({"The BPMN editor does not open", "Error exporting a diagram to PDF",
                      "Comments on a process disappeared", "Approval notifications are not sent",
                      "SSO login fails", "How to set up access rights for a department",
                      "The process registry loads slowly",
                      "Importing a diagram from Camunda Modeler fails"});
        subjects[Storm][Zh] =
                list({"BPMN 编辑器无法打开", "导出流程图为 PDF 时出错", "流程评论消失了",
                      "收不到审批通知", "SSO 登录失败", "如何为部门设置访问权限", "流程库加载缓慢",
                      "从 Camunda Modeler 导入流程图失败"});
        subjects[Alibaba][Zh] =
                list({"ECS 实例无法远程连接", "OSS Bucket 访问返回 403",
                      "RDS MySQL 实例 CPU 使用率 100%", "SLB 健康检查失败", "CDN 回源流量异常增加",
                      "ACK 集群 Pod 无法拉取镜像", "域名备案进度咨询", "账单金额与预期不符"});
        subjects[Alibaba][En] = list(
                {"Cannot connect to an ECS instance", "OSS bucket access returns 403",
                 "RDS MySQL instance at 100% CPU", "SLB health checks failing",
                 "Unexpected rise in CDN origin traffic", "ACK cluster pods cannot pull images",
                 "Question about ICP filing progress", "The bill is higher than expected"});
        subjects[Alibaba][Ru] =
                list({"Нет доступа к инстансу ECS", "OSS-бакет отвечает 403",
                      "RDS MySQL: загрузка CPU 100%", "SLB: не проходят проверки состояния",
                      "Резкий рост трафика CDN к источнику", "ACK: поды не скачивают образы",
                      "Вопрос о ходе регистрации ICP", "Счёт больше ожидаемого"});
        subjects[Tencent][Zh] =
                list({"CVM 实例 SSH 连接超时", "COS 上传文件失败", "云数据库 MySQL 主从延迟过高",
                      "CLB 监听器配置不生效", "云函数 SCF 调用超时", "TKE 节点磁盘空间不足",
                      "短信服务发送失败", "发票开具问题咨询"});
        subjects[Tencent][En] =
                list({"SSH to a CVM instance times out", "COS uploads fail",
                      "TencentDB for MySQL replication lag is high",
                      "CLB listener changes do not take effect",
                      "SCF function invocations time out", "TKE node is out of disk space",
                      "SMS messages are not delivered", "Question about issuing invoices"});
        subjects[Tencent][Ru] =
                list({"Таймаут SSH к инстансу CVM", "Не загружаются файлы в COS",
                      "TencentDB MySQL: большая задержка репликации",
                      "CLB: изменения слушателя не применяются", "SCF: вызовы функций по таймауту",
                      "TKE: на узле закончилось место", "Не доставляются SMS",
                      "Вопрос по выставлению счетов"});
        subjects[Volc][Zh] =
                list({"ECS 实例突然重启", "TOS 对象存储访问缓慢", "veDB MySQL 连接数打满",
                      "CDN 更新证书后访问报错", "VKE 集群升级失败", "负载均衡 CLB 出现丢包",
                      "API 网关鉴权失败", "企业飞书群内无人响应"});
        subjects[Volc][En] =
                list({"ECS instance rebooted unexpectedly", "TOS object storage is slow",
                      "veDB MySQL connection limit reached",
                      "CDN errors after a certificate update", "VKE cluster upgrade failed",
                      "Packet loss on the CLB", "API gateway authentication fails",
                      "Nobody answers in the enterprise Feishu group"});
        subjects[Volc][Ru] =
                list({"Инстанс ECS неожиданно перезагрузился", "Медленный доступ к хранилищу TOS",
                      "veDB MySQL: исчерпан лимит соединений",
                      "Ошибки CDN после замены сертификата", "Не удалось обновить кластер VKE",
                      "Потеря пакетов на балансировщике CLB", "Ошибка аутентификации в API-шлюзе",
                      "В корпоративной группе Feishu никто не отвечает"});

        details[Ru] = list({"Проблема началась сегодня утром, затронуты все пользователи.",
                            "Воспроизводится стабильно, логи прикладываем.",
                            "Просим помочь как можно скорее: стоит работа отдела.",
                            "Ничего не меняли, всё работало ещё вчера.",
                            "Проявляется периодически, примерно раз в час."});
        details[En] = list({"It started this morning and affects all our users.",
                            "It happens every time; logs attached.",
                            "Please help as soon as possible: a whole team is blocked.",
                            "We changed nothing, it worked yesterday.",
                            "It happens intermittently, about once an hour."});
        details[Zh] = list({"今天早上开始出现，所有用户都受影响。", "每次都能复现，已附上日志。",
                            "请尽快协助处理，整个团队的工作都受阻了。",
                            "我们没有做任何变更，昨天还正常。", "问题间歇出现，大约每小时一次。"});
        replies[Ru] = list({"Здравствуйте! Спасибо за обращение, уже разбираемся.",
                            "Добрый день! Проблему видим, инженеры подключились.",
                            "Здравствуйте! Проверили: причина на нашей стороне, исправляем.",
                            "Добрый день! Передали вопрос профильной команде, вернёмся с "
                            "ответом."});
        replies[En] = list({"Hello, thank you for reaching out: we are looking into it.",
                            "Hi, we can see the problem and our engineers are on it.",
                            "Hello, we checked: the cause is on our side and a fix is under way.",
                            "Hi, we passed this to the responsible team and will get back to "
                            "you."});
        replies[Zh] =
                list({"您好，已收到您的工单，我们正在处理。", "您好，问题已确认，工程师正在排查。",
                      "您好，经排查是我们这边的原因，正在修复。",
                      "您好，已转交相关团队处理，稍后回复您。"});
        questions[Ru] = list({"Уточните, пожалуйста, ID ресурса и время, когда возникла "
                              "проблема.",
                              "Пришлите, пожалуйста, скриншот ошибки и версию браузера.",
                              "Проверьте, пожалуйста, повторяется ли проблема сейчас."});
        questions[En] = list({"Could you send the resource ID and when the problem started?",
                              "Please send a screenshot of the error and your browser version.",
                              "Could you check whether it still happens now?"});
        questions[Zh] = list({"请提供资源 ID 以及问题发生的时间。", "请提供报错截图和浏览器版本。",
                              "请确认问题现在是否仍然存在。"});
        answers[Ru] = list({"Прислали данные, проблема сохраняется.", "Скриншот во вложении.",
                            "Да, повторяется."});
        answers[En] = list({"Sent the details, it still happens.", "Screenshot attached.",
                            "Yes, it happens again."});
        answers[Zh] = list({"已提供信息，问题仍然存在。", "截图见附件。", "是的，问题依旧。"});
        notes[Ru] = list({"Похоже на известную проблему с сетевым драйвером.",
                          "Эскалировал дежурному инженеру.", "Клиент важный, держим на контроле."});
        notes[En] = list({"Looks like the known network driver issue.",
                          "Escalated to the on-call engineer.", "Key account: keep an eye on it."});
        notes[Zh] = list(
                {"疑似已知的网络驱动问题。", "已升级给值班工程师。", "重要客户，请持续跟进。"});
        summaries[Ru] = list({"Исправлено: перезапустили сервис и обновили конфигурацию.",
                              "Дали рекомендации, клиент подтвердил решение.",
                              "Исправление выкачено в продакшен."});
        summaries[En] = list({"Fixed: restarted the service and updated its configuration.",
                              "Gave recommendations; the customer confirmed it works.",
                              "The fix is deployed to production."});
        summaries[Zh] = list({"已修复：重启服务并更新了配置。", "已给出建议，客户确认问题解决。",
                              "修复已发布到生产环境。"});
        reopenReasons[Ru] = list({"Клиент сообщил, что проблема вернулась."});
        reopenReasons[En] = list({"The customer reports the problem is back."});
        reopenReasons[Zh] = list({"客户反馈问题再次出现。"});
        severityReasons[Ru] = list({"Уточнили влияние на бизнес."});
        severityReasons[En] = list({"Business impact clarified."});
        severityReasons[Zh] = list({"已确认业务影响范围。"});
        overrideReasons[Ru] = list({"Клиент согласовал перенос срока."});
        overrideReasons[En] = list({"The customer agreed to a new deadline."});
        overrideReasons[Zh] = list({"客户同意延长处理时限。"});

        ruMaleFirst = list({"Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Иван", "Николай",
                            "Павел", "Артём", "Константин", "Евгений", "Роман"});
        ruFemaleFirst = list({"Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Ирина",
                              "Юлия", "Светлана", "Ксения", "Дарья", "Алина"});
        ruMaleLast = list({"Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров",
                           "Соколов", "Михайлов", "Новиков", "Фёдоров", "Морозов", "Волков",
                           "Лебедев", "Козлов", "Орлов", "Зайцев"});
        for (const QString &m : qAsConst(ruMaleLast))
            ruFemaleLast.append(m + QStringLiteral("а"));
        zhFamily = list({"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周",
                         "徐", "孙", "马", "朱", "胡", "郭", "何", "林", "高", "罗"});
        zhGiven = list({"伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",
                        "洋",   "勇",   "艳",   "杰",   "涛",   "明",   "超",   "秀英", "晓东",
                        "建华", "志强", "海燕", "丹丹", "子涵", "浩然", "欣怡", "雨桐"});
        enFirst = list({"James", "Emily", "Michael", "Sarah", "David", "Olivia", "Daniel", "Sophie",
                        "Thomas", "Hannah", "Robert", "Laura", "William", "Grace", "Benjamin",
                        "Chloe"});
        enLast = list({"Smith",   "Johnson", "Brown",  "Taylor", "Wilson",   "Davies", "Evans",
                       "Thomas",  "Roberts", "Walker", "Wright", "Thompson", "White",  "Hughes",
                       "Edwards", "Green",   "Hall",   "Wood",   "Harris",   "Clarke"});
        ruCompanyForms = list({"ООО", "АО", "ООО", "ПАО"});
        ruCompanyNames =
                list({"Вектор", "Прогресс", "Сибирь Телеком", "ТехноСфера", "Северный ветер",
                      "Логистик Плюс", "Уральские системы", "Балтийские решения", "Цифровой город",
                      "АгроТех", "Медиа Групп", "Финансовые технологии", "Волга Софт",
                      "Стройинвест", "Кама Ритейл", "Альфа Сервис", "Невские сети", "Горизонт"});
        zhCities = list(
                {"北京", "上海", "深圳", "杭州", "广州", "成都", "南京", "武汉", "苏州", "西安"});
        zhCompanyWords = list({"云帆", "星辰", "智联", "华信", "启明", "锐思", "恒通", "博远",
                               "易达", "天成", "数科", "汇通"});
        zhCompanySuffixes =
                list({"科技有限公司", "网络科技有限公司", "信息技术有限公司", "电子商务有限公司"});
        enCompanyWords =
                list({"Northwind", "Bluepeak", "Ironclad", "Brightline", "Silverleaf", "Redwood",
                      "Greenfield", "Summit", "Harbor", "Nimbus", "Clearwater", "Oakridge"});
        enCompanySuffixes = list(
                {"Ltd", "Inc.", "Labs", "Systems", "Analytics", "Logistics", "Media", "Retail"});
        zones[Ru] = list({"Europe/Moscow", "Europe/Moscow", "Europe/Moscow", "Asia/Yekaterinburg",
                          "Asia/Novosibirsk", "Europe/Kaliningrad"});
        zones[Zh] = list({"Asia/Shanghai"});
        zones[En] = list({"Europe/London", "America/New_York", "Asia/Singapore", "Europe/Berlin",
                          "Europe/Moscow", "Asia/Shanghai"});
    }
};

const Texts &texts()
{
    static const Texts t;
    return t;
}

QString pickText(Random &random, const QStringList &items)
{
    return items.at(int(random.below(items.size())));
}

struct DemoCustomer
{
    Customer customer;
    const Plan *plan = nullptr;
    int lang = En;
};

struct ClockPlan
{
    Target target;
    WorkCalendarPtr calendar;
    bool committed() const { return target.committed && calendar; }
};

// Builds one ticket's history, event by event; refuses events at or after `now`.
class HistoryBuilder
{
public:
    HistoryBuilder(TicketRecord *ticket, Instant now)
        : m_ticket(ticket)
        , m_now(now)
    { }
    bool add(Event e)
    {
        const Instant last = m_ticket->events.isEmpty() ? e.at : m_ticket->events.last().at;
        e.at = std::max(e.at, last);
        if (e.at >= m_now)
            return false;
        e.ticketId = m_ticket->id;
        e.seq = int(m_ticket->events.size()) + 1;
        m_ticket->events.append(e);
        return true;
    }
    Instant last() const { return m_ticket->events.last().at; }

private:
    TicketRecord *m_ticket;
    Instant m_now;
};

Event event(EventKind kind, Instant at, qint64 actor, const QString &body = {})
{
    Event e;
    e.kind = kind;
    e.at = at;
    e.actorId = actor;
    e.body = body;
    return e;
}

class Generator
{
public:
    Generator(const Catalog &catalog, Instant now, const DemoOptions &options)
        : m_catalog(catalog)
        , m_now(now)
        , m_options(options)
        , m_random(options.seed)
    { }

    QVector<Agent> agents() const
    {
        const struct
        {
            const char *login;
            const char *name;
            Agent::Role role;
        } table[] = {{"m.sokolova", "Мария Соколова", Agent::Role::Lead},
                     {"a.ivanov", "Алексей Иванов", Agent::Role::Agent},
                     {"e.kuznetsova", "Екатерина Кузнецова", Agent::Role::Agent},
                     {"d.orlov", "Дмитрий Орлов", Agent::Role::Agent},
                     {"li.wei", "李伟", Agent::Role::Agent},
                     {"zhang.min", "张敏", Agent::Role::Agent},
                     {"wang.fang", "王芳", Agent::Role::Agent},
                     {"j.carter", "James Carter", Agent::Role::Agent},
                     {"s.patel", "Sarah Patel", Agent::Role::Agent}};
        QVector<Agent> result;
        for (const auto &row : table) {
            Agent a;
            a.id = result.size() + 1;
            a.login = QString::fromLatin1(row.login);
            a.displayName = QString::fromUtf8(row.name);
            a.role = row.role;
            result.append(a);
        }
        return result;
    }

    QVector<DemoCustomer> customers(qint64 count)
    {
        const Texts &t = texts();
        QVector<const Plan *> plans;
        for (const Plan &p : m_catalog.plans())
            plans.append(&p);
        QVector<DemoCustomer> result;
        for (qint64 i = 0; i < count; ++i) {
            DemoCustomer d;
            d.plan = i < plans.size() ? plans.at(int(i))
                                      : plans.at(int(m_random.below(plans.size())));
            const int provider = providerIndex(d.plan->providerId);
            const bool russian = provider == Vkcs || provider == Storm;
            if (m_random.chance(0.15))
                d.lang = En;
            else if (m_random.chance(0.05))
                d.lang = russian ? Zh : Ru;
            else
                d.lang = russian ? Ru : Zh;
            Customer &c = d.customer;
            c.id = i + 1;
            c.planId = d.plan->id;
            c.language = QString::fromLatin1(languageKeys[d.lang]);
            c.timeZone = pickText(m_random, t.zones[d.lang]).toUtf8();
            switch (d.lang) {
            case Ru: {
                const bool female = m_random.chance(0.5);
                const int last = int(m_random.below(t.ruMaleLast.size()));
                c.name = pickText(m_random, female ? t.ruFemaleFirst : t.ruMaleFirst) +
                         QLatin1Char(' ') + (female ? t.ruFemaleLast : t.ruMaleLast).at(last);
                c.company = pickText(m_random, t.ruCompanyForms) + QStringLiteral(" «") +
                            pickText(m_random, t.ruCompanyNames) + QStringLiteral("»");
                break;
            }
            case Zh:
                c.name = pickText(m_random, t.zhFamily) + pickText(m_random, t.zhGiven);
                c.company = pickText(m_random, t.zhCities) + pickText(m_random, t.zhCompanyWords) +
                            pickText(m_random, t.zhCompanySuffixes);
                break;
            default:
                c.name = pickText(m_random, t.enFirst) + QLatin1Char(' ') +
                         pickText(m_random, t.enLast);
                c.company = pickText(m_random, t.enCompanyWords) + QLatin1Char(' ') +
                            pickText(m_random, t.enCompanySuffixes);
                break;
            }
            result.append(d);
        }
        return result;
    }

    // Agents who speak the customer's language (ids from agents()).
    qint64 agentFor(int lang)
    {
        switch (lang) {
        case Ru:
            return 2 + m_random.below(3);
        case Zh:
            return 5 + m_random.below(3);
        default:
            return 8 + m_random.below(2);
        }
    }

    ClockPlan clockPlan(const Plan &plan, const QString &severity, TargetKind kind,
                        bool slaApplies) const
    {
        ClockPlan c;
        const SeverityTargets *targets = plan.targetsFor(severity);
        if (!slaApplies || !targets || !targets->target(kind).committed)
            return c;
        c.target = targets->target(kind);
        c.calendar = m_catalog.calendarFor(plan, c.target);
        return c;
    }

    // The working seconds the clock requires when it starts at `start`.
    static qint64 required(const ClockPlan &c, Instant start)
    {
        const Instant clockStart = c.calendar->nextWorkingStart(start);
        if (clockStart == InvalidInstant)
            return -1;
        return SlaClock::requiredSeconds(*c.calendar, c.target, clockStart);
    }

    // The instant `seconds` of working time after `start` (start itself if out of range).
    static Instant afterWorking(const ClockPlan &c, Instant start, qint64 seconds)
    {
        const Instant clockStart = c.calendar->nextWorkingStart(start);
        if (clockStart == InvalidInstant)
            return start + seconds;
        const Instant t = c.calendar->addWorkingTime(clockStart, std::max<qint64>(0, seconds));
        return t == InvalidInstant ? start + seconds : t;
    }

    // The instant from which `seconds` of working time lead up to now.
    Instant beforeNow(const ClockPlan &c, qint64 seconds) const
    {
        const qint64 w = c.calendar->cumulative(m_now) - seconds;
        if (w <= 0)
            return m_now - seconds;
        const Instant t = c.calendar->instantAtCumulative(w);
        return t == InvalidInstant ? m_now - seconds : t;
    }

    QString pickSeverity(const Plan &plan)
    {
        // Less severe is more common: weight 1 for the most severe, then 2, 3, …
        const int n = int(plan.severities.size());
        const int total = n * (n + 1) / 2;
        int r = int(m_random.below(total));
        for (int i = 0; i < n; ++i) {
            r -= i + 1;
            if (r < 0)
                return plan.severities.at(i);
        }
        return plan.severities.last();
    }

    TicketRecord ticket(qint64 id, const DemoCustomer &customer, bool open)
    {
        const Texts &t = texts();
        const Plan &plan = *customer.plan;
        const int lang = customer.lang;
        const int provider = providerIndex(plan.providerId);
        TicketRecord r;
        r.id = id;
        r.customerId = customer.customer.id;
        r.subject = pickText(m_random, t.subjects[provider][lang]);
        QVector<const Channel *> offered; // new tickets never come in on a retired channel
        for (const Channel &c : plan.channels) {
            if (!c.retired)
                offered.append(&c);
        }
        if (!offered.isEmpty())
            r.channel = offered.at(int(m_random.below(offered.size())))->id;
        else
            r.channel = QStringLiteral("email");
        bool slaApplies = true;
        if (const Provider *p = m_catalog.provider(plan.providerId); p && !p->stages.isEmpty()) {
            const ServiceStage *noSla = nullptr;
            const ServiceStage *withSla = nullptr;
            for (const ServiceStage &s : p->stages) {
                if (!s.sla && !noSla)
                    noSla = &s;
                if (s.sla && !withSla)
                    withSla = &s;
            }
            if (noSla && m_random.chance(0.05)) {
                r.serviceStage = noSla->code;
                slaApplies = false;
            } else if (withSla) {
                r.serviceStage = withSla->code;
            }
        }
        const QString severity = pickSeverity(plan);
        const ClockPlan response = clockPlan(plan, severity, TargetKind::Response, slaApplies);
        const ClockPlan resolution = clockPlan(plan, severity, TargetKind::Resolution, slaApplies);
        const qint64 agent = agentFor(lang);
        const QString description =
                r.subject + QStringLiteral("\n\n") + pickText(m_random, t.details[lang]);
        HistoryBuilder h(&r, m_now);

        auto created = [&](Instant at) {
            Event e = event(EventKind::Created, at, 0, description);
            e.severity = severity;
            e.planId = plan.id;
            h.add(e);
        };
        auto assigned = [&](Instant at) {
            Event e = event(EventKind::Assigned, at, agent);
            e.assigneeId = agent;
            return h.add(e);
        };
        auto waitAndMaybeResume = [&](Instant at, bool resume) {
            Event wait = event(EventKind::Status, at, agent, pickText(m_random, t.questions[lang]));
            wait.status = TicketStatus::WaitingCustomer;
            if (!h.add(wait) || !resume)
                return false;
            Event back = event(EventKind::Status, h.last() + m_random.between(1800, 2 * Day), 0,
                               pickText(m_random, t.answers[lang]));
            back.status = TicketStatus::Open;
            return h.add(back);
        };

        if (!open) {
            // A past ticket: created in the history window, mostly handled in time.
            const Instant start = m_now - m_random.between(2 * Day, m_options.historyDays * Day);
            created(start);
            Instant replyAt;
            if (response.committed()) {
                const qint64 need = required(response, start);
                const double f = m_random.chance(0.94) ? m_random.uniform(0.05, 0.8)
                                                       : m_random.uniform(1.05, 2.5);
                replyAt = afterWorking(response, start, qint64(f * double(need)));
            } else {
                replyAt = start + m_random.between(600, 6 * Hour);
            }
            if (!assigned(std::min(replyAt, start + m_random.between(60, 900))) ||
                !h.add(event(EventKind::Replied, replyAt, agent,
                             pickText(m_random, t.replies[lang]))))
                return r;
            if (m_random.chance(0.05) && plan.severities.size() > 1) {
                QString other = severity;
                while (other == severity)
                    other = plan.severities.at(int(m_random.below(plan.severities.size())));
                Event e = event(EventKind::Severity, h.last() + m_random.between(300, 3600), agent,
                                pickText(m_random, t.severityReasons[lang]));
                e.severity = other;
                if (!h.add(e))
                    return r;
            }
            Instant paused = 0; // time spent waiting on the customer
            if (m_random.chance(0.3)) {
                const Instant before = h.last() + m_random.between(600, 4 * Hour);
                if (!waitAndMaybeResume(before, true))
                    return r;
                paused = h.last() - before;
            }
            if (m_random.chance(0.2) &&
                !h.add(event(EventKind::Note, h.last() + m_random.between(60, 7200), agent,
                             pickText(m_random, t.notes[lang]))))
                return r;
            Instant resolveAt;
            if (resolution.committed()) {
                const qint64 need = required(resolution, start);
                const double f = m_random.chance(0.9) ? m_random.uniform(0.1, 0.6)
                                                      : m_random.uniform(1.0, 2.0);
                // Measured from creation; waiting on the customer does not count.
                resolveAt =
                        std::max(afterWorking(resolution, start, qint64(f * double(need))) + paused,
                                 h.last() + m_random.between(300, 1800));
            } else {
                resolveAt = h.last() + m_random.between(3600, 5 * Day);
            }
            if (!h.add(event(EventKind::Resolved, resolveAt, agent,
                             pickText(m_random, t.summaries[lang]))))
                return r;
            if (m_random.chance(0.08)) {
                if (!h.add(event(EventKind::Reopened, h.last() + m_random.between(7200, 2 * Day),
                                 agent, pickText(m_random, t.reopenReasons[lang]))) ||
                    !h.add(event(EventKind::Resolved, h.last() + m_random.between(1800, 6 * Hour),
                                 agent, pickText(m_random, t.summaries[lang]))))
                    return r;
            }
            if (m_random.chance(0.9)) {
                Event close = event(EventKind::Status, h.last() + m_random.between(86400, 3 * Day),
                                    agent);
                close.status = TicketStatus::Closed;
                h.add(close);
            }
            return r;
        }

        // An open ticket, placed relative to now: most fine, some at risk, some breached.
        const double category = m_random.real();
        const double f = category < 0.74   ? m_random.uniform(0.05, 0.7)
                         : category < 0.87 ? m_random.uniform(0.78, 0.97)
                                           : m_random.uniform(1.05, 2.5);
        const bool awaitingReply =
                !resolution.committed() ? m_random.chance(0.7) : m_random.chance(0.45);
        const ClockPlan &driver = awaitingReply ? response : resolution;
        Instant start;
        if (driver.committed()) {
            qint64 need = required(driver, m_now);
            start = beforeNow(driver, qint64(f * double(need)));
            need = required(driver, start); // business days depend on the start
            start = beforeNow(driver, qint64(f * double(need)));
        } else {
            start = m_now -
                    m_random.between(awaitingReply ? 600 : 3600, awaitingReply ? 2 * Day : 5 * Day);
        }
        start = std::max(start, m_now - m_options.historyDays * Day);
        start = std::min(start, m_now - 60);
        created(start);
        const qint64 age = m_now - start;
        if (awaitingReply) {
            if (m_random.chance(0.5))
                assigned(start + m_random.between(30, std::max<qint64>(60, age / 2)));
        } else {
            Instant replyAt;
            if (response.committed())
                replyAt = afterWorking(
                        response, start,
                        qint64(m_random.uniform(0.1, 0.8) * double(required(response, start))));
            else
                replyAt = start + qint64(m_random.uniform(0.05, 0.3) * double(age));
            replyAt = std::min(replyAt, start + age / 2);
            if (!assigned(std::min(replyAt, start + m_random.between(30, 600))) ||
                !h.add(event(EventKind::Replied, replyAt, agent,
                             pickText(m_random, t.replies[lang]))))
                return r;
            if (m_random.chance(0.1))
                h.add(event(EventKind::Note, h.last() + (m_now - h.last()) / 3, agent,
                            pickText(m_random, t.notes[lang])));
            if (m_random.chance(0.25))
                waitAndMaybeResume(h.last() + (m_now - h.last()) / 2, false);
        }
        // Now and then a lead moves a breached deadline, with the customer's consent.
        if (f > 1.0 && driver.committed() && m_random.chance(0.03)) {
            Event e = event(EventKind::DueOverride, m_now - m_random.between(60, 1800), 1,
                            pickText(m_random, t.overrideReasons[lang]));
            e.target = awaitingReply ? TargetKind::Response : TargetKind::Resolution;
            e.due = m_now + m_random.between(2 * Hour, 2 * Day);
            h.add(e);
        }
        return r;
    }

    Random &random() { return m_random; }

private:
    const Catalog &m_catalog;
    Instant m_now;
    DemoOptions m_options;
    Random m_random;
};

} // namespace

bool DemoData::generate(Connection &connection, const Catalog &catalog, qint64 now,
                        const DemoOptions &options, DemoSummary *summary, StoreError *error,
                        const std::function<void(qint64)> &progress)
{
    if (options.tickets < 0)
        return storeFail(error, StoreError::Kind::Invalid,
                         QCoreApplication::translate("store", "the number of tickets must not "
                                                              "be negative"));
    if (catalog.plans().isEmpty())
        return storeFail(error, StoreError::Kind::Invalid,
                         QCoreApplication::translate("store", "the catalog has no plans"));
    {
        QSqlQuery q = connection.query();
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM tickets) + (SELECT count(*) "
                                   "FROM customers) + (SELECT count(*) FROM agents)")) ||
            !q.next())
            return connection.fail(q, error);
        if (q.value(0).toLongLong() > 0)
            return storeFail(error, StoreError::Kind::Invalid,
                             QCoreApplication::translate(
                                     "store", "demo data goes into an empty database, and %1 "
                                              "already holds data")
                                     .arg(connection.describe()));
    }

    // The generated rows refer only to rows generated before them: on SQLite, skip the
    // per-row foreign-key lookups of the bulk write (a third of its time) and switch them back
    // on afterwards, whatever happens.
    struct ForeignKeysOff
    {
        Connection &connection;
        bool off = false;
        ~ForeignKeysOff()
        {
            if (off)
                connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), nullptr);
        }
    } foreignKeys{connection};
    if (connection.engine() == Engine::SQLite)
        foreignKeys.off = connection.exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error);

    Generator generator(catalog, now, options);
    Transaction transaction(connection);
    if (!transaction.begin(error))
        return false;
    // On a failure the transaction ends before the writer frees its prepared statements (a
    // PostgreSQL transaction that failed refuses even that).
    const auto abort = [&transaction] {
        transaction.rollback();
        return false;
    };
    BulkWriter writer(connection, catalog);
    if (!writer.prepare(error))
        return abort();
    DemoSummary counts;
    const QVector<Agent> agents = generator.agents();
    for (const Agent &a : agents) {
        if (!writer.addAgent(a, error))
            return abort();
    }
    counts.agents = agents.size();
    const qint64 customerCount =
            std::clamp<qint64>(options.tickets / 40, catalog.plans().size(), 25000);
    const QVector<DemoCustomer> customers = generator.customers(customerCount);
    for (const DemoCustomer &c : customers) {
        if (!writer.addCustomer(c.customer, error))
            return abort();
    }
    counts.customers = customers.size();

    Random &random = generator.random();
    for (qint64 id = 1; id <= options.tickets; ++id) {
        // Some customers write much more than others.
        const double u = random.real();
        const DemoCustomer &customer = customers.at(int(double(customers.size()) * u * u));
        const bool open = random.below(100) < options.openPercent;
        const TicketRecord ticket = generator.ticket(id, customer, open);
        const TicketHistory history =
                TicketHistory::replay(nullptr, ticket.serviceStage, ticket.events);
        if (!writer.addTicket(ticket, history, error))
            return abort();
        if (isOpenStatus(history.status()))
            ++counts.openTickets;
        if (progress && id % 50000 == 0)
            progress(id);
    }
    if (!writer.finish(error) || !transaction.commit(error))
        return abort();
    counts.tickets = writer.ticketsWritten();
    counts.events = writer.eventsWritten();
    if (summary)
        *summary = counts;
    return true;
}

} // namespace dueline
