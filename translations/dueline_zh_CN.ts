<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
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
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot create a temporary folder to validate the catalog</source>
        <translation>无法创建用于校验目录的临时文件夹</translation>
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
        <translation>无承诺</translation>
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
    <name>MainWindow</name>
    <message>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
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
        <translation>您的工单队列，实时倒数距每一次 SLA 违约的剩余时间。</translation>
    </message>
    <message>
        <source>Support plans side by side, and the real deadline each gives for the same incident.</source>
        <translation>并排比较各支持计划，以及同一事件在每个计划下的实际截止时间。</translation>
    </message>
    <message>
        <source>Compliance, breaches and what breaches next, for team leads.</source>
        <translation>为团队负责人呈现达标情况、违约情况以及即将违约的工单。</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>暂无工单</translation>
    </message>
    <message>
        <source>No plans to compare yet</source>
        <translation>暂无可比较的支持计划</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>暂无可绘制图表的数据</translation>
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
        <source>Create a ticket, or fill a demo database with:</source>
        <translation>请创建工单，或使用以下命令生成演示数据库：</translation>
    </message>
    <message>
        <source>Plans come from the built-in catalog and your team&apos;s catalog files. To list them, run:</source>
        <translation>支持计划来自内置目录和您团队的目录文件。要列出这些计划，请运行：</translation>
    </message>
    <message>
        <source>Charts appear once the queue has tickets. For a demo, run:</source>
        <translation>队列中有工单后即会显示图表。如需演示，请运行：</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>工作区</translation>
    </message>
</context>
<context>
    <name>PlanMatrixModel</name>
    <message>
        <source>P1 — business down</source>
        <translation>P1 — 业务中断</translation>
    </message>
    <message>
        <source>P2 — important function unavailable</source>
        <translation>P2 — 重要功能不可用</translation>
    </message>
    <message>
        <source>P3 — function impaired or degraded</source>
        <translation>P3 — 功能受损或性能下降</translation>
    </message>
    <message>
        <source>P4 — question, consultation</source>
        <translation>P4 — 问题咨询</translation>
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
        <translation>按一周内不同时刻创建计算的平均实际等待时间：%1</translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation>无承诺</translation>
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
</context>
<context>
    <name>PreferencesDialog</name>
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
        <source>Changes apply at once to every open window.</source>
        <translation>更改会立即应用到所有打开的窗口。</translation>
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
        <translation>事件级别：P1 业务中断，P2 重要功能不可用，P3 功能受损，P4 咨询问题。</translation>
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
        <translation>无承诺</translation>
    </message>
    <message>
        <source>no SLA for this service stage</source>
        <translation>该服务阶段不提供 SLA</translation>
    </message>
    <message>
        <source>the %1 due time falls outside the supported years %2-%3</source>
        <translation>%1截止时间超出了支持的年份范围 %2-%3</translation>
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
        <source>1 business day</source>
        <translation>1 个工作日</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 个工作日</translation>
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
        <translation>缩短的工作日</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
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
</context>
</TS>
