<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogEditing</name>
    <message>
        <source>“%1” is not a time range like 09:00–13:00</source>
        <translation>“%1”不是 09:00–13:00 这样的时间段</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (00:00 to 24:00)</source>
        <translation>“%1”不是有效的时刻（00:00 至 24:00）</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <comment>a working interval</comment>
        <translation>%1 的结束时间早于开始时间</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <comment>two working intervals</comment>
        <translation>%1 与 %2 重叠</translation>
    </message>
    <message>
        <source>IDs use lowercase letters, digits, “-” and “_”, and start with a letter or digit.</source>
        <translation>ID 只能包含小写字母、数字、“-”和“_”，且须以字母或数字开头。</translation>
    </message>
    <message>
        <source>A new provider needs a name.</source>
        <translation>请填写新服务商的名称。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>未填写名称。</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <comment>%1 is a language, named in itself</comment>
        <translation>名称（%1）：</translation>
    </message>
</context>
<context>
    <name>CatalogEditingSession</name>
    <message>
        <source>The shared database&apos;s %1 cannot be read on its own, so it cannot be edited here.
%2</source>
        <translation>共享数据库中的 %1 无法单独读取，因此不能在此编辑。
%2</translation>
    </message>
    <message>
        <source>%1 cannot be read on its own, so it cannot be edited here. Correct or remove it, then open the editor again.
%2</source>
        <translation>%1 无法单独读取，因此不能在此编辑。请修正或删除该文件，然后重新打开编辑器。
%2</translation>
    </message>
    <message>
        <source>New severity</source>
        <translation>新严重级别</translation>
    </message>
    <message>
        <source>A plan “%1” exists already.</source>
        <translation>支持计划“%1”已存在。</translation>
    </message>
    <message>
        <source>“%1” is a built-in provider; choose an ID of your own.</source>
        <translation>“%1”是内置服务商；请使用您自己的 ID。</translation>
    </message>
    <message>
        <source>plan “%1” exists already</source>
        <translation>支持计划“%1”已存在</translation>
    </message>
    <message>
        <source>“%1” is a provider of the built-in catalog or of another file; choose an ID of your own</source>
        <translation>“%1”是内置目录或其他文件中的服务商；请使用您自己的 ID</translation>
    </message>
    <message>
        <source>A calendar “%1” exists already.</source>
        <translation>日历“%1”已存在。</translation>
    </message>
    <message>
        <source>unknown calendar “%1”</source>
        <translation>未知日历“%1”</translation>
    </message>
    <message>
        <source>calendar “%1” exists already</source>
        <translation>日历“%1”已存在</translation>
    </message>
    <message>
        <source>“%1” is still the calendar of %2; choose another calendar for them first.</source>
        <translation>“%1”仍是 %2 的日历；请先为其选择其他日历。</translation>
    </message>
    <message>
        <source>Choose one of your team&apos;s calendars first.</source>
        <translation>请先选择本团队的一个日历。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个休息日。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) were listed already and kept as they were.</source>
        <translation>
            <numerusform>%n 个日期已在列表中，保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) with a time of day are not days off and were skipped.</source>
        <translation>
            <numerusform>%n 个带具体时刻的事件不是休息日，已跳过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dueline is not connected to a shared database.</source>
        <translation>Dueline 未连接到共享数据库。</translation>
    </message>
    <message>
        <source>The shared database cannot be used: %1</source>
        <translation>无法使用共享数据库：%1</translation>
    </message>
    <message>
        <source>Only a team lead can save the catalog to the shared database; you are signed in as %1, an agent.</source>
        <translation>只有组长才能将目录保存到共享数据库；您当前以 %1（客服）身份登录。</translation>
    </message>
    <message>
        <source>Save stores your team&apos;s catalog as %1 in the shared database %2: every Dueline connected to it loads it at its next start.</source>
        <translation>“保存”会将团队目录以 %1 的名称存入共享数据库 %2：所有连接到该数据库的 Dueline 会在下次启动时加载它。</translation>
    </message>
    <message>
        <source>Save writes your team&apos;s catalog to %1 on this computer.</source>
        <translation>“保存”会将团队目录写入本机的 %1。</translation>
    </message>
    <message>
        <source>The shared database holds %1 too, and its copy is the one in use.</source>
        <translation>共享数据库中也有 %1，当前使用的是该副本。</translation>
    </message>
    <message>
        <source>Store your team&apos;s catalog in the shared database</source>
        <translation>将团队目录存入共享数据库</translation>
    </message>
    <message>
        <source>Write your team&apos;s catalog to %1</source>
        <translation>将团队目录写入 %1</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot create a temporary folder to validate the catalog</source>
        <translation>无法创建用于校验目录的临时文件夹</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>%1 min</source>
        <comment>working or wall-clock minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>working or wall-clock hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <comment>the short form of “%n business day(s)” for a narrow table cell</comment>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>remaining time of a business-day target</comment>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s) %1</source>
        <comment>the short form of “%n business day(s) %1” for a narrow table cell</comment>
        <translation>
            <numerusform>%n 个工作日 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) %1</source>
        <comment>remaining time: business days, then the working hours or minutes beyond them</comment>
        <translation>
            <numerusform>%n 个工作日 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>wall-clock days (24 h) and hours</comment>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>wall-clock days</comment>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <comment>wall-clock days, then hours</comment>
        <translation>
            <numerusform>%n 天 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>%1 does not exist yet: Dueline will create it.</source>
        <translation>%1 尚不存在：Dueline 将创建它。</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: Dueline will set it up.</source>
        <translation>已连接到 %1。数据库为空：Dueline 将对其进行初始化。</translation>
    </message>
    <message>
        <source>Connected to %1, but a newer Dueline made this database (schema %2).</source>
        <translation>已连接到 %1，但此数据库由更新版本的 Dueline 创建（架构 %2）。</translation>
    </message>
    <message>
        <source>Connected to %1, Dueline schema %2.</source>
        <translation>已连接到 %1，Dueline 架构 %2。</translation>
    </message>
</context>
<context>
    <name>CountdownDelegate</name>
    <message>
        <source>paused %1</source>
        <extracomment>A paused SLA clock in the queue: the frozen remaining time follows.</extracomment>
        <translation>暂停，剩余 %1</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <comment>an SLA clock outside working hours</comment>
        <translation>%1 恢复</translation>
    </message>
</context>
<context>
    <name>CustomerReport</name>
    <message>
        <source>%1 · %2</source>
        <comment>a provider&apos;s name and its plan&apos;s name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Not yet: waiting on the customer</source>
        <translation>尚未：等待客户</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>尚未响应</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>尚未解决</translation>
    </message>
    <message>
        <source>A lead set this due by hand.</source>
        <translation>此截止时间由组长手动设定。</translation>
    </message>
    <message>
        <source>A lead set this due by hand: %1</source>
        <translation>此截止时间由组长手动设定：%1</translation>
    </message>
    <message>
        <source>%1 of working time counted from %2</source>
        <translation>自 %2 起计入工作时间 %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of days</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>days off and their holiday&apos;s name</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>days off skipped: %1</source>
        <translation>跳过休息日：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n weekend day(s) skipped</source>
        <translation>
            <numerusform>跳过周末 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>transferred working day(s) counted: %1</source>
        <translation>
            <numerusform>计入补班日：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shortened day(s): %1</source>
        <translation>
            <numerusform>缩短工作日：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting on the customer: %1 of working time not counted (%n pause(s))</source>
        <translation>
            <numerusform>等待客户：%1 工作时间不计入（暂停 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence made of parts</comment>
        <translation>%1。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>parts of a sentence</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>SLA report</source>
        <translation>SLA 报告</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a customer&apos;s name and company</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the report&apos;s title and whom it is for</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Breached tickets</source>
        <translation>超时工单</translation>
    </message>
    <message>
        <source>No breaches</source>
        <translation>无超时</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>支持计划：%1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>统计期间：%1</translation>
    </message>
    <message>
        <source>Times are in %1</source>
        <translation>时间均为 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time zone and its abbreviation</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>数据截至 %1</translation>
    </message>
    <message>
        <source>Compliance: no ticket met or missed a target yet.</source>
        <translation>SLA 达标率：尚无工单达标或超时。</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>SLA 达标率：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) opened in the period: %1 met every target, %2 breached one, %3 still running, %4 without SLA.</source>
        <translation>
            <numerusform>本期共开立 %n 个工单：全部达标 %1 个，超时 %2 个，仍在计时 %3 个，无 SLA %4 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>SLA 目标</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Targets count working time on the calendar &quot;%1&quot; (%2).</source>
        <translation>目标按日历“%1”（%2）的工作时间计算。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a plan and a severity</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tickets and compliance</source>
        <translation>工单与达标情况</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>无 SLA</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>响应与解决时间</translation>
    </message>
    <message>
        <source>Calendar time from the ticket&apos;s creation to the first reply and to its resolution: the median and the time 90 % of the tickets did not exceed.</source>
        <translation>从工单创建到首次回复、到解决所经过的日历时间：中位数，以及 90% 的工单未超过的时间。</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>第 90 百分位</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Breaches per week</source>
        <translation>每周超时</translation>
    </message>
    <message numerus="yes">
        <source>Breaches (%n)</source>
        <comment>a heading with the count</comment>
        <translation>
            <numerusform>超时（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No target was missed in this period.</source>
        <translation>本期没有超时。</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Answered or resolved</source>
        <translation>响应或解决于</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>超时时长</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a clock and its target</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>set by a lead</source>
        <translation>由组长设定</translation>
    </message>
    <message>
        <source>Why this deadline: %1</source>
        <translation>为何是这个截止时间：%1</translation>
    </message>
    <message numerus="yes">
        <source>Dues set by a lead (%n)</source>
        <comment>a heading with the count</comment>
        <translation>
            <numerusform>组长设定的截止时间（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No due was set by hand in this period.</source>
        <translation>本期没有手动设定的截止时间。</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>设定时间</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>新截止时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>设定人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>数据计算方式</translation>
    </message>
    <message>
        <source>A ticket counts in the period it was opened in. It is met when every target it has was met, breached when one was missed (answered or resolved late, or still open past its due), still running otherwise. Compliance is met tickets out of met and breached ones. Targets count working time only: outside working hours, on days off and while the ticket waits on the customer the clock stops.</source>
        <translation>工单计入其开立所在的期间。所有目标均达成即为达标；任一目标未达成（响应或解决晚于截止时间，或超过截止时间仍未完成）即为超时；其余为计时中。达标率为达标工单在达标与超时工单中所占的比例。目标只计算工作时间：非工作时间、休息日以及等待客户期间，计时暂停。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>数据截至</translation>
    </message>
    <message>
        <source>Compliance, %</source>
        <translation>达标率（%）</translation>
    </message>
    <message>
        <source>Responses met</source>
        <translation>响应达标</translation>
    </message>
    <message>
        <source>Responses breached</source>
        <translation>响应超时</translation>
    </message>
    <message>
        <source>Resolutions met</source>
        <translation>解决达标</translation>
    </message>
    <message>
        <source>Resolutions breached</source>
        <translation>解决超时</translation>
    </message>
    <message>
        <source>Median response, s</source>
        <translation>响应时间中位数（秒）</translation>
    </message>
    <message>
        <source>90th percentile response, s</source>
        <translation>响应时间第 90 百分位（秒）</translation>
    </message>
    <message>
        <source>Median resolution, s</source>
        <translation>解决时间中位数（秒）</translation>
    </message>
    <message>
        <source>90th percentile resolution, s</source>
        <translation>解决时间第 90 百分位（秒）</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>目标时长</translation>
    </message>
    <message>
        <source>Late by, s</source>
        <translation>超时时长（秒）</translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation>由组长设定</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>为何是这个截止时间</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>周起始日</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: a PDF needs the graphical environment (QGuiApplication).</source>
        <translation>无法写入 %1：生成 PDF 需要图形环境（QGuiApplication）。</translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation>不承诺</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Open now</source>
        <translation>当前未关闭</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>No clock running</source>
        <translation>未在计时</translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation>超时预测</translation>
    </message>
    <message>
        <source>Next hour</source>
        <translation>未来 1 小时</translation>
    </message>
    <message>
        <source>Next 4 hours</source>
        <translation>未来 4 小时</translation>
    </message>
    <message>
        <source>By the end of today</source>
        <translation>今天结束前</translation>
    </message>
    <message>
        <source>%1: %2 (%3 – %4)</source>
        <translation>%1：%2（%3 – %4）</translation>
    </message>
    <message>
        <source>Compliance %</source>
        <comment>SLA compliance in percent</comment>
        <translation>SLA 达标率（%）</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>全部支持计划</translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation>每日超时</translation>
    </message>
    <message>
        <source>Response time against the target</source>
        <translation>响应时间占目标时间的比例</translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation>客服工作量</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>%1: open</source>
        <translation>%1：未关闭</translation>
    </message>
    <message>
        <source>%1: at risk</source>
        <translation>%1：即将超时</translation>
    </message>
    <message>
        <source>%1: breached</source>
        <translation>%1：已超时</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>分类</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>超过 %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>%1 (%2 here)</source>
        <comment>a time in a calendar&apos;s zone, then in the reader&apos;s</comment>
        <translation>%1（本地 %2）</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorModel</name>
    <message>
        <source>No holiday data for %1 in “%2”: weekly hours only.</source>
        <translation>日历“%2”中没有 %1 年的节假日数据：仅按每周工作时间计算。</translation>
    </message>
    <message>
        <source>Holiday data for %1 in “%2” is provisional.</source>
        <translation>日历“%2”中 %1 年的节假日数据为暂定数据。</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>不承诺</translation>
    </message>
    <message>
        <source>%1 (%2), target %3 on “%4”</source>
        <translation>%1（%2），目标 %3，按日历“%4”</translation>
    </message>
    <message>
        <source>%1 of working time counted</source>
        <translation>已计入工作时间 %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>归入级别</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应截止</translation>
    </message>
    <message>
        <source>Real wait</source>
        <translation>实际等待</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决截止</translation>
    </message>
    <message>
        <source>Real wait</source>
        <comment>resolution column</comment>
        <translation>实际等待</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>不是 iCalendar 文件（没有 BEGIN:VCALENDAR）</translation>
    </message>
    <message>
        <source>libical could not parse the file</source>
        <translation>libical 无法解析该文件</translation>
    </message>
    <message>
        <source>no VCALENDAR in the file</source>
        <translation>文件中没有 VCALENDAR</translation>
    </message>
    <message>
        <source>DTSTART is missing or invalid</source>
        <translation>DTSTART 缺失或无效</translation>
    </message>
    <message>
        <source>DTEND is not after DTSTART</source>
        <translation>DTEND 不晚于 DTSTART</translation>
    </message>
    <message>
        <source>the event lasts more than a year</source>
        <translation>该事件持续时间超过一年</translation>
    </message>
    <message>
        <source>RRULE cannot be expanded</source>
        <translation>无法展开 RRULE</translation>
    </message>
</context>
<context>
    <name>LeadTime</name>
    <message>
        <source>severity %1: %2</source>
        <comment>a severity code, a problem</comment>
        <translation>严重级别 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead time: write a working duration such as 30m, 4h or 1h30m, or a share of the target such as 10%</source>
        <translation>“%1”不是有效的预警提前量：请填写工作时长（如 30m、4h 或 1h30m），或目标时间的百分比（如 10%）</translation>
    </message>
    <message>
        <source>a lead time must be above zero</source>
        <translation>预警提前量必须大于零</translation>
    </message>
    <message>
        <source>%1 is not below 100% of the target: a ticket would be at risk from the start</source>
        <translation>%1 不小于目标时间的 100%：工单从一开始就会处于即将超时状态</translation>
    </message>
    <message>
        <source>%1 is not below the target (%2 of working time): a ticket would be at risk from the start</source>
        <translation>%1 不小于目标时间（%2 工作时间）：工单从一开始就会处于即将超时状态</translation>
    </message>
    <message>
        <source>this clock has no target, so there is no breach to warn before</source>
        <translation>此计时没有目标时间，不存在需要提前预警的超时</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>No system keychain is available on this desktop. Put the password into ~/.pgpass instead.</source>
        <translation>此桌面环境没有可用的系统钥匙串。请改为将密码写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>系统钥匙串拒绝访问。</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>系统钥匙串出错：%1</translation>
    </message>
</context>
<context>
    <name>PlanMatrixModel</name>
    <message>
        <source>P1 — business down</source>
        <translation>P1 — 业务不可用</translation>
    </message>
    <message>
        <source>P2 — important function unavailable</source>
        <translation>P2 — 重要功能不可用</translation>
    </message>
    <message>
        <source>P3 — function impaired or degraded</source>
        <translation>P3 — 功能受损或降级</translation>
    </message>
    <message>
        <source>P4 — question, consultation</source>
        <translation>P4 — 使用咨询</translation>
    </message>
    <message>
        <source>Filed as: %1</source>
        <translation>归入级别：%1</translation>
    </message>
    <message>
        <source>Counted on: %1</source>
        <translation>计时日历：%1</translation>
    </message>
    <message>
        <source>Average real wait over a week of openings: %1</source>
        <translation>按一周内各创建时刻计算的平均实际等待时间：%1</translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation>不承诺</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <source>Response %1, resolution %2</source>
        <translation>响应 %1，解决 %2</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>7×24</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>The provider&apos;s page says nothing about this.</source>
        <translation>服务商页面对此未作说明。</translation>
    </message>
    <message>
        <source>Response time by incident level</source>
        <translation>按事件级别划分的响应时间</translation>
    </message>
    <message>
        <source>Resolution time by incident level</source>
        <translation>按事件级别划分的解决时间</translation>
    </message>
    <message>
        <source>Response / resolution by the provider&apos;s severities</source>
        <translation>按服务商严重级别划分的响应 / 解决时间</translation>
    </message>
    <message>
        <source>Channels and their hours</source>
        <translation>服务渠道及其服务时间</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a provider and one of its severities</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a plan&apos;s name and its id</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PlansExport</name>
    <message>
        <source>Dueline %1 · printed %2</source>
        <comment>%1 version, %2 date and time</comment>
        <translation>Dueline %1 · 打印于 %2</translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation>%1：未写入任何内容</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>printed page footer</comment>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>the change feed stopped</source>
        <translation>变更推送已停止</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>connection state: the queue is being opened</comment>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Offline, reconnecting</source>
        <comment>connection state: the database was lost</comment>
        <translation>离线，正在重新连接</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>connection state: changes by others appear at once</comment>
        <translation>实时同步</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>connection state</comment>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Not saved: %1. The ticket was changed by someone else while the connection was lost; its current state is shown now: check it and try again.</source>
        <translation>未保存：%1。连接断开期间该工单已被他人修改；现已显示其当前状态：请检查后重试。</translation>
    </message>
    <message>
        <source>Not saved: %1. After reconnecting, the database refused it: %2</source>
        <translation>未保存：%1。重新连接后，数据库拒绝了该操作：%2</translation>
    </message>
    <message>
        <source>Ticket #%1 was changed by someone else before your action reached it, so nothing was saved. Its current state is shown now: check it and try again.</source>
        <translation>工单 #%1 在您的操作生效前已被他人修改，因此未保存任何内容。现已显示其当前状态：请检查后重试。</translation>
    </message>
    <message>
        <source>%1: it had been saved just before the connection was lost (confirmed after reconnecting, saved once).</source>
        <translation>%1：该操作在连接断开前已保存（重新连接后已确认，仅保存了一次）。</translation>
    </message>
    <message>
        <source>%1: sent again after reconnecting and saved.</source>
        <translation>%1：重新连接后已重新发送并保存。</translation>
    </message>
    <message>
        <source>Created ticket #%1</source>
        <translation>已创建工单 #%1</translation>
    </message>
    <message>
        <source>Took ticket #%1</source>
        <translation>已领取工单 #%1</translation>
    </message>
    <message>
        <source>Replied to ticket #%1</source>
        <translation>已回复工单 #%1</translation>
    </message>
    <message>
        <source>Added a note to ticket #%1</source>
        <translation>已为工单 #%1 添加备注</translation>
    </message>
    <message>
        <source>Ticket #%1 resumed; its clocks run again</source>
        <translation>工单 #%1 已恢复；其计时重新开始</translation>
    </message>
    <message>
        <source>Changed the severity of ticket #%1</source>
        <translation>已更改工单 #%1 的严重级别</translation>
    </message>
    <message>
        <source>Moved ticket #%1 to another plan</source>
        <translation>已将工单 #%1 转到其他支持计划</translation>
    </message>
    <message>
        <source>Resolved ticket #%1</source>
        <translation>工单 #%1 已解决</translation>
    </message>
    <message>
        <source>Reopened ticket #%1</source>
        <translation>工单 #%1 已重新打开</translation>
    </message>
    <message>
        <source>Set a new due instant on ticket #%1</source>
        <translation>已为工单 #%1 设定新的截止时间</translation>
    </message>
    <message>
        <source>the new ticket &quot;%1&quot;</source>
        <translation>新工单“%1”</translation>
    </message>
    <message>
        <source>taking ticket #%1</source>
        <translation>领取工单 #%1</translation>
    </message>
    <message>
        <source>your reply to ticket #%1</source>
        <translation>您对工单 #%1 的回复</translation>
    </message>
    <message>
        <source>your note on ticket #%1</source>
        <translation>您为工单 #%1 添加的备注</translation>
    </message>
    <message>
        <source>resuming ticket #%1</source>
        <translation>恢复工单 #%1</translation>
    </message>
    <message>
        <source>the severity change of ticket #%1</source>
        <translation>工单 #%1 的严重级别更改</translation>
    </message>
    <message>
        <source>the plan change of ticket #%1</source>
        <translation>工单 #%1 的支持计划更改</translation>
    </message>
    <message>
        <source>resolving ticket #%1</source>
        <translation>解决工单 #%1</translation>
    </message>
    <message>
        <source>reopening ticket #%1</source>
        <translation>重新打开工单 #%1</translation>
    </message>
    <message>
        <source>the new due instant of ticket #%1</source>
        <translation>工单 #%1 的新截止时间</translation>
    </message>
    <message>
        <source>your action on ticket #%1</source>
        <translation>您对工单 #%1 的操作</translation>
    </message>
    <message>
        <source>Connection to %1 is back; the queue is up to date.</source>
        <comment>status bar</comment>
        <translation>与 %1 的连接已恢复；队列已是最新。</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <comment>status bar</comment>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>服务器没有响应</translation>
    </message>
    <message>
        <source>The agent cannot be saved while the database is offline.</source>
        <translation>数据库离线时无法保存客服。</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>数据库未打开</translation>
    </message>
    <message>
        <source>Replied to ticket #%1; it waits on the customer and its clocks are paused</source>
        <translation>已回复工单 #%1；正在等待客户，其计时已暂停</translation>
    </message>
    <message>
        <source>Assigned ticket #%1</source>
        <translation>已分配工单 #%1</translation>
    </message>
    <message>
        <source>Undone: ticket #%1 has its assignee from before again</source>
        <translation>已撤销：工单 #%1 恢复为之前的处理人</translation>
    </message>
    <message>
        <source>your reply to ticket #%1 and waiting on the customer</source>
        <translation>您对工单 #%1 的回复及等待客户</translation>
    </message>
    <message>
        <source>assigning ticket #%1</source>
        <translation>正在分配工单 #%1</translation>
    </message>
    <message>
        <source>undoing the assignment of ticket #%1</source>
        <translation>正在撤销工单 #%1 的分配</translation>
    </message>
    <message>
        <source>Your notification settings cannot be saved while the database is offline.</source>
        <translation>数据库离线时无法保存您的通知设置。</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation>已达标</translation>
    </message>
    <message>
        <source>met late</source>
        <comment>SLA clock state</comment>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>截止：%1</translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation>由组长设定</translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation>编号</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>Next breach</source>
        <translation>下次超时</translation>
    </message>
    <message>
        <source>%1 left (%2 of working time)</source>
        <translation>剩余 %1（工作时间 %2）</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>剩余工作时间 %1</translation>
    </message>
    <message>
        <source>Breached %1 ago, %2</source>
        <comment>wall-clock time since the due instant, when</comment>
        <translation>已超时 %1，截止时间 %2</translation>
    </message>
    <message>
        <source>Paused; due %1 if resumed now</source>
        <translation>已暂停；若立即恢复，截止时间为 %1</translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation>您所在时区：%1</translation>
    </message>
    <message>
        <source>Outside working hours; resumes %1</source>
        <translation>非工作时间；%1 恢复计时</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>工作日历：%1</translation>
    </message>
</context>
<context>
    <name>TeamCatalog</name>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation>未知支持计划“%1”</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; exists already</source>
        <translation>支持计划“%1”已存在</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is built in; choose a provider id of your own</source>
        <translation>服务商“%1”为内置服务商；请使用您自己的服务商 ID</translation>
    </message>
</context>
<context>
    <name>TeamCatalogDraft</name>
    <message>
        <source>Provider “%1”: the English name is missing.</source>
        <translation>服务商“%1”：缺少英文名称。</translation>
    </message>
    <message>
        <source>Plan “%1”: the English name is missing.</source>
        <translation>支持计划“%1”：缺少英文名称。</translation>
    </message>
    <message>
        <source>Plan “%1”: choose a work calendar.</source>
        <translation>支持计划“%1”：请选择工作日历。</translation>
    </message>
    <message>
        <source>Plan “%1” needs at least one severity.</source>
        <translation>支持计划“%1”至少需要一个严重级别。</translation>
    </message>
    <message>
        <source>Plan “%1”: “%2” is not a severity code (lowercase letters, digits, “-”).</source>
        <translation>支持计划“%1”：“%2”不是有效的严重级别代码（小写字母、数字、“-”）。</translation>
    </message>
    <message>
        <source>Plan “%1”: severity “%2” is listed twice.</source>
        <translation>支持计划“%1”：严重级别“%2”重复列出。</translation>
    </message>
    <message>
        <source>Plan “%1”: P%2 is not mapped to one of its severities.</source>
        <translation>支持计划“%1”：P%2 未对应到该计划的任何严重级别。</translation>
    </message>
    <message>
        <source>Calendar “%1”: the English name is missing.</source>
        <translation>日历“%1”：缺少英文名称。</translation>
    </message>
    <message>
        <source>Calendar “%1”: unknown time zone “%2”.</source>
        <translation>日历“%1”：未知时区“%2”。</translation>
    </message>
    <message>
        <source>Calendar “%1”, %2: %3</source>
        <comment>calendar, weekday, problem</comment>
        <translation>日历“%1”，%2：%3</translation>
    </message>
    <message>
        <source>Calendar “%1” has no working hours on any day; tick “Round the clock” for 24×7.</source>
        <translation>日历“%1”每天都没有工作时间；如需 7×24，请勾选“全天候”。</translation>
    </message>
    <message>
        <source>Calendar “%1”: %2 is listed twice.</source>
        <translation>日历“%1”：日期 %2 重复列出。</translation>
    </message>
    <message>
        <source>Calendar “%1”, %2: %3</source>
        <comment>calendar, date, problem</comment>
        <translation>日历“%1”，%2：%3</translation>
    </message>
    <message>
        <source>Calendar “%1”: %2</source>
        <translation>日历“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Last change</source>
        <comment>when a finished ticket was resolved or closed</comment>
        <translation>最后更改</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Response</source>
        <comment>SLA clock</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>SLA clock</comment>
        <translation>解决</translation>
    </message>
</context>
<context>
    <name>TicketStory</name>
    <message>
        <source>%1: %2</source>
        <comment>a history sentence and the reason given for it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a support plan: the provider&apos;s name, the plan&apos;s name (Stormbpmn Team)</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>agent %1</source>
        <comment>an agent the queue does not know</comment>
        <translation>客服 %1</translation>
    </message>
    <message>
        <source>No SLA commitment: the plan %1 is not in the catalog.</source>
        <translation>无 SLA 承诺：目录中没有支持计划 %1。</translation>
    </message>
    <message>
        <source>No SLA commitment: the service is in the %1 stage, which %2 does not cover by an SLA.</source>
        <translation>无 SLA 承诺：该服务处于“%1”阶段，%2 不为此阶段提供 SLA。</translation>
    </message>
    <message>
        <source>No SLA commitment: %1 has no severity “%2”.</source>
        <translation>无 SLA 承诺：“%1”中没有严重级别“%2”。</translation>
    </message>
    <message>
        <source>No SLA commitment: %1 sets no response or resolution target for severity “%2”.</source>
        <translation>无 SLA 承诺：“%1”未对严重级别“%2”设定响应或解决目标。</translation>
    </message>
    <message>
        <source>%1 makes no response commitment for severity “%2”.</source>
        <translation>“%1”未对严重级别“%2”承诺响应时间。</translation>
    </message>
    <message>
        <source>%1 makes no resolution commitment for severity “%2”.</source>
        <translation>“%1”未对严重级别“%2”承诺解决时间。</translation>
    </message>
    <message>
        <source>Created by %1 — severity: %2, plan: %3</source>
        <translation>由 %1 创建 — 严重级别：%2，支持计划：%3</translation>
    </message>
    <message>
        <source>Created by the customer — severity: %1, plan: %2</source>
        <translation>由客户创建 — 严重级别：%1，支持计划：%2</translation>
    </message>
    <message>
        <source>Unassigned by %1</source>
        <translation>由 %1 取消分配</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>已取消分配</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>由 %1 领取</translation>
    </message>
    <message>
        <source>Assigned to %1 by %2</source>
        <translation>由 %2 分配给 %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Reply to the customer by %1</source>
        <translation>由 %1 回复客户</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>由 %1 添加的内部备注</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2 by %3</source>
        <translation>由 %3 将严重级别从“%1”改为“%2”</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation>严重级别从“%1”改为“%2”</translation>
    </message>
    <message>
        <source>Plan changed from %1 to %2 by %3, severity: %4</source>
        <translation>由 %3 将支持计划从“%1”改为“%2”，严重级别：%4</translation>
    </message>
    <message>
        <source>Plan changed from %1 to %2, severity: %3</source>
        <translation>支持计划从“%1”改为“%2”，严重级别：%3</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>由 %1 解决</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Reopened by %1</source>
        <translation>由 %1 重新打开</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>Waiting on the customer, set by %1: the SLA clocks are paused</source>
        <translation>等待客户（由 %1 设置）：SLA 计时已暂停</translation>
    </message>
    <message>
        <source>Waiting on the customer: the SLA clocks are paused</source>
        <translation>等待客户：SLA 计时已暂停</translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation>由 %1 关闭</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Resumed by %1: the SLA clocks run again</source>
        <translation>由 %1 恢复处理：SLA 计时重新开始</translation>
    </message>
    <message>
        <source>Resumed: the SLA clocks run again</source>
        <translation>已恢复处理：SLA 计时重新开始</translation>
    </message>
    <message>
        <source>Response due set to %1</source>
        <translation>响应截止时间改为 %1</translation>
    </message>
    <message>
        <source>Resolution due set to %1</source>
        <translation>解决截止时间改为 %1</translation>
    </message>
    <message>
        <source>Response due set to %1 by %2</source>
        <translation>由 %2 将响应截止时间改为 %1</translation>
    </message>
    <message>
        <source>Resolution due set to %1 by %2</source>
        <translation>由 %2 将解决截止时间改为 %1</translation>
    </message>
    <message>
        <source>%1 undid their assignment: unassigned again</source>
        <translation>%1 撤销了自己的分配：重新变为未分配</translation>
    </message>
    <message>
        <source>%1 undid their assignment: back to %2</source>
        <translation>%1 撤销了自己的分配：恢复为 %2</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Benchmarks: &quot;bench sla&quot; measures due computations per second.</source>
        <translation>基准测试：“bench sla”测量每秒可完成的截止时间计算次数。</translation>
    </message>
    <message>
        <source>What to measure: sla.</source>
        <translation>测量对象：sla。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Distinct random cases (default 1000000).</source>
        <translation>不同随机用例的数量（默认 1000000）。</translation>
    </message>
    <message>
        <source>Passes over the cases (default 5).</source>
        <translation>遍历用例的轮数（默认 5）。</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>随机种子（默认 1）。</translation>
    </message>
    <message>
        <source>Also write the cases as &quot;start_epoch working_seconds due_epoch&quot; lines, for other engines.</source>
        <translation>同时将用例写成“start_epoch working_seconds due_epoch”格式的行，供其他引擎使用。</translation>
    </message>
    <message>
        <source>expected &quot;bench sla&quot;</source>
        <translation>应为“bench sla”</translation>
    </message>
    <message>
        <source>--count: expected a positive number</source>
        <translation>--count：应为正数</translation>
    </message>
    <message>
        <source>--rounds: expected a positive number</source>
        <translation>--rounds：应为正数</translation>
    </message>
    <message>
        <source>Usage: dueline-cli COMMAND [OPTIONS]</source>
        <translation>用法：dueline-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Dueline: SLA deadlines, plans and tickets from the command line.</source>
        <translation>Dueline：在命令行中处理 SLA 截止时间、支持计划和工单。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>显示此帮助；放在命令名之后则显示该命令的帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Run &quot;dueline-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>运行“dueline-cli 命令 --help”可查看某个命令的选项。</translation>
    </message>
    <message>
        <source>dueline-cli: unknown command &quot;%1&quot; (see dueline-cli --help)</source>
        <translation>dueline-cli：未知命令“%1”（参见 dueline-cli --help）</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>An extra catalog or holiday file (repeatable).</source>
        <translation>额外的目录文件或节假日文件（可重复指定）。</translation>
    </message>
    <message>
        <source>Usage: dueline-cli %1 [options]</source>
        <translation>用法：dueline-cli %1 [选项]</translation>
    </message>
    <message>
        <source>Compare the real deadlines every plan gives for one incident.</source>
        <translation>比较各支持计划对同一事件给出的实际截止时间。</translation>
    </message>
    <message>
        <source>Incident level: P1 business down, P2 important function unavailable, P3 function impaired, P4 question.</source>
        <translation>事件级别：P1 业务不可用，P2 重要功能不可用，P3 功能受损，P4 使用咨询。</translation>
    </message>
    <message>
        <source>When the incident is opened, ISO 8601 with a UTC offset (or give --tz).</source>
        <translation>事件的创建时间，ISO 8601 格式并带 UTC 偏移（或指定 --tz）。</translation>
    </message>
    <message>
        <source>Time zone for an --opened without offset (e.g. Europe/Moscow).</source>
        <translation>--opened 不带偏移时使用的时区（例如 Europe/Moscow）。</translation>
    </message>
    <message>
        <source>Only these plans (repeatable).</source>
        <translation>仅限这些支持计划（可重复指定）。</translation>
    </message>
    <message>
        <source>Show why each deadline falls where it does.</source>
        <translation>说明每个截止时间为何落在该时刻。</translation>
    </message>
    <message>
        <source>Language of names in text output (en, ru, zh_CN).</source>
        <translation>文本输出中名称所用的语言（en、ru、zh_CN）。</translation>
    </message>
    <message>
        <source>--level and --opened are required</source>
        <translation>必须指定 --level 和 --opened</translation>
    </message>
    <message>
        <source>--level: expected P1, P2, P3 or P4, got &quot;%1&quot;</source>
        <translation>--level：应为 P1、P2、P3 或 P4，实际为“%1”</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &quot;%1&quot;</source>
        <translation>--tz：未知时区“%1”</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot; (see dueline-cli plans)</source>
        <translation>未知支持计划“%1”（参见 dueline-cli plans）</translation>
    </message>
    <message>
        <source>Level P%1, opened %2</source>
        <translation>级别 P%1，创建于 %2</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>RESPONSE DUE</source>
        <translation>响应截止</translation>
    </message>
    <message>
        <source>RESOLUTION DUE</source>
        <translation>解决截止</translation>
    </message>
    <message>
        <source>Compute the due instants of a ticket under a plan.</source>
        <translation>按支持计划计算工单的截止时间。</translation>
    </message>
    <message>
        <source>Plan id or alias (e.g. stormbpmn/enterprise, L3).</source>
        <translation>支持计划的 ID 或别名（例如 stormbpmn/enterprise、L3）。</translation>
    </message>
    <message>
        <source>Severity code of the plan&apos;s provider (e.g. critical).</source>
        <translation>该计划所属服务商的严重级别代码（例如 critical）。</translation>
    </message>
    <message>
        <source>When the ticket was opened, ISO 8601; without an offset it is read in the plan calendar&apos;s time zone.</source>
        <translation>工单的创建时间，ISO 8601 格式；不带偏移时按该计划日历的时区解析。</translation>
    </message>
    <message>
        <source>A pause (waiting on the customer), FROM/TO in ISO 8601; repeatable.</source>
        <translation>暂停（等待客户），格式为 FROM/TO，采用 ISO 8601；可重复指定。</translation>
    </message>
    <message>
        <source>Service stage of the ticket&apos;s service (e.g. preview: no SLA).</source>
        <translation>工单所涉服务的阶段（例如 preview：无 SLA）。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须指定 --%1</translation>
    </message>
    <message>
        <source>plan %1 has no severity &quot;%2&quot; (it has: %3)</source>
        <translation>支持计划 %1 没有严重级别“%2”（可用：%3）</translation>
    </message>
    <message>
        <source>provider %1 has no service stage &quot;%2&quot;</source>
        <translation>服务商 %1 没有服务阶段“%2”</translation>
    </message>
    <message>
        <source>--pause %1: expected FROM/TO</source>
        <translation>--pause %1：应为 FROM/TO</translation>
    </message>
    <message>
        <source>--pause %1: ends before it starts</source>
        <translation>--pause %1：结束时间早于开始时间</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>支持计划：</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>严重级别：</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>不承诺</translation>
    </message>
    <message>
        <source>no SLA for this service stage</source>
        <translation>该服务阶段不提供 SLA</translation>
    </message>
    <message>
        <source>of working time on %1</source>
        <translation>工作时间（日历 %1）</translation>
    </message>
    <message>
        <source>Why this deadline:</source>
        <translation>为何是这个截止时间：</translation>
    </message>
    <message>
        <source>List the support plans of the catalog with their SLA targets.</source>
        <translation>列出目录中的支持计划及其 SLA 目标。</translation>
    </message>
    <message>
        <source>response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-01-12T11:00:00+03:00)</source>
        <translation>“%1”不是 ISO 8601 日期时间（例如 2026-01-12T11:00:00+03:00）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>“%1”不是有效的日期和时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies outside the supported years %2-%3</source>
        <translation>“%1”超出了支持的年份范围 %2-%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a UTC offset (e.g. +03:00 or Z)</source>
        <translation>“%1”需要 UTC 偏移（例如 +03:00 或 Z）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid UTC offset</source>
        <translation>“%1”的 UTC 偏移无效</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <source>outside hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>shortened day</source>
        <translation>缩短工作日</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>%1 has no Dueline schema; create it with &quot;dueline-cli db init&quot;</source>
        <translation>%1 中没有 Dueline 架构；请用“dueline-cli db init”创建</translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date</source>
        <translation>%1：架构版本 %2，已是最新</translation>
    </message>
    <message>
        <source>%1: schema version %2 (%3 → %2)</source>
        <translation>%1：架构版本 %2（%3 → %2）</translation>
    </message>
    <message>
        <source>Fill an empty database with demo customers, agents and tickets.</source>
        <translation>用演示客户、客服和工单填充空数据库。</translation>
    </message>
    <message>
        <source>How many tickets.</source>
        <translation>工单数量。</translation>
    </message>
    <message>
        <source>Random seed: the same seed and time give the same data (default 1).</source>
        <translation>随机种子：相同的种子和时间会生成相同的数据（默认 1）。</translation>
    </message>
    <message>
        <source>Percentage of tickets still open (default 15).</source>
        <translation>仍未关闭的工单所占百分比（默认 15）。</translation>
    </message>
    <message>
        <source>--tickets is required</source>
        <translation>必须指定 --tickets</translation>
    </message>
    <message>
        <source>--tickets: expected a number from 0 to 100000000</source>
        <translation>--tickets：应为 0 到 100000000 之间的数字</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number</source>
        <translation>--seed：应为非负数</translation>
    </message>
    <message>
        <source>--open: expected a percentage from 0 to 100</source>
        <translation>--open：应为 0 到 100 之间的百分比</translation>
    </message>
    <message>
        <source>%1: %2 tickets (%3 open), %4 events, %5 customers, %6 agents in %7 s (%8 tickets/s)</source>
        <translation>%1：%2 个工单（%3 个未关闭）、%4 个事件、%5 个客户、%6 名客服，用时 %7 秒（每秒 %8 个工单）</translation>
    </message>
    <message>
        <source>Export agents, customers and tickets with their events as CSV or JSON.</source>
        <translation>将客服、客户和工单及其事件导出为 CSV 或 JSON。</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv 或 json。</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>写入 FILE 而不是标准输出。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>--format: expected csv or json</source>
        <translation>--format：应为 csv 或 json</translation>
    </message>
    <message>
        <source>Import agents, customers and tickets from a CSV or JSON file (all or nothing).</source>
        <translation>从 CSV 或 JSON 文件导入客服、客户和工单（要么全部导入，要么全部不导入）。</translation>
    </message>
    <message>
        <source>expected one FILE.csv or FILE.json</source>
        <translation>应指定一个 FILE.csv 或 FILE.json</translation>
    </message>
    <message>
        <source>%1: expected a .csv or .json file</source>
        <translation>%1：应为 .csv 或 .json 文件</translation>
    </message>
    <message>
        <source>%1: imported %2 tickets, %3 events, %4 customers, %5 agents into %6</source>
        <translation>%1：已导入 %2 个工单、%3 个事件、%4 个客户、%5 名客服到 %6</translation>
    </message>
    <message>
        <source>The open tickets by next breach, with each clock&apos;s due, remaining working time and state.</source>
        <translation>按下次超时时间排列的未关闭工单，列出每个 SLA 计时的截止时间、剩余工作时间和状态。</translation>
    </message>
    <message>
        <source>Evaluate the clocks at this instant, ISO 8601 with an offset (default: now on the database&apos;s clock).</source>
        <translation>按此时刻计算各计时，ISO 8601 格式并带偏移（默认：数据库时钟的当前时间）。</translation>
    </message>
    <message>
        <source>%1 open tickets at %2, by next breach</source>
        <translation>%2 时共有 %1 个未关闭工单，按下次超时时间排列</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>“%1”不是有效日期</translation>
    </message>
    <message>
        <source>Judge open clocks at this instant (default: now).</source>
        <translation>按此时刻评估仍在计时的 SLA（默认：现在）。</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to 早于 --from</translation>
    </message>
    <message>
        <source>Tickets created %1 – %2, judged at %3</source>
        <translation>%1 – %2 创建的工单，评估时间 %3</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>工单数</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>无 SLA</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>median response</source>
        <translation>响应中位数</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://user@host:port/db?sslmode=… (default: DUELINE_DB, else dueline.sqlite in the data folder).</source>
        <translation>数据库 URL：sqlite:路径 或 postgresql://user@host:port/db?sslmode=…（默认：DUELINE_DB，否则为数据文件夹中的 dueline.sqlite）。</translation>
    </message>
    <message>
        <source>Place the tickets relative to this instant, ISO 8601 with an offset (default: now on the database&apos;s clock).</source>
        <translation>以此时刻为基准放置工单，ISO 8601 格式并带偏移（默认：数据库时钟的当前时间）。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures: compliance, breaches, open tickets, forecast.</source>
        <translation>仪表板数据：达标率、超时、未关闭工单、预测。</translation>
    </message>
    <message>
        <source>Only this provider&apos;s tickets.</source>
        <translation>仅限该服务商的工单。</translation>
    </message>
    <message>
        <source>Only this plan&apos;s tickets.</source>
        <translation>仅限该支持计划的工单。</translation>
    </message>
    <message>
        <source>Only tickets of this severity.</source>
        <translation>仅限该严重级别的工单。</translation>
    </message>
    <message>
        <source>Only tickets assigned to this agent (login or id; &quot;none&quot;: unassigned).</source>
        <translation>仅限分配给该客服的工单（登录名或 ID；“none”表示未分配）。</translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;</source>
        <translation>--provider：未知服务商“%1”</translation>
    </message>
    <message>
        <source>--plan: unknown plan &quot;%1&quot;</source>
        <translation>--plan：未知支持计划“%1”</translation>
    </message>
    <message>
        <source>--agent: unknown agent &quot;%1&quot;</source>
        <translation>--agent：未知客服“%1”</translation>
    </message>
    <message>
        <source>Breaches in the period: %1</source>
        <translation>该时段内超时：%1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Response time against the target:</source>
        <translation>响应时间占目标时间的比例：</translation>
    </message>
    <message>
        <source>up to %1 %</source>
        <translation>不超过 %1%</translation>
    </message>
    <message>
        <source>over %1 %</source>
        <translation>超过 %1%</translation>
    </message>
    <message>
        <source>Open now: %1 (running %2, at risk %3, breached %4, paused %5, no clock %6)</source>
        <translation>当前未关闭：%1（计时中 %2，即将超时 %3，已超时 %4，已暂停 %5，无计时 %6）</translation>
    </message>
    <message>
        <source>Breaching in the next hour: %1, next 4 hours: %2, by the end of today: %3</source>
        <translation>未来 1 小时内将超时：%1，未来 4 小时内：%2，今天结束前：%3</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>（未分配）</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.json (see the README for the columns).</source>
        <translation>FILE.csv 或 FILE.json（列的说明见 README）。</translation>
    </message>
    <message>
        <source>warning: a team catalog file in the database was not loaded: %1</source>
        <translation>警告：数据库中的一个团队目录文件未能加载：%1</translation>
    </message>
    <message>
        <source>With init on PostgreSQL: also create the roles dueline_owner, dueline_agent and dueline_lead and hand the schema to the owner (run as a superuser or a role with CREATEROLE).</source>
        <translation>用于 PostgreSQL 上的 init：同时创建角色 dueline_owner、dueline_agent 和 dueline_lead，并将架构移交给所有者角色（须以超级用户或具有 CREATEROLE 权限的角色运行）。</translation>
    </message>
    <message>
        <source>With add-user: agent or lead.</source>
        <translation>用于 add-user：agent 或 lead。</translation>
    </message>
    <message>
        <source>With add-user: the name people see.</source>
        <translation>用于 add-user：显示名称。</translation>
    </message>
    <message>
        <source>With add-user: read the new password from the first line of standard input (otherwise one is generated and printed once).</source>
        <translation>用于 add-user：从标准输入的第一行读取新密码（否则将生成一个密码并仅显示一次）。</translation>
    </message>
    <message>
        <source>expected &quot;db init&quot;, &quot;db migrate&quot;, &quot;db check&quot; or &quot;db add-user LOGIN --role agent|lead&quot;</source>
        <translation>应为“db init”、“db migrate”、“db check”或“db add-user 登录名 --role agent|lead”</translation>
    </message>
    <message>
        <source>--admin goes with &quot;db init&quot; only</source>
        <translation>--admin 只能与“db init”一起使用</translation>
    </message>
    <message>
        <source>%1: schema version %2 (%3 → %2), owned by %4; agents log in as members of %5, leads of %6</source>
        <translation>%1：架构版本 %2（%3 → %2），所有者为 %4；客服以 %5 成员身份登录，组长以 %6 成员身份登录</translation>
    </message>
    <message>
        <source>ticket #%1: %2: stored %3, the event log says %4</source>
        <translation>工单 #%1：%2：存储值为 %3，事件日志为 %4</translation>
    </message>
    <message>
        <source>%1: %2 differences between the tickets and their event logs (tickets checked: %3)</source>
        <translation>%1：工单与其事件日志之间有 %2 处不一致（已检查工单：%3）</translation>
    </message>
    <message>
        <source>%1: storage intact; tickets checked: %2, events: %3; every ticket matches its event log</source>
        <translation>%1：存储完好；已检查工单 %2 个、事件 %3 个；所有工单均与其事件日志一致</translation>
    </message>
    <message>
        <source>expected &quot;db add-user LOGIN --role agent|lead&quot;</source>
        <translation>应为“db add-user 登录名 --role agent|lead”</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>无法从标准输入读取密码</translation>
    </message>
    <message>
        <source>%1: %2 can log in as a team lead</source>
        <translation>%1：%2 现在可以作为组长登录</translation>
    </message>
    <message>
        <source>%1: %2 can log in as an agent</source>
        <translation>%1：%2 现在可以作为客服登录</translation>
    </message>
    <message>
        <source>password (shown once, keep it in a password manager): %1</source>
        <translation>密码（仅显示一次，请保存到密码管理器中）：%1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration: days</comment>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration: hours</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>With add-user: take over an existing role that is not a Dueline user yet (its password is replaced). Superusers, roles with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS and the dueline_ roles are never changed.</source>
        <translation>用于 add-user：接管一个尚不是 Dueline 用户的现有角色（其密码将被替换）。超级用户、具有 CREATEROLE、CREATEDB、REPLICATION 或 BYPASSRLS 权限的角色以及 dueline_ 角色永远不会被更改。</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL server on another computer without verifying its certificate (an sslmode other than verify-full).</source>
        <translation>连接其他计算机上的 PostgreSQL 服务器时不验证其证书（sslmode 不是 verify-full）。</translation>
    </message>
    <message>
        <source>%1; or pass --allow-insecure-tls to connect anyway</source>
        <translation>%1；或使用 --allow-insecure-tls 仍然连接</translation>
    </message>
    <message>
        <source>warning: the certificate of %1 is not verified (--allow-insecure-tls)</source>
        <translation>警告：未验证 %1 的证书（--allow-insecure-tls）</translation>
    </message>
    <message>
        <source>Create the database (&quot;db init&quot;, with --admin also the roles of a shared server), bring its schema up to date (&quot;db migrate&quot;), add a login (&quot;db add-user&quot;), check every ticket against its event log (&quot;db check&quot;) or rewrite what differs (&quot;db repair&quot;).</source>
        <translation>创建数据库（“db init”，加 --admin 时还会创建共享服务器的角色）、将其架构更新到最新（“db migrate”）、添加登录名（“db add-user”）、按事件日志核对每个工单（“db check”）或重写不一致之处（“db repair”）。</translation>
    </message>
    <message>
        <source>init, migrate, add-user LOGIN, check or repair.</source>
        <translation>init、migrate、add-user 登录名、check 或 repair。</translation>
    </message>
    <message>
        <source>With check and repair: print the result as JSON.</source>
        <translation>用于 check 和 repair：以 JSON 格式输出结果。</translation>
    </message>
    <message>
        <source>ticket #%1: %2: %3 → %4</source>
        <translation>工单 #%1：%2：%3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) rewritten from their event logs</source>
        <translation>
            <numerusform>%1：已按事件日志重写 %n 个工单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have a broken event log and were left as they are; restore them from a backup</source>
        <translation>
            <numerusform>%n 个工单的事件日志已损坏，保持原样未改；请从备份中恢复</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds plan %2, which the shared database does not have: on a shared server only the catalog stored in the database counts (a lead adds plans with Plans ▸ Edit Catalog…); remove the file or connect to a SQLite file</source>
        <translation>%1 添加了支持计划 %2，但共享数据库中没有该计划：在共享服务器上只有数据库中存储的目录有效（由组长通过“支持计划 ▸ 编辑目录…”添加计划）；请删除该文件或连接到 SQLite 文件</translation>
    </message>
    <message>
        <source>The agents of the database: list them, add one, rename, deactivate or activate one, or choose who you are on this database (&quot;agent use&quot;).</source>
        <translation>数据库中的客服：列出、添加、重命名、停用或启用客服，或选择您在此数据库中的身份（“agent use”）。</translation>
    </message>
    <message>
        <source>list, add LOGIN, rename LOGIN NAME, deactivate LOGIN, activate LOGIN or use LOGIN.</source>
        <translation>list、add 登录名、rename 登录名 名称、deactivate 登录名、activate 登录名或 use 登录名。</translation>
    </message>
    <message>
        <source>With add: the name people see.</source>
        <translation>用于 add：显示名称。</translation>
    </message>
    <message>
        <source>With add: agent (default) or lead.</source>
        <translation>用于 add：agent（默认）或 lead。</translation>
    </message>
    <message>
        <source>With list: print one JSON object.</source>
        <translation>用于 list：输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>expected &quot;agent list&quot;, &quot;agent add LOGIN&quot;, &quot;agent rename LOGIN NAME&quot;, &quot;agent deactivate LOGIN&quot;, &quot;agent activate LOGIN&quot; or &quot;agent use LOGIN&quot;</source>
        <translation>应为“agent list”、“agent add 登录名”、“agent rename 登录名 名称”、“agent deactivate 登录名”、“agent activate 登录名”或“agent use 登录名”</translation>
    </message>
    <message>
        <source>--role: expected agent or lead, not &quot;%1&quot;</source>
        <translation>--role：应为 agent 或 lead，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>%1 已改名为 %2</translation>
    </message>
    <message>
        <source>%1 (%2) is already active</source>
        <translation>%1（%2）已处于启用状态</translation>
    </message>
    <message>
        <source>%1 (%2) is already deactivated</source>
        <translation>%1（%2）已处于停用状态</translation>
    </message>
    <message>
        <source>%1 (%2) is active again</source>
        <translation>%1（%2）已重新启用</translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated: no tickets are assigned to them and they cannot act; their name stays in the history</source>
        <translation>%1（%2）已停用：不再向其分配工单，也无法处理工单；其名称仍保留在历史记录中</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>on a shared server, add people with &quot;dueline-cli db add-user LOGIN --role agent|lead&quot; (it makes their login too)</source>
        <translation>在共享服务器上，请用“dueline-cli db add-user 登录名 --role agent|lead”添加人员（该命令同时创建其登录名）</translation>
    </message>
    <message>
        <source>there is an agent with the login %1 already</source>
        <translation>已存在登录名为 %1 的客服</translation>
    </message>
    <message>
        <source>%1: added %2 as a team lead</source>
        <translation>%1：已添加组长 %2</translation>
    </message>
    <message>
        <source>%1: added %2 as an agent</source>
        <translation>%1：已添加客服 %2</translation>
    </message>
    <message>
        <source>you are logged in to this server as %1, and the login decides who you are</source>
        <translation>您以 %1 身份登录此服务器，您的身份由登录名决定</translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated and cannot act</source>
        <translation>%1（%2）已停用，无法进行操作</translation>
    </message>
    <message>
        <source>You are %1 (%2) on %3, in dueline-cli and in Dueline</source>
        <translation>在 %3 中，您的身份是 %1（%2），dueline-cli 和 Dueline 均适用</translation>
    </message>
    <message>
        <source>--as %1: %2 is deactivated</source>
        <translation>--as %1：%2 已停用</translation>
    </message>
    <message>
        <source>--as %1: there is no agent with this login (see dueline-cli agent list)</source>
        <translation>--as %1：没有使用此登录名的客服（参见 dueline-cli agent list）</translation>
    </message>
    <message>
        <source>%1 (%2), remembered for this database, is deactivated; choose someone else with &quot;dueline-cli agent use LOGIN&quot;</source>
        <translation>为此数据库记住的 %1（%2）已停用；请用“dueline-cli agent use 登录名”另选他人</translation>
    </message>
    <message>
        <source>%1, remembered for this database, is no agent of it; choose someone with &quot;dueline-cli agent use LOGIN&quot;</source>
        <translation>为此数据库记住的 %1 不是该数据库的客服；请用“dueline-cli agent use 登录名”选择身份</translation>
    </message>
    <message>
        <source>the server login %1 (%2) is deactivated in this database</source>
        <translation>服务器登录名 %1（%2）在此数据库中已停用</translation>
    </message>
    <message>
        <source>the server login %1 is no agent of this database</source>
        <translation>服务器登录名 %1 不是此数据库的客服</translation>
    </message>
    <message>
        <source>nobody chosen for this database yet</source>
        <translation>尚未为此数据库选择身份</translation>
    </message>
    <message>
        <source>remembered for this database</source>
        <translation>为此数据库记住的身份</translation>
    </message>
    <message>
        <source>given with --as</source>
        <translation>由 --as 指定</translation>
    </message>
    <message>
        <source>the server login decides</source>
        <translation>由服务器登录名决定</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>a role</comment>
        <translation>客服</translation>
    </message>
    <message>
        <source>Act as this agent instead of the person remembered for the database (on a shared server, the login decides).</source>
        <translation>以此客服的身份操作，而非为数据库记住的身份（在共享服务器上由登录名决定）。</translation>
    </message>
    <message>
        <source>--as %1: you are logged in to this server as %2, and the login decides who you are</source>
        <translation>--as %1：您以 %2 身份登录此服务器，您的身份由登录名决定</translation>
    </message>
    <message>
        <source>nobody is chosen for this database yet: run &quot;dueline-cli agent use LOGIN&quot; or pass --as LOGIN</source>
        <translation>尚未为此数据库选择身份：请运行“dueline-cli agent use 登录名”或指定 --as 登录名</translation>
    </message>
    <message>
        <source>there is no agent with the login %1 (see dueline-cli agent list)</source>
        <translation>没有登录名为 %1 的客服（参见 dueline-cli agent list）</translation>
    </message>
    <message>
        <source>Only the tickets assigned to me (see dueline-cli whoami).</source>
        <translation>仅显示分配给我的工单（参见 dueline-cli whoami）。</translation>
    </message>
    <message>
        <source>%1 open tickets assigned to %3 at %2, by next breach</source>
        <translation>%2 时分配给 %3 的未关闭工单共 %1 个，按下次超时时间排列</translation>
    </message>
    <message>
        <source>Show one ticket whatever its status: its details, both SLA clocks with why each deadline falls where it does, and its whole history.</source>
        <translation>显示一个工单（无论其状态如何）：详细信息、两个 SLA 计时及每个截止时间的由来，以及完整的历史记录。</translation>
    </message>
    <message>
        <source>show N.</source>
        <translation>show N（工单编号）。</translation>
    </message>
    <message>
        <source>expected &quot;ticket show N&quot;</source>
        <translation>应为“ticket show N”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket number</source>
        <translation>“%1”不是工单编号</translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation>不存在工单 #%1</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>处理人：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Service stage:</source>
        <translation>服务阶段：</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前时间：</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>工单 #%1：%2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>you</source>
        <translation>即您本人</translation>
    </message>
    <message>
        <source>Why this deadline (times in %1):</source>
        <translation>为何是这个截止时间（时间为 %1）：</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>due if resumed now %1</source>
        <translation>若现在恢复，截止于 %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>截止于 %1</translation>
    </message>
    <message>
        <source>met at %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>%1 past due</source>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>剩余工作时间 %1</translation>
    </message>
    <message>
        <source>set by a lead</source>
        <translation>由组长设定</translation>
    </message>
    <message>
        <source>new</source>
        <comment>ticket status</comment>
        <translation>新建</translation>
    </message>
    <message>
        <source>open</source>
        <comment>ticket status</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <comment>ticket status</comment>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>ticket status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>not applicable</source>
        <comment>SLA clock state</comment>
        <translation>不适用</translation>
    </message>
    <message>
        <source>running</source>
        <comment>SLA clock state</comment>
        <translation>计时中</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <comment>SLA clock state</comment>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>SLA clock state</comment>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>breached</source>
        <comment>SLA clock state</comment>
        <translation>已超时</translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation>已达标</translation>
    </message>
    <message>
        <source>met late</source>
        <comment>SLA clock state</comment>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation>客户或系统</translation>
    </message>
    <message>
        <source>%1 (%2, deactivated)</source>
        <translation>%1（%2，已停用）</translation>
    </message>
    <message>
        <source>created (%1, %2)</source>
        <translation>已创建（%1，%2）</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>已取消分配</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>replied to the customer</source>
        <translation>已回复客户</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>resumed</source>
        <comment>history event</comment>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>severity changed to %1</source>
        <translation>严重级别改为 %1</translation>
    </message>
    <message>
        <source>plan changed to %1 (%2)</source>
        <translation>支持计划改为 %1（%2）</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>history event</comment>
        <translation>已重新打开</translation>
    </message>
    <message>
        <source>response due set to %1</source>
        <translation>响应截止时间设为 %1</translation>
    </message>
    <message>
        <source>resolution due set to %1</source>
        <translation>解决截止时间设为 %1</translation>
    </message>
    <message>
        <source>Who dueline-cli acts as on the database, and why: remembered, --as or the server login.</source>
        <translation>dueline-cli 在数据库中以谁的身份操作及原因：记住的身份、--as 或服务器登录名。</translation>
    </message>
    <message>
        <source>%1 (%2, %3) on %4: %5</source>
        <translation>在 %4 上为 %1（%2，%3）：%5</translation>
    </message>
    <message>
        <source>%1 left, %2 of working time</source>
        <translation>剩余 %1，即工作时间 %2</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, in --tz) or an ISO 8601 instant.</source>
        <translation>第一天（YYYY-MM-DD，按 --tz 时区）或 ISO 8601 时刻。</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD, in --tz), or an ISO 8601 instant (excluded).</source>
        <translation>最后一天，含当天（YYYY-MM-DD，按 --tz 时区），或 ISO 8601 时刻（不含）。</translation>
    </message>
    <message>
        <source>Time zone of the days and of --from and --to dates (IANA name, default UTC).</source>
        <translation>按天统计及 --from、--to 日期所用的时区（IANA 名称，默认 UTC）。</translation>
    </message>
    <message>
        <source>the response due time falls outside the supported years %1-%2</source>
        <translation>响应截止时间超出了支持的年份范围 %1-%2</translation>
    </message>
    <message>
        <source>the resolution due time falls outside the supported years %1-%2</source>
        <translation>解决截止时间超出了支持的年份范围 %1-%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer and a ticket&apos;s subject</comment>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 ticket(s) breach during %2 (%3 – %4) unless answered by %5</source>
        <translation>
            <numerusform>%1 的 %n 个工单将在“%2”（%3 – %4）期间超时，除非在 %5 前响应</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA report of this customer (id) for --pdf and --csv; days in the customer&apos;s time zone.</source>
        <translation>该客户（id）的 SLA 报告，配合 --pdf 和 --csv；日期按客户时区。</translation>
    </message>
    <message>
        <source>Write the SLA report of --customer (or of --plan) as a PDF document.</source>
        <translation>将 --customer（或 --plan）的 SLA 报告写成 PDF 文档。</translation>
    </message>
    <message>
        <source>Write the figures of that SLA report as CSV.</source>
        <translation>将该 SLA 报告的数据写成 CSV。</translation>
    </message>
    <message>
        <source>The SLA report&apos;s language: en, ru or zh_CN (default: the customer&apos;s).</source>
        <translation>SLA 报告的语言：en、ru 或 zh_CN（默认：客户的语言）。</translation>
    </message>
    <message>
        <source>--customer and --lang need --pdf FILE or --csv FILE</source>
        <translation>--customer 和 --lang 需要 --pdf FILE 或 --csv FILE</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --pdf or --csv</source>
        <translation>--%1 不能与 --pdf 或 --csv 同时使用</translation>
    </message>
    <message>
        <source>--pdf and --csv need either --customer or --plan</source>
        <translation>--pdf 和 --csv 需要 --customer 或 --plan 之一</translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer id</source>
        <translation>--customer：“%1”不是客户编号</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of en, ru, zh_CN</source>
        <translation>--lang：“%1”不是 en、ru、zh_CN 之一</translation>
    </message>
    <message>
        <source>--customer: there is no customer %1</source>
        <translation>--customer：不存在客户 %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>已写入 %1（共 %n 页）</numerusform>
        </translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation>本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
    <message>
        <source>dueline-cli complete: expected commands, options COMMAND, plans or severities [PLAN]</source>
        <translation>dueline-cli complete：应为 commands、options 命令、plans 或 severities [支持计划]</translation>
    </message>
</context>
<context>
    <name>dueline::AboutDialog</name>
    <message>
        <source>About Dueline</source>
        <translation>关于 Dueline</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>A desktop SLA console for technical-support teams.</source>
        <translation>面向技术支持团队的桌面 SLA 控制台。</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2)</source>
        <translation>运行于 Qt %1（使用 Qt %2 构建）</translation>
    </message>
    <message>
        <source>Icons: %1 by KDE</source>
        <translation>图标：KDE 出品的 %1</translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation>本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
</context>
<context>
    <name>dueline::AgentEditDialog</name>
    <message>
        <source>New Agent</source>
        <translation>新客服</translation>
    </message>
    <message>
        <source>Edit Agent</source>
        <translation>编辑客服</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>role</comment>
        <translation>客服</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>角色(&amp;R)：</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>请输入同事熟知的姓名。</translation>
    </message>
    <message>
        <source>Enter a login: one word, as in the team&apos;s other systems.</source>
        <translation>请输入登录名：一个词，与团队其他系统中的一致。</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation>登录名不能包含空格。</translation>
    </message>
    <message>
        <source>Another agent already has the login “%1”.</source>
        <translation>登录名“%1”已被其他客服使用。</translation>
    </message>
    <message>
        <source>Ac&amp;tive: offered for assignment and can act</source>
        <translation>启用：可被分配工单并处理工单(&amp;T)</translation>
    </message>
</context>
<context>
    <name>dueline::AgentPickerDialog</name>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>role</comment>
        <translation>客服</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the agent who works now</comment>
        <translation>您</translation>
    </message>
    <message>
        <source>Work as %1</source>
        <translation>以 %1 身份工作</translation>
    </message>
    <message>
        <source>Work as…</source>
        <translation>以……身份工作</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; choose another person first.</source>
        <translation>不能停用自己；请先切换为其他人。</translation>
    </message>
    <message>
        <source>A deactivated agent is not offered for assignment and cannot act; their name stays in the history.</source>
        <translation>已停用的客服不会被分配工单，也不能处理工单；其姓名仍保留在历史记录中。</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>您是谁？</translation>
    </message>
    <message>
        <source>Dueline records every action under the person who does it. Choose yourself in %1, or add yourself; Dueline remembers the choice for this database.</source>
        <translation>Dueline 会以执行者的名义记录每项操作。请在 %1 中选择您自己，或添加您自己；Dueline 会为此数据库记住您的选择。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;New Agent…</source>
        <translation>新建客服(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Show deactivated agents</source>
        <translation>显示已停用的客服(&amp;S)</translation>
    </message>
</context>
<context>
    <name>dueline::AssignDialog</name>
    <message>
        <source>Assign Ticket #%1</source>
        <translation>分配工单 #%1</translation>
    </message>
    <message>
        <source>Who works on #%1 %2?</source>
        <translation>谁来处理 #%1 %2？</translation>
    </message>
    <message>
        <source>Type a name or login</source>
        <translation>输入姓名或登录名</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>查找客服</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <source>Notifications now</source>
        <comment>whether the agent is in their hours</comment>
        <translation>当前通知状态</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>客服</translation>
    </message>
    <message>
        <source>%1 (me, assigned now)</source>
        <comment>myself in the assign list</comment>
        <translation>%1（我，当前负责人）</translation>
    </message>
    <message>
        <source>%1 (assigned now)</source>
        <comment>an agent in the assign list</comment>
        <translation>%1（当前负责人）</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <comment>myself in the assign list</comment>
        <translation>%1（我）</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>assign the ticket to no one</comment>
        <translation>无人</translation>
    </message>
    <message>
        <source>Back to the unassigned tickets</source>
        <translation>退回未分配工单</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>No agent matches.</source>
        <translation>没有匹配的客服。</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>分配(&amp;A)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>勿扰</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>In their hours</source>
        <translation>在通知时段内</translation>
    </message>
    <message>
        <source>Outside their hours</source>
        <translation>不在通知时段内</translation>
    </message>
    <message>
        <source>Outside their hours until %1</source>
        <translation>不在通知时段内，%1 恢复</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogCalendarPage</name>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Round the clock (24×7)</source>
        <translation>全天候（7×24）</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: its text and a colon (Chinese: a full-width colon)</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>day off</source>
        <comment>a weekday without working hours</comment>
        <translation>休息</translation>
    </message>
    <message>
        <source>Working hours, for example 09:00–13:00, 14:00–18:00</source>
        <translation>工作时间，例如 09:00–13:00, 14:00–18:00</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>法定节假日(&amp;H)：</translation>
    </message>
    <message>
        <source>Days off, working days and shortened days</source>
        <translation>休息日、补班日和缩短工作日</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a special day</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>of a working day; empty: Monday&apos;s</comment>
        <translation>工作时间</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a special day</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Add Day</source>
        <translation>添加日期</translation>
    </message>
    <message>
        <source>Remove Day</source>
        <translation>删除日期</translation>
    </message>
    <message>
        <source>Import Days Off from .ics…</source>
        <translation>从 .ics 导入休息日…</translation>
    </message>
    <message>
        <source>Read all-day events of an iCalendar file as days off</source>
        <translation>将 iCalendar 文件中的全天事件作为休息日导入</translation>
    </message>
    <message>
        <source>Day off</source>
        <comment>special day</comment>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Working day</source>
        <comment>special day: a weekend day that works</comment>
        <translation>补班日</translation>
    </message>
    <message>
        <source>Shortened day</source>
        <comment>special day: one hour shorter</comment>
        <translation>缩短工作日</translation>
    </message>
    <message>
        <source>Monday&apos;s hours</source>
        <translation>同周一</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no public holidays</comment>
        <translation>无</translation>
    </message>
    <message>
        <source>The days of “%1” apply too; a day listed here wins over the same date there.</source>
        <translation>“%1”中的日期同样适用；此处列出的日期优先于其中的同一日期。</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogEditorDialog</name>
    <message>
        <source>Saving your team&apos;s catalog to the shared database…</source>
        <translation>正在将团队目录存入共享数据库…</translation>
    </message>
    <message>
        <source>Reading your team&apos;s catalog from the shared database…</source>
        <translation>正在从共享数据库读取团队目录…</translation>
    </message>
    <message>
        <source>Catalog Editor</source>
        <translation>目录编辑器</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <comment>copy a plan or calendar to edit it</comment>
        <translation>创建副本(&amp;D)…</translation>
    </message>
    <message>
        <source>Make an editable copy of the selected plan or calendar</source>
        <translation>为所选支持计划或日历创建可编辑的副本</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove a team plan or calendar</comment>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>write the team catalog file</comment>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>the catalog editor</comment>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <comment>where the catalog editor saves</comment>
        <translation>保存到(&amp;T)：</translation>
    </message>
    <message>
        <source>This computer</source>
        <comment>save destination: a local file</comment>
        <translation>本机</translation>
    </message>
    <message>
        <source>Shared database (whole team)</source>
        <comment>save destination</comment>
        <translation>共享数据库（全团队）</translation>
    </message>
    <message>
        <source>Built in: read-only</source>
        <translation>内置：只读</translation>
    </message>
    <message>
        <source>From another team file: read-only</source>
        <translation>来自其他团队文件：只读</translation>
    </message>
    <message>
        <source>Your team&apos;s: editable</source>
        <translation>本团队：可编辑</translation>
    </message>
    <message>
        <source>Providers and plans</source>
        <translation>服务商与支持计划</translation>
    </message>
    <message>
        <source>Work calendars</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Plan “%1” (%2)</source>
        <comment>plan name, plan id</comment>
        <translation>支持计划“%1”（%2）</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>此支持计划</translation>
    </message>
    <message>
        <source>Work calendar “%1” (%2)</source>
        <comment>calendar name, calendar id</comment>
        <translation>工作日历“%1”（%2）</translation>
    </message>
    <message>
        <source>This calendar</source>
        <translation>此日历</translation>
    </message>
    <message>
        <source>Provider “%1”</source>
        <translation>服务商“%1”</translation>
    </message>
    <message>
        <source>This provider</source>
        <translation>此服务商</translation>
    </message>
    <message>
        <source>Choose a plan or a work calendar on the left.</source>
        <translation>请在左侧选择支持计划或工作日历。</translation>
    </message>
    <message>
        <source>The team file cannot be edited here (see below).</source>
        <translation>无法在此编辑团队文件（见下文）。</translation>
    </message>
    <message>
        <source>%1 is read-only. Use “Duplicate…” to make a copy of your own and edit that.</source>
        <comment>%1: a built-in plan, calendar or provider</comment>
        <translation>%1 为只读。请使用“创建副本…”复制一份自己的副本再进行编辑。</translation>
    </message>
    <message>
        <source>Duplicate Plan</source>
        <translation>复制支持计划</translation>
    </message>
    <message>
        <source>A copy of “%1” that your team can edit. It belongs to a provider of your own: one you have, or a new one.</source>
        <translation>“%1”的副本，您的团队可以编辑。它归属于您自己的服务商：可以是已有的，也可以新建。</translation>
    </message>
    <message>
        <source>&amp;Provider ID:</source>
        <translation>服务商 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider &amp;name:</source>
        <translation>服务商名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (our terms)</source>
        <comment>name of a team provider copied from a built-in one</comment>
        <translation>%1（自定条款）</translation>
    </message>
    <message>
        <source>Plan &amp;ID:</source>
        <translation>支持计划 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Plan na&amp;me:</source>
        <translation>支持计划名称(&amp;M)：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a copied plan</comment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>Duplicate Calendar</source>
        <translation>复制日历</translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation>日历 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Calendar &amp;name:</source>
        <translation>日历名称(&amp;N)：</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a copied calendar</comment>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>New Work Calendar</source>
        <translation>新建工作日历</translation>
    </message>
    <message>
        <source>Starts as Monday to Friday, 09:00–18:00; change it afterwards.</source>
        <translation>初始为周一至周五 09:00–18:00，之后可以修改。</translation>
    </message>
    <message>
        <source>Team hours</source>
        <translation>团队工作时间</translation>
    </message>
    <message>
        <source>Import Days Off</source>
        <translation>导入休息日</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>……以及另外 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>是否关闭而不保存更改？</translation>
    </message>
    <message>
        <source>&amp;New Calendar…</source>
        <translation>新建日历(&amp;N)…</translation>
    </message>
    <message>
        <source>Read-only but for Warn before breach, which your team&apos;s file keeps. “Duplicate…” makes a copy you can edit.</source>
        <translation>只读，仅“超时前预警”可改（保存在团队文件中）。使用“创建副本…”可得到可编辑的副本。</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogPlanPage</name>
    <message>
        <source>Severities and targets</source>
        <translation>严重级别与目标时间</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>severity code</comment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>severity name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>target: first reply</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>target: resolution</comment>
        <translation>解决</translation>
    </message>
    <message>
        <source>Add Severity</source>
        <translation>添加严重级别</translation>
    </message>
    <message>
        <source>Remove Severity</source>
        <translation>删除严重级别</translation>
    </message>
    <message>
        <source>Incident levels: the severity this plan files each level under</source>
        <translation>事件级别：本计划将各级别归入哪个严重级别</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: its text and a colon (Chinese: a full-width colon)</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>&amp;Work calendar:</source>
        <translation>工作日历(&amp;W)：</translation>
    </message>
    <message>
        <source>Warn before breach</source>
        <translation>超时前预警</translation>
    </message>
    <message>
        <source>A clock is at risk once its remaining working time falls to this lead time: working hours and minutes (30m, 4h, 1h30m) or a share of the target (10%). Empty: the value for all severities, else 25%. Saved in your team&apos;s catalog file, for built-in plans too.</source>
        <translation>当剩余工作时间降至此提前量时，计时即进入“即将超时”状态：可填写工作时长（30m、4h、1h30m）或目标时间的百分比（10%）。留空则使用“所有严重级别”一行的值，该行也为空时为 25%。保存在本团队的目录文件中，内置支持计划同样适用。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重级别</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogProviderPage</name>
    <message>
        <source>ID: %1. Plans: %2.</source>
        <translation>ID：%1。支持计划：%2。</translation>
    </message>
</context>
<context>
    <name>dueline::ConnectionDialog</name>
    <message>
        <source>Choose the database file.</source>
        <translation>请选择数据库文件。</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 是文件夹；请选择文件。</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>请输入数据库名称。</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>CA 文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The server is not on this computer and its certificate is not verified: choose verify-full unless you trust every network in between. Dueline asks before it connects.</source>
        <translation>该服务器不在本机上，且其证书不会被验证：除非您信任中间的每一个网络，否则请选择 verify-full。Dueline 会在连接前询问您。</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when empty</source>
        <translation>留空则使用 ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>Dueline databases (*.sqlite *.db);;All files (*)</source>
        <translation>Dueline 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>证书 (*.crt *.pem);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Connect to a Database</source>
        <translation>连接数据库</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>本机上的 SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation>团队共享的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>留空则从 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>关闭（disable）</translation>
    </message>
    <message>
        <source>Only if the server insists (allow)</source>
        <translation>仅在服务器要求时（allow）</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>服务器支持时使用（prefer）</translation>
    </message>
    <message>
        <source>Always, without checking the certificate (require)</source>
        <translation>始终使用，不验证证书（require）</translation>
    </message>
    <message>
        <source>Always, certificate signed by the CA (verify-ca)</source>
        <translation>始终使用，证书须由 CA 签发（verify-ca）</translation>
    </message>
    <message>
        <source>Always, certificate and host name checked (verify-full)</source>
        <translation>始终使用，验证证书和主机名（verify-full）</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>TLS(&amp;L)：</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>数据库名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA 文件(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>dueline::CustomerReportDialog</name>
    <message>
        <source>Custom range…</source>
        <translation>自定义范围…</translation>
    </message>
    <message>
        <source>Customer SLA Report</source>
        <translation>客户 SLA 报告</translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation>报告对象：</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Plan (every customer)</source>
        <translation>支持计划，全部客户(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>期间(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>保存 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>保存 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a provider and its plan</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>正在读取客户…</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>结束日早于起始日。</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>将报告保存为 PDF</translation>
    </message>
    <message>
        <source>Save the Report&apos;s Figures as CSV</source>
        <translation>将报告数据保存为 CSV</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a customer&apos;s company and name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>dueline::DashboardWorkspace</name>
    <message>
        <source>&amp;Period:</source>
        <translation>时段(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>支持计划(&amp;L)：</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>客服(&amp;G)：</translation>
    </message>
    <message>
        <source>Export Figures…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>Save every figure of the dashboard as a CSV file</source>
        <translation>将仪表板上的所有数据保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>大屏看板</translation>
    </message>
    <message>
        <source>Show the dashboard full screen for a wall display</source>
        <translation>全屏显示仪表板，用于墙面大屏</translation>
    </message>
    <message>
        <source>Open tickets now</source>
        <translation>当前未关闭工单</translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation>超时预测</translation>
    </message>
    <message>
        <source>SLA compliance by plan</source>
        <translation>各支持计划的 SLA 达标率</translation>
    </message>
    <message>
        <source>SLA compliance by severity</source>
        <translation>各严重级别的 SLA 达标率</translation>
    </message>
    <message>
        <source>Breaches per day, by plan</source>
        <translation>每日超时（按支持计划）</translation>
    </message>
    <message>
        <source>Response time against the target</source>
        <translation>响应时间占目标时间的比例</translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation>客服工作量</translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation>将此图表导出为 PNG 或 PDF</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>正在统计工单…</translation>
    </message>
    <message>
        <source>The dashboard reads the ticket database in the background.</source>
        <translation>仪表板正在后台读取工单数据库。</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>暂无可绘制图表的数据</translation>
    </message>
    <message>
        <source>Compliance, breaches, open tickets and what breaches next, for team leads.</source>
        <translation>为组长呈现达标情况、超时情况、未关闭工单以及即将超时的工单。</translation>
    </message>
    <message>
        <source>Open a ticket database to see its figures. For a demo, run:</source>
        <translation>打开工单数据库即可查看其数据。如需演示，请运行：</translation>
    </message>
    <message>
        <source>The ticket database has no tickets yet. Charts appear with the first ticket. For a demo, run:</source>
        <translation>工单数据库中还没有工单。有了第一个工单后即会显示图表。如需演示，请运行：</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>全部支持计划</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>全部严重级别</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>全部客服</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>next hour</source>
        <comment>breaching within</comment>
        <translation>1 小时内</translation>
    </message>
    <message>
        <source>next 4 hours</source>
        <comment>breaching within</comment>
        <translation>4 小时内</translation>
    </message>
    <message>
        <source>by end of today</source>
        <comment>breaching</comment>
        <translation>今天结束前</translation>
    </message>
    <message>
        <source>compliance</source>
        <comment>SLA compliance in the period</comment>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>达标率</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>响应数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未关闭</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>严重级别(&amp;E)：</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>最近 365 天</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义时段…</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>时段的第一天</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>时段的最后一天（含当天）</translation>
    </message>
    <message>
        <source>No breaches in this period</source>
        <translation>该时段内没有超时</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a period and its days: Last 7 days, 27 Nov – 3 Dec 2026</comment>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the filters of the dashboard</comment>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n %1 ticket(s)&lt;/b&gt; breach during %2 (%3) unless answered by %4</source>
        <translation>
            <numerusform>&lt;b&gt;%1 的 %n 个工单&lt;/b&gt;将在“%2”（%3）期间超时，除非在 %4 前响应</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s category and its value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <comment>at most this share of the target</comment>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <comment>more than this share of the target</comment>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Customer Report…</source>
        <translation>客户报告…</translation>
    </message>
    <message>
        <source>Make the SLA report of a customer or a plan for a month, as PDF or CSV</source>
        <translation>生成客户或支持计划的月度 SLA 报告（PDF 或 CSV）</translation>
    </message>
</context>
<context>
    <name>dueline::DayBarChartView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a day and its number of breaches</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a plan and its number of breaches on a day</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dueline::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <comment>notification action: open the ticket in Dueline</comment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Take</source>
        <comment>notification action: assign the ticket to myself</comment>
        <translation>领取</translation>
    </message>
    <message>
        <source>Assign…</source>
        <comment>notification action: choose who works on the ticket</comment>
        <translation>分配…</translation>
    </message>
</context>
<context>
    <name>dueline::DialogKeys</name>
    <message>
        <source>Submit a dialog from its text, where Enter starts a new line</source>
        <translation>在文本框中提交对话框（文本框中按 Enter 换行）</translation>
    </message>
    <message>
        <source>Cancel a dialog</source>
        <translation>取消并关闭对话框</translation>
    </message>
</context>
<context>
    <name>dueline::FinishedTicketsView</name>
    <message>
        <source>Finished tickets</source>
        <translation>已完成的工单</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n most recently changed tickets; search by number or words to find older ones.</source>
        <translation>
            <numerusform>显示最近更改的 %n 个工单；如需查找更早的工单，请按编号或关键词搜索。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::MainWindow</name>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
    <message>
        <source>The ticket database could not be opened: %1</source>
        <translation>无法打开工单数据库：%1</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>workspace: the ticket queue</comment>
        <translation>工单队列</translation>
    </message>
    <message>
        <source>Plans</source>
        <comment>workspace: support plans compared side by side</comment>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>workspace: charts for team leads</comment>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <comment>View menu: the ticket queue workspace</comment>
        <translation>工单队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <comment>View menu: the support plans workspace</comment>
        <translation>支持计划(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <comment>View menu: the dashboard workspace</comment>
        <translation>仪表板(&amp;D)</translation>
    </message>
    <message>
        <source>Your ticket queue, with a live countdown to every SLA breach.</source>
        <translation>您的工单队列，实时倒计时显示距每次 SLA 超时的剩余时间。</translation>
    </message>
    <message>
        <source>Support plans side by side, and the real deadline each gives for the same incident.</source>
        <translation>并排比较各支持计划，以及同一事件在每个计划下的实际截止时间。</translation>
    </message>
    <message>
        <source>Compliance, breaches and what breaches next, for team leads.</source>
        <translation>为组长呈现达标情况、超时情况以及即将超时的工单。</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>暂无工单</translation>
    </message>
    <message>
        <source>Create a ticket, or fill a demo database with:</source>
        <translation>请创建工单，或使用以下命令生成演示数据库：</translation>
    </message>
    <message>
        <source>No plans to compare yet</source>
        <translation>暂无可比较的支持计划</translation>
    </message>
    <message>
        <source>Plans come from the built-in catalog and your team&apos;s catalog files. To list them, run:</source>
        <translation>支持计划来自内置目录和您团队的目录文件。要列出这些计划，请运行：</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>暂无可绘制图表的数据</translation>
    </message>
    <message>
        <source>Charts appear once the queue has tickets. For a demo, run:</source>
        <translation>队列中有工单后即会显示图表。如需演示，请运行：</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <comment>View menu: full-screen dashboard for a wall</comment>
        <translation>大屏看板(&amp;W)</translation>
    </message>
    <message>
        <source>Show the dashboard full screen for a wall display; Escape leaves it</source>
        <translation>全屏显示仪表板，用于墙面大屏；按 Esc 退出</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <comment>menu</comment>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <comment>menu</comment>
        <translation>工单(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>连接数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Open another database: a SQLite file or the team&apos;s PostgreSQL server</source>
        <translation>打开其他数据库：SQLite 文件或团队的 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>leave the application</comment>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Close the window and leave Dueline</source>
        <translation>关闭窗口并退出 Dueline</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>显示工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose the interface language and appearance</source>
        <translation>选择界面语言和外观</translation>
    </message>
    <message>
        <source>&amp;About Dueline</source>
        <translation>关于 Dueline(&amp;A)</translation>
    </message>
    <message>
        <source>Version, license and credits</source>
        <translation>版本、许可证和致谢</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt toolkit Dueline is built with</source>
        <translation>Dueline 所基于的 Qt 工具包</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>No database</source>
        <comment>status bar: no ticket database is open</comment>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>The ticket database in use</source>
        <translation>当前使用的工单数据库</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the interface language, named in itself</comment>
        <extracomment>The name of the language you translate into, written in that language.</extracomment>
        <translation>简体中文</translation>
    </message>
    <message>
        <source>Interface language; change it in Settings ▸ Preferences</source>
        <translation>界面语言；可在“设置 ▸ 首选项”中更改</translation>
    </message>
    <message>
        <source>Exit F&amp;ull Screen Mode</source>
        <translation>退出全屏模式(&amp;U)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen Mode</source>
        <translation>全屏模式(&amp;U)</translation>
    </message>
    <message>
        <source>Give the window its normal size back</source>
        <translation>将窗口恢复为正常大小</translation>
    </message>
    <message>
        <source>Fill the whole screen with the window</source>
        <translation>让窗口占满整个屏幕</translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation>SQLite 文件 %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>database on host</comment>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation>PostgreSQL 服务器：%1</translation>
    </message>
    <message>
        <source>Whether other agents&apos; changes reach this window</source>
        <translation>其他客服所做的更改是否会同步到此窗口</translation>
    </message>
    <message>
        <source>Server clock %1%2 s</source>
        <comment>status bar: server minus local clock</comment>
        <translation>服务器时钟 %1%2 秒</translation>
    </message>
    <message>
        <source>The database server&apos;s clock stamps every action; this is how far it is from this computer&apos;s clock.</source>
        <translation>每个操作都以数据库服务器的时钟记录时间；此处显示该时钟与本机时钟的偏差。</translation>
    </message>
    <message>
        <source>Server not verified</source>
        <comment>status bar: TLS certificate</comment>
        <translation>服务器未验证</translation>
    </message>
    <message>
        <source>The certificate of %1 is not verified: someone on the network between you and the server could read or change what you send, including the password. Choose TLS verify-full in File &gt; Connect.</source>
        <translation>未验证 %1 的证书：您与服务器之间网络上的任何人都可能读取或篡改您发送的内容，包括密码。请在“文件 &gt; 连接数据库”中选择 TLS verify-full。</translation>
    </message>
    <message>
        <source>%1 open · %2 at risk · %3 breached</source>
        <translation>未关闭 %1 · 即将超时 %2 · 已超时 %3</translation>
    </message>
    <message>
        <source>Unconfirmed Action</source>
        <translation>操作未确认</translation>
    </message>
    <message>
        <source>The server has not confirmed %1 yet.</source>
        <translation>服务器尚未确认 %1。</translation>
    </message>
    <message>
        <source>If you quit now and the server did not receive it, it is lost. Stay, and it is sent again once the connection is back.</source>
        <translation>如果现在退出，而服务器并未收到该操作，它将会丢失。如果留下，连接恢复后将重新发送该操作。</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>仍然退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>暂不退出(&amp;S)</translation>
    </message>
    <message>
        <source>Server Not Verified</source>
        <translation>服务器未验证</translation>
    </message>
    <message>
        <source>Connect to %1 without verifying its certificate?</source>
        <translation>在不验证证书的情况下连接到 %1？</translation>
    </message>
    <message>
        <source>The server is not on this computer and the TLS setting is not &quot;verify-full&quot;, so Dueline cannot tell it from an impostor: someone on the network could read or change the tickets and learn the password. Connect only on a network you trust; better, ask the administrator for the server&apos;s CA certificate and choose verify-full in File &gt; Connect. Dueline remembers your answer for this server.</source>
        <translation>该服务器不在本机上，且 TLS 设置不是“verify-full”，因此 Dueline 无法将其与冒充者区分：网络上的人可能读取或篡改工单并获知密码。请仅在可信网络中连接；更好的做法是向管理员索取服务器的 CA 证书，并在“文件 &gt; 连接数据库”中选择 verify-full。Dueline 会记住您对该服务器的回答。</translation>
    </message>
    <message>
        <source>&amp;Connect Anyway</source>
        <translation>仍然连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>不连接(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>Every key Dueline knows, menu by menu</source>
        <translation>Dueline 的全部快捷键，按菜单分组</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <comment>keyboard shortcuts: the keys of every dialog</comment>
        <translation>对话框</translation>
    </message>
    <message>
        <source>Default &amp;Order</source>
        <comment>View menu: sort the ticket table by the next breach again</comment>
        <translation>默认顺序(&amp;O)</translation>
    </message>
    <message>
        <source>Sort the tickets as they first came: the next breach first in the queue</source>
        <translation>恢复工单的默认排序：队列中最先超时的排在前面</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <comment>Settings menu</comment>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Choose when you are notified about tickets at risk: your hours, do not disturb</source>
        <translation>选择何时通知您即将超时的工单：您的时段、勿扰</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Notification settings are kept in the ticket database for each person: open a database first (File ▸ Connect to Database…).</source>
        <translation>通知设置按人保存在工单数据库中：请先打开数据库（文件 ▸ 连接数据库…）。</translation>
    </message>
    <message>
        <source>Notification settings saved for %1</source>
        <translation>已为 %1 保存通知设置</translation>
    </message>
</context>
<context>
    <name>dueline::MissedNotificationsDialog</name>
    <message>
        <source>Missed Notifications</source>
        <translation>错过的通知</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) came while you were away. Click one to open its ticket.</source>
        <translation>
            <numerusform>您离开期间收到 %n 条通知。点击一条通知即可打开其工单。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Missed notifications</source>
        <translation>错过的通知</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Nothing missed</source>
        <translation>没有错过的通知</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>已分配给您</translation>
    </message>
    <message>
        <source>Notifications that come while Dueline is hidden, minimized or in the background, outside your notification hours or with do not disturb on are kept here until you have seen them.</source>
        <translation>Dueline 隐藏、最小化或在后台时，以及在您的通知时段之外或开启勿扰时收到的通知，都会保留在这里，直到您查看。</translation>
    </message>
</context>
<context>
    <name>dueline::NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (company)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>支持计划：</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重级别(&amp;S)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <comment>how the customer reached support</comment>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Create Ticket</source>
        <translation>创建工单</translation>
    </message>
    <message>
        <source>Cus&amp;tomer:</source>
        <translation>客户(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>dueline::NotificationSettingsDialog</name>
    <message>
        <source>Add at least one interval to your hours, or choose &quot;Always while Dueline runs&quot;.</source>
        <translation>请在您的时段中至少添加一个时间段，或选择“始终，只要 Dueline 在运行”。</translation>
    </message>
    <message>
        <source>Choose at least one day for every interval, or remove it.</source>
        <translation>请为每个时间段至少选择一天，或将其删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows: choose one from the list.</source>
        <translation>“%1”不是本机已知的时区：请从列表中选择。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Not saved: %1
Your choices are still here: try again, or Cancel to leave them unsaved.</source>
        <translation>未保存：%1
您的选择仍保留在这里：请重试，或点击“取消”放弃保存。</translation>
    </message>
    <message>
        <source>Do not disturb: nothing until you turn it off</source>
        <translation>勿扰：在您关闭前不发送任何通知</translation>
    </message>
    <message>
        <source>Always while Dueline runs</source>
        <translation>始终，只要 Dueline 在运行</translation>
    </message>
    <message>
        <source>Never (no hours)</source>
        <comment>notification hours</comment>
        <translation>从不（未设置时段）</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>dialog title</comment>
        <translation>通知</translation>
    </message>
    <message>
        <source>When:</source>
        <comment>notifications: at what times</comment>
        <translation>何时：</translation>
    </message>
    <message>
        <source>&amp;Always while Dueline runs</source>
        <translation>始终，只要 Dueline 在运行(&amp;A)</translation>
    </message>
    <message>
        <source>Only during &amp;my hours:</source>
        <translation>仅在我的时段(&amp;M)：</translation>
    </message>
    <message>
        <source>Add &amp;Interval</source>
        <translation>添加时间段(&amp;I)</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>time zone: the computer&apos;s own</comment>
        <translation>系统时区（%1）</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: nothing until I turn it off</source>
        <translation>勿扰(&amp;N)：在我关闭前不发送任何通知</translation>
    </message>
    <message>
        <source>Notify me a&amp;bout:</source>
        <translation>通知我(&amp;B)：</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>notification scope: the role&apos;s default</comment>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>My tickets and unassigned ones</source>
        <translation>我的工单和未分配的工单</translation>
    </message>
    <message>
        <source>Only my tickets</source>
        <translation>仅我的工单</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>所有工单</translation>
    </message>
    <message>
        <source>Also &amp;tell me when an assigned agent is outside their hours while their ticket is at risk</source>
        <translation>另外提醒我(&amp;T)：已分配的客服不在其时段内而其工单即将超时时</translation>
    </message>
    <message>
        <source>%1: when Dueline tells you that a ticket is at risk or breached. Saved in the database, so these settings follow you to any computer.</source>
        <comment>%1 is the person&apos;s name</comment>
        <translation>%1：Dueline 何时提醒您工单即将超时或已超时。设置保存在数据库中，在任何电脑上都跟随您。</translation>
    </message>
</context>
<context>
    <name>dueline::OfflineBanner</name>
    <message>
        <source>Connection lost</source>
        <translation>连接已断开</translation>
    </message>
    <message>
        <source>Connection to %1 lost. Reconnecting now…</source>
        <translation>与 %1 的连接已断开。正在重新连接…</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost. Reconnecting in %n s…</source>
        <comment>seconds until the next attempt</comment>
        <translation>
            <numerusform>与 %1 的连接已断开。%n 秒后重新连接…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket actions are off until the connection is back; countdowns continue from the last known state.</source>
        <translation>连接恢复前无法对工单执行操作；倒计时将从最后已知的状态继续。</translation>
    </message>
    <message>
        <source>Not confirmed yet: %1. It will be sent again, once, when the connection is back, and recorded at the time the server receives it (not now); you will see whether it was saved.</source>
        <comment>%1: an action, e.g. &apos;your reply to ticket #12&apos;</comment>
        <translation>尚未确认：%1。连接恢复后将重新发送一次，并以服务器收到它的时间（而不是现在）记录；届时您会看到是否已保存。</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <comment>reconnect to the database now</comment>
        <translation>立即重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>dueline::PersonSwitcher</name>
    <message>
        <source>S&amp;witch Person…</source>
        <translation>切换身份(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose who you are in this database</source>
        <translation>选择您在此数据库中的身份</translation>
    </message>
    <message>
        <source>You work as %1 (%2), a team lead</source>
        <translation>您以 %1（%2）身份工作，组长</translation>
    </message>
    <message>
        <source>You work as %1 (%2)</source>
        <translation>您以 %1（%2）身份工作</translation>
    </message>
    <message>
        <source>Choose who you are in this database; every action is recorded under that person</source>
        <translation>选择您在此数据库中的身份；每项操作都会以该身份记录</translation>
    </message>
    <message>
        <source>Click to switch person or to manage the agents.</source>
        <translation>点击以切换身份或管理客服。</translation>
    </message>
    <message>
        <source>On a shared server you are the login you connect as (File ▸ Connect)</source>
        <translation>在共享服务器上，您的身份即连接时使用的登录名（文件 ▸ 连接）</translation>
    </message>
    <message>
        <source>On a shared server you are the login you connect as.</source>
        <translation>在共享服务器上，您的身份即连接时使用的登录名。</translation>
    </message>
</context>
<context>
    <name>dueline::PlansBanner</name>
    <message>
        <source>Close</source>
        <comment>close an inline message</comment>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>dueline::PlansCalculatorView</name>
    <message>
        <source>The coming Spring Festival&apos;s days off are not in the holiday data yet; this is the last one known.</source>
        <translation>节假日数据中尚无即将到来的春节假期；此处为已知的最近一次春节。</translation>
    </message>
    <message>
        <source>Real response time by opening hour, week of %1 (%2)</source>
        <comment>%1 a date, %2 a time zone</comment>
        <translation>按创建时刻统计的实际响应时间（%1 起的一周，%2）</translation>
    </message>
    <message>
        <source>Real resolution time by opening hour, week of %1 (%2)</source>
        <comment>%1 a date, %2 a time zone</comment>
        <translation>按创建时刻统计的实际解决时间（%1 起的一周，%2）</translation>
    </message>
    <message>
        <source>Not drawn, no commitment: %1</source>
        <comment>plans left out of the chart</comment>
        <translation>未绘制（不承诺）：%1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>export: the question</comment>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>Opened: %1 (%2)</source>
        <comment>export: the opening moment and its zone</comment>
        <translation>创建时间：%1（%2）</translation>
    </message>
    <message>
        <source>Incident:</source>
        <comment>calculator: what happened</comment>
        <translation>事件：</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <comment>incident level P1-P4</comment>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>An incident described by its level, filed under the severity each plan names for it</source>
        <translation>按事件级别描述，各支持计划将其归入各自对应的严重级别</translation>
    </message>
    <message>
        <source>Provider&apos;s o&amp;wn severity</source>
        <translation>服务商自有级别(&amp;W)</translation>
    </message>
    <message>
        <source>A severity of one provider, for that provider&apos;s plans</source>
        <translation>某一服务商的严重级别，仅适用于该服务商的支持计划</translation>
    </message>
    <message>
        <source>Incident level</source>
        <translation>事件级别</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>of an incident</comment>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <comment>calculator: when the ticket was opened</comment>
        <translation>创建时间(&amp;O)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>Any IANA time zone; type to search</source>
        <translation>任意 IANA 时区；输入以搜索</translation>
    </message>
    <message>
        <source>Presets:</source>
        <comment>ready-made opening moments</comment>
        <translation>预设：</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>preset: the current moment</comment>
        <translation>现在</translation>
    </message>
    <message>
        <source>Friday 19:30 Moscow</source>
        <comment>preset</comment>
        <translation>莫斯科 周五 19:30</translation>
    </message>
    <message>
        <source>Eve of the Russian New Year holidays</source>
        <comment>preset</comment>
        <translation>俄罗斯新年假期前夕</translation>
    </message>
    <message>
        <source>Day before Spring Festival</source>
        <comment>preset</comment>
        <translation>春节前一天</translation>
    </message>
    <message>
        <source>Monday 09:00 Berlin</source>
        <comment>preset</comment>
        <translation>柏林 周一 09:00</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>chart: time to the first reply</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>chart: time to the resolution</comment>
        <translation>解决</translation>
    </message>
    <message>
        <source>Which target the chart shows</source>
        <translation>图表显示的目标</translation>
    </message>
    <message>
        <source>Deadlines by plan</source>
        <translation>各支持计划的截止时间</translation>
    </message>
    <message>
        <source>Hours on a logarithmic scale, colours as in the table. Point at a line for the exact times.</source>
        <translation>纵轴为小时（对数刻度），颜色与表格一致。将鼠标指向曲线可查看精确时间。</translation>
    </message>
    <message>
        <source>Every time in %1</source>
        <comment>export: the time zone of the times shown</comment>
        <translation>所有时间均为 %1 时区</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date and time, and its time zone</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a provider and one of its severities</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dueline::PlansChooser</name>
    <message>
        <source>&amp;Plans…</source>
        <comment>choose the plans to compare</comment>
        <translation>支持计划(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Plans (%1 of %2)…</source>
        <comment>choose the plans to compare; chosen of all</comment>
        <translation>支持计划（%1/%2）(&amp;P)…</translation>
    </message>
    <message>
        <source>Choose the plans to compare, by provider</source>
        <translation>按服务商选择要比较的支持计划</translation>
    </message>
    <message>
        <source>&amp;All Plans</source>
        <comment>choose every plan of the catalog</comment>
        <translation>全部支持计划(&amp;A)</translation>
    </message>
</context>
<context>
    <name>dueline::PlansExplanationView</name>
    <message>
        <source>Working time, counted</source>
        <comment>why this deadline: the SLA clock runs</comment>
        <translation>工作时间，已计入</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <comment>why this deadline: night or a break</comment>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>Weekend</source>
        <comment>why this deadline</comment>
        <translation>周末</translation>
    </message>
    <message>
        <source>Day off</source>
        <comment>why this deadline: a holiday without a name</comment>
        <translation>休息日</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <comment>why this deadline: %1 is the holiday&apos;s name</comment>
        <translation>休息日：%1</translation>
    </message>
    <message>
        <source>Shortened pre-holiday day</source>
        <comment>why this deadline: the hour cut from the day</comment>
        <translation>节前缩短工作日</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>why this deadline: waiting on the customer</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Why this deadline?</source>
        <translation>为何是这个截止时间？</translation>
    </message>
    <message>
        <source>choose a plan in the results above</source>
        <translation>请在上方结果中选择支持计划</translation>
    </message>
    <message>
        <source>Why this deadline? — %1, filed as “%2”</source>
        <comment>%1 plan, %2 severity</comment>
        <translation>为何是这个截止时间？— %1，归入“%2”</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>the first reply&apos;s SLA clock</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>the resolution&apos;s SLA clock</comment>
        <translation>解决</translation>
    </message>
    <message>
        <source>%1: no commitment</source>
        <comment>%1 is Response or Resolution</comment>
        <translation>%1：不承诺</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <comment>%1 Response/Resolution, %2 a target</comment>
        <translation>%1，目标 %2</translation>
    </message>
    <message>
        <source>Counted on “%1” (%2)</source>
        <comment>calendar name, time zone</comment>
        <translation>按日历“%1”计时（%2）</translation>
    </message>
    <message>
        <source>What</source>
        <comment>why this deadline: kind of time</comment>
        <translation>类型</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start of a piece of time</comment>
        <translation>开始</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end of a piece of time</comment>
        <translation>结束</translation>
    </message>
    <message>
        <source>Length</source>
        <comment>wall-clock length of a piece of time</comment>
        <translation>时长</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>working time counted towards the target</comment>
        <translation>计入</translation>
    </message>
</context>
<context>
    <name>dueline::PlansHeaderView</name>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <comment>a collapsed provider</comment>
        <translation>
            <numerusform>%n 个计划</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: click to show its plans</source>
        <comment>provider band</comment>
        <translation>%1：点击展开其支持计划</translation>
    </message>
    <message>
        <source>%1: click to collapse its plans</source>
        <comment>provider band</comment>
        <translation>%1：点击折叠其支持计划</translation>
    </message>
</context>
<context>
    <name>dueline::PlansMatrixView</name>
    <message>
        <source>Show the Plans of %1</source>
        <translation>展开 %1 的支持计划</translation>
    </message>
    <message>
        <source>Collapse the Plans of %1</source>
        <translation>折叠 %1 的支持计划</translation>
    </message>
    <message>
        <source>Show All Providers</source>
        <translation>显示全部服务商</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <comment>show only the rows where plans differ</comment>
        <translation>仅显示差异(&amp;D)</translation>
    </message>
    <message>
        <source>Hide the rows where every chosen plan says the same</source>
        <translation>隐藏所选支持计划完全相同的行</translation>
    </message>
    <message>
        <source>Best value in its row</source>
        <comment>legend of the tinted cells</comment>
        <translation>该行最优值</translation>
    </message>
    <message>
        <source>Plan comparison</source>
        <translation>支持计划比较</translation>
    </message>
</context>
<context>
    <name>dueline::PlansWorkspace</name>
    <message>
        <source>Dueline is not connected to a shared database.</source>
        <translation>Dueline 未连接到共享数据库。</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>CSV column: a section of the comparison</comment>
        <translation>分类</translation>
    </message>
    <message>
        <source>Row</source>
        <comment>CSV column: what a row compares</comment>
        <translation>项目</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation>支持计划 ID</translation>
    </message>
    <message>
        <source>Filed as</source>
        <comment>CSV column: the severity a plan files the incident under</comment>
        <translation>归入级别</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>响应截止</translation>
    </message>
    <message>
        <source>Response: real wait</source>
        <translation>响应：实际等待</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>解决截止</translation>
    </message>
    <message>
        <source>Resolution: real wait</source>
        <translation>解决：实际等待</translation>
    </message>
    <message>
        <source>Support plans compared</source>
        <translation>支持计划比较</translation>
    </message>
    <message>
        <source>Plans: %1 of %2</source>
        <comment>export: chosen plans of all</comment>
        <translation>支持计划：%1/%2</translation>
    </message>
    <message>
        <source>Only the rows where the plans differ</source>
        <translation>仅显示支持计划之间存在差异的行</translation>
    </message>
    <message>
        <source>Best value in each row: bold on green</source>
        <translation>每行最优值：绿底粗体</translation>
    </message>
    <message>
        <source>Real deadlines by plan</source>
        <translation>各支持计划的实际截止时间</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.
%1</source>
        <translation>无法写入文件。
%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>导出为 PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>已发送到打印机：%1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>The catalog was saved but could not be loaded again.
%1</source>
        <translation>目录已保存，但无法重新加载。
%1</translation>
    </message>
    <message>
        <source>Catalog saved to the shared database %1; the team gets it at the next start of Dueline</source>
        <translation>目录已保存到共享数据库 %1；团队成员将在下次启动 Dueline 时获取</translation>
    </message>
    <message>
        <source>Catalog saved to %1</source>
        <translation>目录已保存到 %1</translation>
    </message>
    <message>
        <source>%1 (our terms)</source>
        <comment>name of a team provider copied from a built-in one</comment>
        <translation>%1（自定条款）</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <comment>tab: plans side by side</comment>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Targets, channels and features of the chosen plans side by side</source>
        <translation>并排比较所选支持计划的目标时间、服务渠道和服务内容</translation>
    </message>
    <message>
        <source>&amp;Real Deadline</source>
        <comment>tab: the deadline calculator</comment>
        <translation>实际截止时间(&amp;R)</translation>
    </message>
    <message>
        <source>The real deadline each plan gives for the same incident</source>
        <translation>同一事件在各支持计划下的实际截止时间</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <comment>export the table in view</comment>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Save the table in view as PDF or CSV</source>
        <translation>将当前表格保存为 PDF 或 CSV</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>导出为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
    <message>
        <source>Print the table in view (%1)</source>
        <translation>打印当前表格（%1）</translation>
    </message>
    <message>
        <source>Edit Ca&amp;talog…</source>
        <translation>编辑目录(&amp;T)…</translation>
    </message>
    <message>
        <source>Add or change your team&apos;s plans, work calendars and lead times</source>
        <translation>添加或修改本团队的支持计划、工作日历和预警提前量</translation>
    </message>
    <message>
        <source>Incident</source>
        <comment>CSV column: the question asked</comment>
        <translation>事件</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>CSV column: when the incident was opened (ISO 8601)</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <comment>CSV column: the zone of every time</comment>
        <translation>时区</translation>
    </message>
    <message>
        <source>%1 (not chosen: %2)</source>
        <comment>export: %1 the chosen plans of all, %2 the others</comment>
        <translation>%1（未选：%2）</translation>
    </message>
</context>
<context>
    <name>dueline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>interface language</comment>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <comment>colours of the interface</comment>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language: follow the system&apos;s language</comment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>System</source>
        <comment>appearance: follow the desktop&apos;s colours</comment>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>appearance: dark text on a light background</comment>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>appearance: light text on a dark background</comment>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <comment>desktop notifications</comment>
        <translation>通知(&amp;N)：</translation>
    </message>
    <message>
        <source>Changes apply at once to every open window.</source>
        <translation>更改会立即应用到所有打开的窗口。</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <comment>notification settings</comment>
        <translation>更改(&amp;H)…</translation>
    </message>
    <message>
        <source>When and about which tickets you are notified: your hours, do not disturb. Saved in the database for you.</source>
        <translation>何时以及就哪些工单通知您：您的时段、勿扰。为您保存在数据库中。</translation>
    </message>
    <message>
        <source>Open a ticket database to choose when you are notified.</source>
        <translation>打开工单数据库后即可选择何时通知您。</translation>
    </message>
</context>
<context>
    <name>dueline::QueueEmptyState</name>
    <message>
        <source>No tickets in “%1”</source>
        <translation>“%1”中没有工单</translation>
    </message>
    <message>
        <source>Tickets appear here as soon as they fit this view.</source>
        <translation>一旦有工单符合此视图，就会显示在这里。</translation>
    </message>
    <message>
        <source>Choose another view in the list on the left.</source>
        <translation>请在左侧列表中选择其他视图。</translation>
    </message>
    <message>
        <source>No tickets match “%1”</source>
        <translation>没有与“%1”匹配的工单</translation>
    </message>
    <message>
        <source>Nothing in “%1” matches the search.</source>
        <translation>在“%1”中没有找到匹配的工单。</translation>
    </message>
    <message>
        <source>Search by ticket number, subject or customer; Esc clears the search.</source>
        <translation>可按工单编号、主题或客户搜索；按 Esc 清除搜索。</translation>
    </message>
</context>
<context>
    <name>dueline::QueueNotifier</name>
    <message>
        <source>Ticket #%1 breached its SLA</source>
        <translation>工单 #%1 已超出 SLA 时限</translation>
    </message>
    <message>
        <source>Ticket #%1 is at risk</source>
        <translation>工单 #%1 即将超时</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets at risk</source>
        <comment>a summary notification</comment>
        <translation>
            <numerusform>%n 个工单即将超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets breached</source>
        <comment>a summary notification</comment>
        <translation>
            <numerusform>%n 个工单已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets at risk or breached</source>
        <comment>a summary notification</comment>
        <translation>
            <numerusform>%n 个工单即将超时或已超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <comment>of the tickets in a summary</comment>
        <translation>
            <numerusform>即将超时 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <comment>of the tickets in a summary</comment>
        <translation>
            <numerusform>已超时 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject in a list</comment>
        <translation>#%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>tickets in a summary</comment>
        <translation>
            <numerusform>另有 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>SLA state</comment>
        <translation>已超时</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>SLA state</comment>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Response was due %1</source>
        <translation>响应已于 %1 到期</translation>
    </message>
    <message>
        <source>Resolution was due %1</source>
        <translation>解决已于 %1 到期</translation>
    </message>
    <message>
        <source>breached just now</source>
        <translation>刚刚超时</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>wall-clock time since the due instant</comment>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation>响应截止：%1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>解决截止：%1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>working time until the due instant</comment>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>Not assigned to anyone yet</source>
        <translation>尚未分配给任何人</translation>
    </message>
    <message>
        <source>&amp;Missed Notifications…</source>
        <translation>错过的通知(&amp;M)…</translation>
    </message>
    <message>
        <source>What was notified while Dueline was hidden, minimized or in the background</source>
        <translation>Dueline 隐藏、最小化或在后台运行时收到的通知</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <comment>notifications missed while away</comment>
        <translation>
            <numerusform>错过 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications that came while you were away; click to see them</source>
        <translation>您离开期间收到的通知；点击查看</translation>
    </message>
    <message>
        <source>another agent</source>
        <comment>an agent whose name is not known</comment>
        <translation>其他客服</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配给 %1</translation>
    </message>
    <message>
        <source>Assigned to %1, who has do not disturb on</source>
        <translation>已分配给 %1，其已开启勿扰</translation>
    </message>
    <message>
        <source>Assigned to %1, who is outside their hours</source>
        <translation>已分配给 %1，其当前不在通知时段内</translation>
    </message>
    <message>
        <source>Assigned to %1, outside their hours until %2</source>
        <translation>已分配给 %1，其在 %2 之前不在通知时段内</translation>
    </message>
</context>
<context>
    <name>dueline::QueueSidebar</name>
    <message>
        <source>Queue views</source>
        <translation>队列视图</translation>
    </message>
    <message>
        <source>All open</source>
        <comment>queue view</comment>
        <translation>全部未关闭</translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>queue view: tickets assigned to me</comment>
        <translation>我的</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>queue view</comment>
        <translation>未分配</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>queue view</comment>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>queue view</comment>
        <translation>已超时</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>queue view</comment>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>queue view: tickets resolved, most recent first</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>queue view: tickets closed, most recent first</comment>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>dueline::QueueTableView</name>
    <message>
        <source>Default &amp;Order</source>
        <comment>sort the table as it first came</comment>
        <translation>默认顺序(&amp;O)</translation>
    </message>
    <message>
        <source>Sort by the next breach again, the soonest first</source>
        <translation>重新按下次超时时间排序，最早的在前</translation>
    </message>
    <message>
        <source>Sort by the last change again, the most recent first</source>
        <translation>重新按最后更改时间排序，最新的在前</translation>
    </message>
</context>
<context>
    <name>dueline::QueueWorkspace</name>
    <message>
        <source>Waiting for the database: %1…</source>
        <translation>正在等待数据库：%1…</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>新建工单(&amp;N)…</translation>
    </message>
    <message>
        <source>Open a ticket for a customer</source>
        <translation>为客户创建工单</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <comment>assign the ticket to myself</comment>
        <translation>领取(&amp;T)</translation>
    </message>
    <message>
        <source>Assign the ticket to yourself</source>
        <translation>将工单分配给自己</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Reply to the customer (meets the response target)</source>
        <translation>回复客户（满足响应目标）</translation>
    </message>
    <message>
        <source>An internal note the customer does not see</source>
        <translation>客户看不到的内部备注</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>The customer answered: run the SLA clocks again</source>
        <translation>客户已回复：重新开始 SLA 计时</translation>
    </message>
    <message>
        <source>Recompute the targets from the ticket&apos;s start</source>
        <translation>从工单创建时起重新计算目标时间</translation>
    </message>
    <message>
        <source>Change &amp;Plan…</source>
        <translation>更改支持计划(&amp;P)…</translation>
    </message>
    <message>
        <source>Move the ticket to another support plan</source>
        <translation>将工单转到其他支持计划</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>解决(&amp;S)…</translation>
    </message>
    <message>
        <source>Mark the ticket resolved (meets the resolution target)</source>
        <translation>将工单标记为已解决（满足解决目标）</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>重新打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Reopen a resolved ticket; its resolution clock resumes</source>
        <translation>重新打开已解决的工单；解决计时将继续</translation>
    </message>
    <message>
        <source>Team leads: set a due instant, with a reason</source>
        <translation>仅限组长：设定截止时间并说明原因</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Search the queue by number, subject or customer</source>
        <translation>按编号、主题或客户搜索队列</translation>
    </message>
    <message>
        <source>Re&amp;load Queue</source>
        <translation>重新加载队列(&amp;L)</translation>
    </message>
    <message>
        <source>Load the whole queue again from the database</source>
        <translation>从数据库重新加载整个队列</translation>
    </message>
    <message>
        <source>Search number, subject, customer (%1)</source>
        <translation>搜索编号、主题、客户（%1）</translation>
    </message>
    <message>
        <source>Ticket Actions</source>
        <translation>工单操作</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <source>Add Not&amp;e…</source>
        <translation>添加备注(&amp;E)…</translation>
    </message>
    <message>
        <source>Change Se&amp;verity…</source>
        <translation>更改严重级别(&amp;V)…</translation>
    </message>
    <message>
        <source>Override &amp;Due…</source>
        <translation>修改截止时间(&amp;D)…</translation>
    </message>
    <message>
        <source>Move between the views, the ticket list, the ticket panel and the search field</source>
        <translation>在视图、工单列表、工单面板和搜索框之间切换</translation>
    </message>
    <message>
        <source>Next ticket in the list (J also from the ticket panel)</source>
        <translation>列表中的下一个工单（在工单面板中也可按 J）</translation>
    </message>
    <message>
        <source>Previous ticket in the list (K also from the ticket panel)</source>
        <translation>列表中的上一个工单（在工单面板中也可按 K）</translation>
    </message>
    <message>
        <source>Read the ticket in the panel, where the arrow keys scroll it</source>
        <translation>在面板中阅读工单，可用方向键滚动</translation>
    </message>
    <message>
        <source>Back to the ticket list from the panel; in the search field, clear the search</source>
        <translation>从面板返回工单列表；在搜索框中则清除搜索</translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be taken now.</source>
        <translation>工单 #%1 现在无法领取。</translation>
    </message>
    <message>
        <source>Reply and &amp;Wait…</source>
        <translation>回复并等待(&amp;W)…</translation>
    </message>
    <message>
        <source>Reply to the customer, then pause the SLA clocks until they answer</source>
        <translation>回复客户，然后暂停 SLA 计时，直到客户答复</translation>
    </message>
    <message>
        <source>Undo a take or an assignment while its bar shows (10 seconds)</source>
        <translation>在撤销栏显示期间（10 秒）撤销领取或分配</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <comment>choose who works on the ticket</comment>
        <translation>分配(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose who works on the ticket, or give it back to nobody</source>
        <translation>选择由谁处理该工单，或将其退回为未分配</translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be assigned now.</source>
        <translation>工单 #%1 现在无法分配。</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Show the sidebar&apos;s view without the other filters</source>
        <translation>只显示侧栏所选视图，去掉其他筛选条件</translation>
    </message>
    <message>
        <source>plan %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>支持计划“%1”</translation>
    </message>
    <message>
        <source>provider %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>服务商“%1”</translation>
    </message>
    <message>
        <source>severity %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>严重级别“%1”</translation>
    </message>
    <message>
        <source>unassigned</source>
        <comment>the queue is also filtered by</comment>
        <translation>未分配</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>处理人：%1</translation>
    </message>
    <message>
        <source>Also filtered: %1</source>
        <comment>the list of filters, joined by the next text</comment>
        <translation>另有筛选：%1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the filters of the queue</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a provider and its plan</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s SLA Report…</source>
        <translation>客户 SLA 报告(&amp;C)…</translation>
    </message>
    <message>
        <source>The SLA report of this ticket&apos;s customer for a month, as PDF or CSV</source>
        <translation>此工单客户的月度 SLA 报告（PDF 或 CSV）</translation>
    </message>
</context>
<context>
    <name>dueline::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>keyboard shortcuts: what a key does</comment>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard shortcuts: the keys that do it</comment>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>dueline::TargetEdit</name>
    <message>
        <source>No commitment</source>
        <comment>target: the plan promises no time</comment>
        <translation>不承诺</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit of a target</comment>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit of a target</comment>
        <translation>小时</translation>
    </message>
    <message>
        <source>business days</source>
        <comment>unit of a target</comment>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>of a target</comment>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>of a target</comment>
        <translation>单位</translation>
    </message>
</context>
<context>
    <name>dueline::TicketActionDialog</name>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number and subject</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Reply to the Customer</source>
        <translation>回复客户</translation>
    </message>
    <message>
        <source>Reply:</source>
        <comment>a public reply to the customer</comment>
        <translation>回复：</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>an internal note on a ticket</comment>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Resolve Ticket</source>
        <translation>解决工单</translation>
    </message>
    <message>
        <source>Summary:</source>
        <comment>what solved the ticket</comment>
        <translation>解决摘要：</translation>
    </message>
    <message>
        <source>Reopen Ticket</source>
        <translation>重新打开工单</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Change Severity</source>
        <translation>更改严重级别</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>严重级别(&amp;S)：</translation>
    </message>
    <message>
        <source>Change Plan</source>
        <translation>更改支持计划</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>支持计划(&amp;P)：</translation>
    </message>
    <message>
        <source>Override Due</source>
        <translation>修改截止时间</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>SLA target</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>SLA target</comment>
        <translation>解决</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <comment>which SLA clock</comment>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Due (your time):</source>
        <translation>截止时间（您的时间）(&amp;D)：</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Reply and Wait</source>
        <translation>回复并等待</translation>
    </message>
    <message>
        <source>The reply goes to the customer and meets the response target; then the SLA clocks pause until the customer answers.</source>
        <translation>回复将发送给客户，并满足响应目标；随后 SLA 计时暂停，直到客户答复。</translation>
    </message>
    <message>
        <source>The ticket was opened on %1: a due instant before that cannot be set.</source>
        <translation>工单创建于 %1：不能设定早于该时间的截止时间。</translation>
    </message>
</context>
<context>
    <name>dueline::TicketPanel</name>
    <message>
        <source>Ticket #%1 cannot be loaded while the connection to the database is lost. It appears here once the connection is back.</source>
        <translation>与数据库的连接断开期间无法加载工单 #%1。连接恢复后，该工单将显示在此处。</translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks and history.</source>
        <translation>选择工单即可查看其计时和历史记录。</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number and subject</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (company)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation>等待客户</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>支持计划</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA 计时</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>不承诺</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <source>%1 left · at risk</source>
        <translation>剩余 %1 · 即将超时</translation>
    </message>
    <message>
        <source>paused · %1 left</source>
        <translation>已暂停 · 剩余 %1</translation>
    </message>
    <message>
        <source>%1 left · outside working hours, resumes %2</source>
        <translation>剩余 %1 · 非工作时间，%2 恢复计时</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达标</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>超时完成</translation>
    </message>
    <message>
        <source>Due if resumed now</source>
        <translation>立即恢复时的截止时间</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>SLA due instant</comment>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation>由组长设定</translation>
    </message>
    <message>
        <source>Computed past the calendar&apos;s verified holiday data.</source>
        <translation>计算超出了该日历已核实的节假日数据范围。</translation>
    </message>
    <message>
        <source>Why this deadline?</source>
        <translation>为何是这个截止时间？</translation>
    </message>
    <message>
        <source>%1 of working time counted, %2 (times in %3)</source>
        <translation>已计入工作时间 %1，目标 %2（时间按 %3）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>计入 %1</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>非工作时间</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>休息日：%1</translation>
    </message>
    <message>
        <source>shortened day, counted %1</source>
        <translation>缩短工作日，计入 %1</translation>
    </message>
    <message>
        <source>paused, %1 of working time not counted</source>
        <translation>已暂停，未计入工作时间 %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Service stage</source>
        <translation>服务阶段</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a service stage and the provider&apos;s description of it</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>wall-clock time since the due instant</comment>
        <translation>已超时 %1</translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation>您所在时区：%1</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>剩余工作时间 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;: %3</source>
        <comment>an SLA clock, its target and its state</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;（%2）&lt;/small&gt;：%3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>an SLA clock and its state</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>dueline::TrayNotifications</name>
    <message numerus="yes">
        <source>Dueline: %n at risk</source>
        <translation>
            <numerusform>Dueline：%n 个工单即将超时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation>
            <numerusform>%n 个工单已超时</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::UndoBar</name>
    <message>
        <source>#%1 taken</source>
        <comment>a ticket number: the ticket was assigned to me</comment>
        <translation>已领取 #%1</translation>
    </message>
    <message>
        <source>#%1 unassigned</source>
        <comment>a ticket number</comment>
        <translation>#%1 已取消分配</translation>
    </message>
    <message>
        <source>#%1 assigned to %2</source>
        <comment>a ticket number and an agent&apos;s name</comment>
        <translation>#%1 已分配给 %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>take back a take or an assignment</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Give the ticket back to whoever had it before (%1)</source>
        <translation>将工单交还给之前的处理人（%1）</translation>
    </message>
    <message>
        <source>Undo Assignment</source>
        <translation>撤销分配</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>dueline::WaitingChangesButton</name>
    <message>
        <source>The list holds still while the pointer is over it, so that no row moves under it. Click to move the changed tickets to their places now; they also move when the pointer leaves the list.</source>
        <translation>指针停在列表上时，列表保持不动，行不会在指针下移动。点击可立即把有变化的工单移到新位置；指针离开列表时它们也会移动。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) — show</source>
        <comment>the queue holds still; moved rows wait</comment>
        <translation>
            <numerusform>%n 项更改 — 显示</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::WallboardWidget</name>
    <message>
        <source>Dueline Wallboard</source>
        <translation>Dueline 大屏看板</translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation>未关闭工单</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>即将超时</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>running</source>
        <translation>计时中</translation>
    </message>
    <message>
        <source>breach within the hour</source>
        <translation>1 小时内超时</translation>
    </message>
    <message>
        <source>breach within 4 hours</source>
        <translation>4 小时内超时</translation>
    </message>
    <message>
        <source>breach by end of today</source>
        <translation>今天结束前超时</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>SLA 达标率</translation>
    </message>
    <message>
        <source>Open tickets now</source>
        <translation>当前未关闭工单</translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation>超时预测</translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation>每日超时</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n %1 ticket(s)&lt;/b&gt; breach during %2 unless answered by %3</source>
        <translation>
            <numerusform>&lt;b&gt;%1 的 %n 个工单&lt;/b&gt;将在“%2”期间超时，除非在 %3 前响应</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a provider and its plan</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No breaches in this period</source>
        <translation>该时段内没有超时</translation>
    </message>
</context>
<context>
    <name>dueline::WeeklyHoursRow</name>
    <message>
        <source>Starts on %1</source>
        <comment>notification hours: the interval starts on this weekday</comment>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>From</source>
        <comment>notification hours: start of the interval</comment>
        <translation>开始</translation>
    </message>
    <message>
        <source>To (00:00 is midnight at the end of the day)</source>
        <comment>notification hours: end of the interval</comment>
        <translation>结束（00:00 表示当天结束时的午夜）</translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation>删除此时间段</translation>
    </message>
    <message>
        <source>all day</source>
        <comment>notification hours: 00:00 to midnight</comment>
        <translation>全天</translation>
    </message>
    <message>
        <source>ends next day %1</source>
        <comment>notification hours: the interval crosses midnight</comment>
        <translation>次日 %1 结束</translation>
    </message>
</context>
<context>
    <name>dueline::WeeklyWaitChart</name>
    <message>
        <source>Opened %1: no commitment</source>
        <comment>chart point</comment>
        <translation>%1 创建：不承诺</translation>
    </message>
    <message>
        <source>Opened %1 → answered %2 (%3)</source>
        <comment>chart point: ticket opened, first reply due</comment>
        <translation>%1 创建 → %2 响应（%3）</translation>
    </message>
    <message>
        <source>Opened %1 → resolved %2 (%3)</source>
        <comment>chart point: ticket opened, resolution due</comment>
        <translation>%1 创建 → %2 解决（%3）</translation>
    </message>
    <message>
        <source>Hours (log scale)</source>
        <comment>chart axis: the real wait in hours</comment>
        <translation>小时（对数刻度）</translation>
    </message>
    <message>
        <source>Real wait by opening hour over a week</source>
        <translation>一周内按创建时刻统计的实际等待时间</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop SLA console for technical-support teams</source>
        <translation>面向技术支持团队的桌面 SLA 控制台</translation>
    </message>
    <message>
        <source>Interface language: en, ru or zh_CN.</source>
        <translation>界面语言：en、ru 或 zh_CN。</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation>外观：light（浅色）、dark（深色）或 system（跟随系统）。</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en, ru or zh_CN)</source>
        <translation>未知语言“%1”（应为 en、ru 或 zh_CN）</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark or system)</source>
        <translation>未知外观“%1”（应为 light、dark 或 system）</translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (expected queue, plans or dashboard)</source>
        <translation>未知工作区“%1”（应为 queue、plans 或 dashboard）</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Team Catalog Not Loaded</source>
        <translation>未加载团队目录</translation>
    </message>
    <message>
        <source>A file of your team&apos;s catalog has an error, so Dueline uses the built-in catalog only. Correct the file and start Dueline again.</source>
        <translation>团队目录中的某个文件有错误，因此 Dueline 仅使用内置目录。请修正该文件后重新启动 Dueline。</translation>
    </message>
    <message>
        <source>first run: filling %1 with %2 demo tickets</source>
        <translation>首次运行：正在向 %1 填充 %2 个演示工单</translation>
    </message>
    <message>
        <source>Ticket database: sqlite:PATH or postgresql://… (default: DUELINE_DB, else %1).</source>
        <translation>工单数据库：sqlite:路径 或 postgresql://…（默认：DUELINE_DB，否则为 %1）。</translation>
    </message>
    <message>
        <source>A team catalog file in the shared database was not loaded: %1</source>
        <translation>共享数据库中的一个团队目录文件未能加载：%1</translation>
    </message>
    <message>
        <source>Dueline could not start again on the chosen database.</source>
        <translation>Dueline 无法使用所选数据库重新启动。</translation>
    </message>
    <message>
        <source>%1: login %2 is not a Dueline agent; ask the administrator to run &quot;dueline-cli db add-user %2&quot;</source>
        <translation>%1：登录名 %2 不是 Dueline 客服账号；请让管理员运行“dueline-cli db add-user %2”</translation>
    </message>
    <message>
        <source>Not connected to %1: its certificate is not verified and you chose not to connect without. Choose TLS verify-full in File &gt; Connect, or choose the server there again to be asked again.</source>
        <translation>未连接到 %1：其证书未经验证，而您选择了不在未验证的情况下连接。请在“文件 &gt; 连接数据库”中选择 TLS verify-full，或在那里再次选择该服务器以重新回答。</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>许可证：%1</translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation>本程序是自由软件，依据 GNU 通用公共许可证第 3 版或更高版本发布。</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>database error on %1: %2</source>
        <translation>数据库 %1 出错：%2</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>字段 %1 不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>带引号的字段直到文件末尾都未闭合</translation>
    </message>
    <message>
        <source>unexpected text after a quoted field (field %1)</source>
        <translation>带引号的字段后有多余文本（字段 %1）</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (field %1)</source>
        <translation>不带引号的字段中出现引号（字段 %1）</translation>
    </message>
    <message>
        <source>the number of tickets must not be negative</source>
        <translation>工单数量不能为负数</translation>
    </message>
    <message>
        <source>the catalog has no plans</source>
        <translation>目录中没有支持计划</translation>
    </message>
    <message>
        <source>demo data goes into an empty database, and %1 already holds data</source>
        <translation>演示数据只能写入空数据库，而 %1 中已有数据</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with a UTC offset (e.g. 2026-01-12T08:00:00+00:00)</source>
        <translation>“%1”不是带 UTC 偏移的 ISO 8601 日期时间（例如 2026-01-12T08:00:00+00:00）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>“%1”不是有效的日期和时间</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid UTC offset</source>
        <translation>“%1”的 UTC 偏移无效</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL needs a file (sqlite:PATH)</source>
        <translation>“%1”：SQLite URL 需要指定文件（sqlite:路径）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (%2)</source>
        <translation>“%1”不是有效的 PostgreSQL URL（%2）</translation>
    </message>
    <message>
        <source>a database URL must not contain a password: put it in ~/.pgpass or the PGPASSWORD variable</source>
        <translation>数据库 URL 中不能包含密码：请将密码写入 ~/.pgpass 或 PGPASSWORD 环境变量</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be between 1 and 65535</source>
        <translation>“%1”：端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the database after the host (postgresql://user@host:port/DATABASE)</source>
        <translation>“%1”：请在主机之后指定数据库名（postgresql://user@host:port/数据库）</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown connection option &quot;%2&quot;</source>
        <translation>“%1”：未知连接选项“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>“%1”不是数据库 URL：请使用 sqlite:路径 或 postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>there is no database at %1; create it with &quot;dueline-cli db init&quot;</source>
        <translation>%1 处没有数据库；请用“dueline-cli db init”创建</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>无法为数据库创建文件夹 %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (Debian: libqt6sql6-sqlite)</source>
        <translation>缺少 Qt SQLite 驱动（Debian：libqt6sql6-sqlite）</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (journal mode %2); is the file on a network drive?</source>
        <translation>%1：无法切换到预写日志（WAL）模式（当前日志模式为 %2）；该文件是否位于网络驱动器上？</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (Debian: libqt6sql6-psql)</source>
        <translation>缺少 Qt PostgreSQL 驱动（Debian：libqt6sql6-psql）</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>cannot set up the session on %1: %2</source>
        <translation>无法在 %1 上建立会话：%2</translation>
    </message>
    <message>
        <source>not used by a %1 record</source>
        <translation>%1 记录不使用此字段</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>expected a positive whole number, not &quot;%1&quot;</source>
        <translation>应为正整数，而不是“%1”</translation>
    </message>
    <message>
        <source>a login has no spaces</source>
        <translation>登录名不能包含空格</translation>
    </message>
    <message>
        <source>expected agent or lead, not &quot;%1&quot;</source>
        <translation>应为 agent 或 lead，而不是“%1”</translation>
    </message>
    <message>
        <source>agent %1 appears twice</source>
        <translation>客服 %1 出现了两次</translation>
    </message>
    <message>
        <source>agent id %1 appears twice</source>
        <translation>客服 ID %1 出现了两次</translation>
    </message>
    <message>
        <source>agent %1 exists in the database with a different id, name or role</source>
        <translation>数据库中已存在客服 %1，但其 ID、姓名或角色不同</translation>
    </message>
    <message>
        <source>agent id %1 is taken in the database by %2</source>
        <translation>客服 ID %1 在数据库中已被 %2 占用</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation>未知支持计划“%1”</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>未知时区“%1”</translation>
    </message>
    <message>
        <source>expected en, ru or zh_CN, not &quot;%1&quot;</source>
        <translation>应为 en、ru 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>customer id %1 appears twice</source>
        <translation>客户 ID %1 出现了两次</translation>
    </message>
    <message>
        <source>customer #%1 exists in the database with different data</source>
        <translation>数据库中已存在客户 #%1，但数据不同</translation>
    </message>
    <message>
        <source>ticket #%1 appears twice</source>
        <translation>工单 #%1 出现了两次</translation>
    </message>
    <message>
        <source>ticket #%1 exists in the database already</source>
        <translation>数据库中已存在工单 #%1</translation>
    </message>
    <message>
        <source>unknown customer #%1 (customers come before their tickets)</source>
        <translation>未知客户 #%1（客户记录须位于其工单之前）</translation>
    </message>
    <message>
        <source>unknown agent &quot;%1&quot;</source>
        <translation>未知客服“%1”</translation>
    </message>
    <message>
        <source>an event must follow its ticket&apos;s record (ticket #%1)</source>
        <translation>事件必须位于其工单记录之后（工单 #%1）</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>未知事件类型“%1”</translation>
    </message>
    <message>
        <source>not used by a %1 event</source>
        <translation>%1 事件不使用此字段</translation>
    </message>
    <message>
        <source>action id %1 appears twice</source>
        <translation>操作 ID %1 出现了两次</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>未知状态“%1”</translation>
    </message>
    <message>
        <source>expected response or resolution, not &quot;%1&quot;</source>
        <translation>应为 response 或 resolution，而不是“%1”</translation>
    </message>
    <message>
        <source>ticket #%1 has no events (it needs at least &quot;created&quot;)</source>
        <translation>工单 #%1 没有任何事件（至少需要“created”）</translation>
    </message>
    <message>
        <source>a %1 event needs an agent</source>
        <translation>%1 事件需要指定客服</translation>
    </message>
    <message>
        <source>only a lead can override a due time (%1 is not one)</source>
        <translation>只有组长才能修改截止时间（%1 不是组长）</translation>
    </message>
    <message>
        <source>plan %1 has no channel &quot;%2&quot;</source>
        <translation>支持计划 %1 没有渠道“%2”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the ticket&apos;s events, which lead to &quot;%2&quot;</source>
        <translation>“%1”与工单的事件不符，按事件应为“%2”</translation>
    </message>
    <message>
        <source>the file is empty (expected the header line)</source>
        <translation>文件为空（应有标题行）</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>未知列“%1”</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>列“%1”出现了两次</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation>缺少列“%1”</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>应有 %1 个字段，实际为 %2 个</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>未知字段</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>不是有效的 JSON（%1）</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>expected &quot;dueline-tickets&quot;</source>
        <translation>应为“dueline-tickets”</translation>
    </message>
    <message>
        <source>expected %1 (this Dueline reads version %1)</source>
        <translation>应为 %1（此版本 Dueline 只能读取版本 %1）</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <source>%1: expected a .csv or .json file</source>
        <translation>%1：应为 .csv 或 .json 文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>无法读取 %1 的架构版本：%2</translation>
    </message>
    <message>
        <source>the built-in migrations are broken: %1</source>
        <translation>内置迁移已损坏：%1</translation>
    </message>
    <message>
        <source>cannot back up %1 before updating its schema: %2</source>
        <translation>更新架构前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating its schema, nothing was changed: %3</source>
        <translation>更新架构前无法将 %1 备份到 %2，未做任何更改：%3</translation>
    </message>
    <message>
        <source>%1 has schema version %2, made by a newer Dueline (this one knows up to %3); update Dueline</source>
        <translation>%1 的架构版本为 %2，由更新版本的 Dueline 创建（当前版本最高支持 %3）；请更新 Dueline</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed on %3, nothing was changed: %4</source>
        <translation>迁移 %1（%2）在 %3 上失败，未做任何更改：%4</translation>
    </message>
    <message>
        <source>%1 has no Dueline schema; create it with &quot;dueline-cli db init&quot;</source>
        <translation>%1 中没有 Dueline 架构；请用“dueline-cli db init”创建</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but this Dueline needs %3; run &quot;dueline-cli db migrate&quot;</source>
        <translation>%1 的架构版本为 %2，而当前 Dueline 需要 %3；请运行“dueline-cli db migrate”</translation>
    </message>
    <message>
        <source>cannot read the team catalog of %1: %2</source>
        <translation>无法读取 %1 中的团队目录：%2</translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation>不存在客服 %1</translation>
    </message>
    <message>
        <source>only a lead may change the team catalog in the shared database</source>
        <translation>只有组长才能修改共享数据库中的团队目录</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team catalog file: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and end it in .json</source>
        <translation>“%1”不能用作团队目录文件名：请使用字母、数字、“.”、“_”或“-”，并以 .json 结尾</translation>
    </message>
    <message>
        <source>%1 is no longer in the shared database: someone removed it; nothing was saved</source>
        <translation>%1 已不在共享数据库中：已被他人删除；未保存任何内容</translation>
    </message>
    <message>
        <source>%1 is already in the shared database: someone saved it first; open the catalog editor again to see it. Nothing was saved</source>
        <translation>%1 已在共享数据库中：已被他人抢先保存；请重新打开目录编辑器查看。未保存任何内容</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you edited version %3); open the catalog editor again to see it. Nothing was saved</source>
        <translation>%1 已被他人修改（版本 %2，您编辑的是版本 %3）；请重新打开目录编辑器查看。未保存任何内容</translation>
    </message>
    <message>
        <source>%1 is not in the shared database</source>
        <translation>%1 不在共享数据库中</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you saw version %3); nothing was removed</source>
        <translation>%1 已被他人修改（版本 %2，您看到的是版本 %3）；未删除任何内容</translation>
    </message>
    <message>
        <source>%1 cannot be removed: the other files need it (%2)</source>
        <translation>无法删除 %1：其他文件需要它（%2）</translation>
    </message>
    <message>
        <source>expected event number %1, not %2</source>
        <translation>应为第 %1 个事件，而不是第 %2 个</translation>
    </message>
    <message>
        <source>the first event of a ticket must be &quot;created&quot;</source>
        <translation>工单的第一个事件必须是“created”</translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation>工单只能创建一次</translation>
    </message>
    <message>
        <source>%1 is earlier than the previous event (%2)</source>
        <translation>%1 早于上一个事件（%2）</translation>
    </message>
    <message>
        <source>the ticket is closed; only internal notes can be added</source>
        <translation>工单已关闭；只能添加内部备注</translation>
    </message>
    <message>
        <source>a plan is required</source>
        <translation>必须指定支持计划</translation>
    </message>
    <message>
        <source>a severity is required</source>
        <translation>必须指定严重级别</translation>
    </message>
    <message>
        <source>plan %1 has no severity &quot;%2&quot; (it has: %3)</source>
        <translation>支持计划 %1 没有严重级别“%2”（可用：%3）</translation>
    </message>
    <message>
        <source>provider %1 has no service stage &quot;%2&quot;</source>
        <translation>服务商 %1 没有服务阶段“%2”</translation>
    </message>
    <message>
        <source>the ticket is not assigned to anyone</source>
        <translation>工单未分配给任何人</translation>
    </message>
    <message>
        <source>the ticket is already assigned to that agent</source>
        <translation>工单已分配给该客服</translation>
    </message>
    <message>
        <source>a reply needs a text</source>
        <translation>回复内容不能为空</translation>
    </message>
    <message>
        <source>a note needs a text</source>
        <translation>备注内容不能为空</translation>
    </message>
    <message>
        <source>only a new or open ticket can wait on the customer (it is %1)</source>
        <translation>只有新建或处理中的工单才能等待客户（当前状态：%1）</translation>
    </message>
    <message>
        <source>only a ticket waiting on the customer can resume (it is %1)</source>
        <translation>只有等待客户的工单才能恢复处理（当前状态：%1）</translation>
    </message>
    <message>
        <source>only a resolved ticket can be closed (it is %1)</source>
        <translation>只有已解决的工单才能关闭（当前状态：%1）</translation>
    </message>
    <message>
        <source>a status event sets waiting_customer, open or closed, not %1</source>
        <translation>状态事件只能设置 waiting_customer、open 或 closed，而不是 %1</translation>
    </message>
    <message>
        <source>the severity is already %1</source>
        <translation>严重级别已是 %1</translation>
    </message>
    <message>
        <source>the ticket is already on plan %1</source>
        <translation>工单已在支持计划 %1 下</translation>
    </message>
    <message>
        <source>only an open ticket can be resolved (it is %1)</source>
        <translation>只有处理中的工单才能标记为已解决（当前状态：%1）</translation>
    </message>
    <message>
        <source>only a resolved ticket can be reopened (it is %1)</source>
        <translation>只有已解决的工单才能重新打开（当前状态：%1）</translation>
    </message>
    <message>
        <source>a due override needs the new due time</source>
        <translation>修改截止时间需要提供新的截止时间</translation>
    </message>
    <message>
        <source>a due override needs a reason</source>
        <translation>修改截止时间需要说明原因</translation>
    </message>
    <message>
        <source>an agent needs a login without spaces (&quot;%1&quot;)</source>
        <translation>客服的登录名不能包含空格（“%1”）</translation>
    </message>
    <message>
        <source>cannot add agent %1: %2</source>
        <translation>无法添加客服 %1：%2</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>客户名称不能为空</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot; (see dueline-cli plans)</source>
        <translation>未知支持计划“%1”（参见 dueline-cli plans）</translation>
    </message>
    <message>
        <source>cannot add customer %1: %2</source>
        <translation>无法添加客户 %1：%2</translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation>不存在工单 #%1</translation>
    </message>
    <message>
        <source>an action needs an action id</source>
        <translation>操作必须带有操作 ID</translation>
    </message>
    <message>
        <source>there is no agent #%1</source>
        <translation>不存在客服 #%1</translation>
    </message>
    <message>
        <source>there is no customer #%1</source>
        <translation>不存在客户 #%1</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>工单主题不能为空</translation>
    </message>
    <message>
        <source>plan %1 has no channel &quot;%2&quot; (it has: %3)</source>
        <translation>支持计划 %1 没有渠道“%2”（可用：%3）</translation>
    </message>
    <message>
        <source>action id %1 was already used for ticket #%2</source>
        <translation>操作 ID %1 已用于工单 #%2</translation>
    </message>
    <message>
        <source>ticket #%1 was changed by someone else; reload and try again</source>
        <translation>工单 #%1 已被他人修改；请刷新后重试</translation>
    </message>
    <message>
        <source>this action needs an agent</source>
        <translation>此操作需要指定客服</translation>
    </message>
    <message>
        <source>%1 is not a team lead: only a lead can override a due time</source>
        <translation>%1 不是组长：只有组长才能修改截止时间</translation>
    </message>
    <message>
        <source>ticket #%1 has a damaged history (event %2: %3)</source>
        <translation>工单 #%1 的历史记录已损坏（事件 %2：%3）</translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation>工单 #%1：%2</translation>
    </message>
    <message>
        <source>restore the copy %1 made before the last schema update (it lacks the changes made since) or another backup, or move the file away and run &quot;dueline-cli db init&quot; to start a new database</source>
        <translation>请恢复上次架构更新前生成的副本 %1（其中不包含此后的更改）或其他备份，或将该文件移走并运行“dueline-cli db init”以新建数据库</translation>
    </message>
    <message>
        <source>restore it from a backup, or move the file away and run &quot;dueline-cli db init&quot; to start a new database</source>
        <translation>请从备份恢复，或将该文件移走并运行“dueline-cli db init”以新建数据库</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Dueline database (%2): %3</source>
        <translation>%1 已损坏或不是 Dueline 数据库（%2）：%3</translation>
    </message>
    <message>
        <source>cannot read %1 (%2): give your user read and write access to the file and its folder, or open another database</source>
        <translation>无法读取 %1（%2）：请为您的用户授予该文件及其所在文件夹的读写权限，或打开其他数据库</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Dueline database: %2</source>
        <translation>%1 是空文件（0 字节），不是 Dueline 数据库：%2</translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation>与 %1 的连接已断开</translation>
    </message>
    <message>
        <source>lost the connection to %1: %2</source>
        <translation>与 %1 的连接已断开：%2</translation>
    </message>
    <message>
        <source>at least a &quot;created&quot; event</source>
        <translation>至少一个“created”事件</translation>
    </message>
    <message>
        <source>%1 again in event %2</source>
        <translation>%1 在事件 %2 中再次出现</translation>
    </message>
    <message>
        <source>each action id once</source>
        <translation>每个操作 ID 仅出现一次</translation>
    </message>
    <message>
        <source>at most %1 (event %2 has no action id)</source>
        <translation>最多 %1（事件 %2 没有操作 ID）</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>事件 %1（%2）</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 个事件</translation>
    </message>
    <message>
        <source>no ticket #%1</source>
        <translation>没有工单 #%1</translation>
    </message>
    <message>
        <source>%1 in %2 events (tickets #%3 … #%4)</source>
        <translation>%1 出现在 %2 个事件中（工单 #%3 … #%4）</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>不是有效的 UTF-8</translation>
    </message>
    <message>
        <source>not valid Unicode (a lone surrogate at character %1)</source>
        <translation>不是有效的 Unicode（第 %1 个字符处有孤立的代理项）</translation>
    </message>
    <message>
        <source>contains a NUL character at character %1</source>
        <translation>第 %1 个字符处包含 NUL 字符</translation>
    </message>
    <message>
        <source>contains a line break (one line expected)</source>
        <translation>包含换行符（应为单行）</translation>
    </message>
    <message>
        <source>contains the control character U+%1 at character %2</source>
        <translation>第 %2 个字符处包含控制字符 U+%1</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>字段 %1：%2</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation>过长：%1 个字符，最多允许 %2 个</translation>
    </message>
    <message>
        <source>too long: %1 bytes (UTF-8), at most %2 (%3 MiB) are allowed</source>
        <translation>过长：%1 字节（UTF-8），最多允许 %2 字节（%3 MiB）</translation>
    </message>
    <message>
        <source>%1 is outside the years Dueline accepts (%2 to %3, UTC)</source>
        <translation>%1 超出了 Dueline 接受的年份范围（%2 至 %3，UTC）</translation>
    </message>
    <message>
        <source>%1 has no schema to create the tables in: %2</source>
        <translation>数据库 %1 中没有可用于创建表的架构：%2</translation>
    </message>
    <message>
        <source>field time_zone: unknown time zone &quot;%1&quot;</source>
        <translation>字段 time_zone：未知时区“%1”</translation>
    </message>
    <message>
        <source>field language: expected en, ru or zh_CN, not &quot;%1&quot;</source>
        <translation>字段 language：应为 en、ru 或 zh_CN，而不是“%1”</translation>
    </message>
    <message>
        <source>%1 refused the action: %2</source>
        <translation>数据库 %1 拒绝了该操作：%2</translation>
    </message>
    <message>
        <source>%1 is a SQLite file: database roles exist only on a PostgreSQL server</source>
        <translation>%1 是 SQLite 文件：数据库角色仅存在于 PostgreSQL 服务器上</translation>
    </message>
    <message>
        <source>%1: &quot;db init --admin&quot; needs a superuser or a role with CREATEROLE</source>
        <translation>%1：“db init --admin”需要超级用户或具有 CREATEROLE 权限的角色</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use letters, digits, _ . - @ (at most 63 bytes), starting with a letter, not pg_ or dueline_</source>
        <translation>登录名“%1”：请使用字母、数字及 _ . - @（最多 63 字节），以字母开头，且不能以 pg_ 或 dueline_ 开头</translation>
    </message>
    <message>
        <source>the password for %1 is too short (at least 8 characters)</source>
        <translation>%1 的密码太短（至少需要 8 个字符）</translation>
    </message>
    <message>
        <source>%1 has no Dueline roles yet; run &quot;dueline-cli db init --admin&quot; first</source>
        <translation>%1 上尚无 Dueline 角色；请先运行“dueline-cli db init --admin”</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL connection</source>
        <translation>%1：没有 PostgreSQL 连接</translation>
    </message>
    <message>
        <source>cannot protect the password for %1: %2</source>
        <translation>无法为 %1 加密密码：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another program (dueline-cli, another Dueline window or a sqlite3 shell) kept it locked for more than %n second(s); nothing was changed, try again</source>
        <translation>
            <numerusform>%1 正忙：另一个程序（dueline-cli、另一个 Dueline 窗口或 sqlite3 命令行）锁定它已超过 %n 秒；未做任何更改，请重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a Dueline service role: add-user never changes it</source>
        <translation>%1 是 Dueline 的服务角色：add-user 永远不会更改它</translation>
    </message>
    <message>
        <source>role %1 has %2: add-user never changes a superuser or a role with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS</source>
        <translation>角色 %1 具有 %2：add-user 永远不会更改超级用户或具有 CREATEROLE、CREATEDB、REPLICATION 或 BYPASSRLS 权限的角色</translation>
    </message>
    <message>
        <source>role %1 is a member of %2: add-user never changes a role that acts as the schema owner</source>
        <translation>角色 %1 是 %2 的成员：add-user 永远不会更改以架构所有者身份行事的角色</translation>
    </message>
    <message>
        <source>role %1 exists but is not a Dueline user: add-user changes it only when told to adopt it (--adopt), which replaces its password</source>
        <translation>角色 %1 已存在，但不是 Dueline 用户：只有明确要求接管（--adopt）时 add-user 才会更改它，并会替换其密码</translation>
    </message>
    <message>
        <source>connection option %1: a semicolon is not allowed in its value</source>
        <translation>连接选项 %1：值中不允许包含分号</translation>
    </message>
    <message>
        <source>connection option %1: control characters are not allowed in its value</source>
        <translation>连接选项 %1：值中不允许包含控制字符</translation>
    </message>
    <message>
        <source>connection option %1 must be one of: %2</source>
        <translation>连接选项 %1 必须是以下之一：%2</translation>
    </message>
    <message>
        <source>connection option %1 must be a whole number</source>
        <translation>连接选项 %1 必须是整数</translation>
    </message>
    <message>
        <source>no sslmode is given</source>
        <translation>未指定 sslmode</translation>
    </message>
    <message>
        <source>sslmode=%1 is set</source>
        <translation>设置了 sslmode=%1</translation>
    </message>
    <message>
        <source>%1 is not on this computer and %2, so the server&apos;s certificate is not verified: add sslmode=verify-full to the URL (and sslrootcert=FILE when the CA is not in ~/.postgresql/root.crt)</source>
        <translation>%1 不在本机上，且 %2，因此不会验证服务器证书：请在 URL 中添加 sslmode=verify-full（若 CA 证书不在 ~/.postgresql/root.crt 中，还需添加 sslrootcert=文件）</translation>
    </message>
    <message>
        <source>%1: only the schema owner (or a superuser) repairs the tickets of a shared database</source>
        <translation>%1：只有架构所有者（或超级用户）才能修复共享数据库中的工单</translation>
    </message>
    <message>
        <source>ticket #%1: %2: %3 (%4)</source>
        <translation>工单 #%1：%2：%3（%4）</translation>
    </message>
    <message>
        <source>catalog records come before agents, customers and tickets</source>
        <translation>目录记录必须位于客服、客户和工单之前</translation>
    </message>
    <message>
        <source>catalog file %1 appears twice</source>
        <translation>目录文件 %1 出现了两次</translation>
    </message>
    <message>
        <source>catalog file %1 is in the database with other content</source>
        <translation>目录文件 %1 已以不同内容存在于数据库中</translation>
    </message>
    <message>
        <source>expected catalog, agent, customer, ticket or event, not &quot;%1&quot;</source>
        <translation>应为 catalog、agent、customer、ticket 或 event，而不是“%1”</translation>
    </message>
    <message>
        <source>ticket #%1 is busy: another agent is changing it right now; try again in a moment</source>
        <translation>工单 #%1 正忙：另一位客服正在修改它；请稍后重试</translation>
    </message>
    <message>
        <source>ticket #%1: the server derives %2 %3, the engine %4</source>
        <translation>工单 #%1：服务器推导的 %2 为 %3，引擎为 %4</translation>
    </message>
    <message>
        <source>%1 lacks the server-side write functions of this version</source>
        <translation>%1 缺少此版本的服务器端写入函数</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot act on tickets</source>
        <translation>%1 已停用，不能处理工单</translation>
    </message>
    <message>
        <source>%1 is deactivated: tickets cannot be assigned to them</source>
        <translation>%1 已停用：不能为其分配工单</translation>
    </message>
    <message>
        <source>an agent needs a name</source>
        <translation>客服必须有姓名</translation>
    </message>
    <message>
        <source>%1 is the only active team lead; make another agent a lead first</source>
        <translation>%1 是唯一启用的组长；请先将其他客服设为组长</translation>
    </message>
    <message>
        <source>%1 refused the due instant: it is before the ticket was opened</source>
        <translation>数据库 %1 拒绝了该截止时间：它早于工单创建时间</translation>
    </message>
    <message>
        <source>%1 refused the pause: waiting on the customer needs a reply to them in the same action</source>
        <translation>数据库 %1 拒绝了暂停：等待客户需要在同一操作中先回复客户</translation>
    </message>
    <message>
        <source>%1 refused the undo: only the agent who made a ticket&apos;s latest assignment can undo it, back to the assignee before it</source>
        <translation>数据库 %1 拒绝了撤销：只有做出工单最近一次分配的客服才能撤销，且只能恢复为之前的处理人</translation>
    </message>
    <message>
        <source>ticket #%1: waiting on the customer needs a reply to them in the same action (a pause is earned by a reply)</source>
        <translation>工单 #%1：等待客户需要在同一操作中先回复客户（暂停须以回复为前提）</translation>
    </message>
    <message>
        <source>ticket #%1 was opened at %2: a due instant before that cannot be set</source>
        <translation>工单 #%1 创建于 %2：不能设定早于该时间的截止时间</translation>
    </message>
    <message>
        <source>ticket #%1 has no such assignment to undo</source>
        <translation>工单 #%1 没有可撤销的该分配</translation>
    </message>
    <message>
        <source>only the agent who assigned ticket #%1 can undo it</source>
        <translation>只有分配工单 #%1 的客服才能撤销该分配</translation>
    </message>
    <message>
        <source>ticket #%1 was assigned again since: only its latest assignment can be undone</source>
        <translation>工单 #%1 此后已被重新分配：只能撤销最近一次分配</translation>
    </message>
    <message>
        <source>the notification settings of agent #%1 do not read: %2</source>
        <translation>无法读取客服 #%1 的通知设置：%2</translation>
    </message>
    <message>
        <source>the notification settings are not valid: %1</source>
        <translation>通知设置无效：%1</translation>
    </message>
    <message>
        <source>%1 refused the notification settings: %2</source>
        <translation>%1 拒绝了通知设置：%2</translation>
    </message>
    <message>
        <source>the ticket has no response commitment to override</source>
        <translation>该工单没有可修改的响应时限承诺</translation>
    </message>
    <message>
        <source>the ticket has no resolution commitment to override</source>
        <translation>该工单没有可修改的解决时限承诺</translation>
    </message>
    <message>
        <source>plan %1 no longer offers channel &quot;%2&quot;: its existing tickets keep it, a new one takes another</source>
        <translation>支持计划 %1 已不再提供渠道“%2”：已有工单保留该渠道，新工单请选择其他渠道</translation>
    </message>
</context>
</TS>
