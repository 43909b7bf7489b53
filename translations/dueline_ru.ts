<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Dueline</source>
        <translation>О программе Dueline</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>A desktop SLA console for technical-support teams.</source>
        <translation>Настольная SLA-консоль для команд технической поддержки.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2)</source>
        <translation>Работает на Qt %1 (собрано с Qt %2)</translation>
    </message>
    <message>
        <source>Icons: %1 by KDE</source>
        <translation>Значки: %1 от KDE</translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot create a temporary folder to validate the catalog</source>
        <translation>не удаётся создать временную папку для проверки каталога</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorModel</name>
    <message>
        <source>No holiday data for %1 in “%2”: weekly hours only.</source>
        <translation>В календаре «%2» нет данных о праздниках на %1 год: учитывается только недельный график.</translation>
    </message>
    <message>
        <source>Holiday data for %1 in “%2” is provisional.</source>
        <translation>Данные о праздниках на %1 год в календаре «%2» предварительные.</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>без обязательств</translation>
    </message>
    <message>
        <source>%1 (%2), target %3 on “%4”</source>
        <translation>%1 (%2), цель %3 по календарю «%4»</translation>
    </message>
    <message>
        <source>%1 of working time counted</source>
        <translation>учтено рабочего времени: %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Срок реакции</translation>
    </message>
    <message>
        <source>Real wait</source>
        <translation>Реальное ожидание</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Real wait</source>
        <comment>resolution column</comment>
        <translation>Реальное ожидание</translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation>это не файл iCalendar (нет BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <source>libical could not parse the file</source>
        <translation>libical не удалось разобрать файл</translation>
    </message>
    <message>
        <source>no VCALENDAR in the file</source>
        <translation>в файле нет VCALENDAR</translation>
    </message>
    <message>
        <source>DTSTART is missing or invalid</source>
        <translation>DTSTART отсутствует или задан неверно</translation>
    </message>
    <message>
        <source>DTEND is not after DTSTART</source>
        <translation>DTEND не позже DTSTART</translation>
    </message>
    <message>
        <source>the event lasts more than a year</source>
        <translation>событие длится больше года</translation>
    </message>
    <message>
        <source>RRULE cannot be expanded</source>
        <translation>не удаётся развернуть RRULE</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>workspace: the ticket queue</comment>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Plans</source>
        <comment>workspace: support plans compared side by side</comment>
        <translation>Тарифы</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>workspace: charts for team leads</comment>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <comment>View menu: the ticket queue workspace</comment>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <comment>View menu: the support plans workspace</comment>
        <translation>&amp;Тарифы</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <comment>View menu: the dashboard workspace</comment>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <source>Your ticket queue, with a live countdown to every SLA breach.</source>
        <translation>Очередь заявок с живым обратным отсчётом до каждого нарушения SLA.</translation>
    </message>
    <message>
        <source>Support plans side by side, and the real deadline each gives for the same incident.</source>
        <translation>Тарифы поддержки бок о бок и реальный срок, который каждый из них даёт для одного и того же инцидента.</translation>
    </message>
    <message>
        <source>Compliance, breaches and what breaches next, for team leads.</source>
        <translation>Соблюдение SLA, нарушения и ближайшие нарушения — для руководителей групп.</translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation>Заявок пока нет</translation>
    </message>
    <message>
        <source>No plans to compare yet</source>
        <translation>Тарифов для сравнения пока нет</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Данных для графиков пока нет</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <comment>menu</comment>
        <translation>&amp;Настройка</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>leave the application</comment>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>Close the window and leave Dueline</source>
        <translation>Закрыть окно и выйти из Dueline</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Показывать панель &amp;инструментов</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>Choose the interface language and appearance</source>
        <translation>Выбрать язык интерфейса и оформление</translation>
    </message>
    <message>
        <source>&amp;About Dueline</source>
        <translation>&amp;О программе Dueline</translation>
    </message>
    <message>
        <source>Version, license and credits</source>
        <translation>Версия, лицензия и благодарности</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt toolkit Dueline is built with</source>
        <translation>Библиотека Qt, на которой построен Dueline</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Основная панель инструментов</translation>
    </message>
    <message>
        <source>No database</source>
        <comment>status bar: no ticket database is open</comment>
        <translation>Нет базы данных</translation>
    </message>
    <message>
        <source>The ticket database in use</source>
        <translation>Используемая база данных заявок</translation>
    </message>
    <message>
        <source>English</source>
        <comment>the interface language, named in itself</comment>
        <extracomment>The name of the language you translate into, written in that language.</extracomment>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Interface language; change it in Settings ▸ Preferences</source>
        <translation>Язык интерфейса; его можно сменить в меню Настройка ▸ Параметры</translation>
    </message>
    <message>
        <source>Exit F&amp;ull Screen Mode</source>
        <translation>Выйти из полноэкранного &amp;режима</translation>
    </message>
    <message>
        <source>F&amp;ull Screen Mode</source>
        <translation>Полноэкранный &amp;режим</translation>
    </message>
    <message>
        <source>Give the window its normal size back</source>
        <translation>Вернуть окну обычный размер</translation>
    </message>
    <message>
        <source>Fill the whole screen with the window</source>
        <translation>Развернуть окно на весь экран</translation>
    </message>
    <message>
        <source>Create a ticket, or fill a demo database with:</source>
        <translation>Создайте заявку или заполните демонстрационную базу командой:</translation>
    </message>
    <message>
        <source>Plans come from the built-in catalog and your team&apos;s catalog files. To list them, run:</source>
        <translation>Тарифы берутся из встроенного каталога и файлов каталога вашей команды. Чтобы вывести их список, выполните:</translation>
    </message>
    <message>
        <source>Charts appear once the queue has tickets. For a demo, run:</source>
        <translation>Графики появятся, когда в очереди будут заявки. Для демонстрации выполните:</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Рабочие области</translation>
    </message>
</context>
<context>
    <name>PlanMatrixModel</name>
    <message>
        <source>P1 — business down</source>
        <translation>P1 — бизнес остановлен</translation>
    </message>
    <message>
        <source>P2 — important function unavailable</source>
        <translation>P2 — недоступна важная функция</translation>
    </message>
    <message>
        <source>P3 — function impaired or degraded</source>
        <translation>P3 — функция нарушена или работает хуже обычного</translation>
    </message>
    <message>
        <source>P4 — question, consultation</source>
        <translation>P4 — вопрос, консультация</translation>
    </message>
    <message>
        <source>Filed as: %1</source>
        <translation>Регистрируется как: %1</translation>
    </message>
    <message>
        <source>Counted on: %1</source>
        <translation>Считается по календарю: %1</translation>
    </message>
    <message>
        <source>Average real wait over a week of openings: %1</source>
        <translation>Среднее реальное ожидание для заявок, открытых в разное время недели: %1</translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation>Без обязательств</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>не предоставляется</translation>
    </message>
    <message>
        <source>Response %1, resolution %2</source>
        <translation>Реакция %1, решение %2</translation>
    </message>
    <message>
        <source>24×7</source>
        <translation>24×7</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>The provider&apos;s page says nothing about this.</source>
        <translation>На странице поставщика об этом ничего не сказано.</translation>
    </message>
    <message>
        <source>Response time by incident level</source>
        <translation>Время реакции по уровню инцидента</translation>
    </message>
    <message>
        <source>Resolution time by incident level</source>
        <translation>Время решения по уровню инцидента</translation>
    </message>
    <message>
        <source>Response / resolution by the provider&apos;s severities</source>
        <translation>Реакция / решение по уровням критичности поставщика</translation>
    </message>
    <message>
        <source>Channels and their hours</source>
        <translation>Каналы и часы их работы</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>interface language</comment>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <comment>colours of the interface</comment>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language: follow the system&apos;s language</comment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>System</source>
        <comment>appearance: follow the desktop&apos;s colours</comment>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <comment>appearance: dark text on a light background</comment>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>appearance: light text on a dark background</comment>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>Changes apply at once to every open window.</source>
        <translation>Изменения сразу применяются ко всем открытым окнам.</translation>
    </message>
</context>
<context>
    <name>TeamCatalog</name>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation>неизвестный тариф «%1»</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; exists already</source>
        <translation>тариф «%1» уже существует</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is built in; choose a provider id of your own</source>
        <translation>поставщик «%1» встроенный; выберите собственный идентификатор поставщика</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Benchmarks: &quot;bench sla&quot; measures due computations per second.</source>
        <translation>Замеры производительности: «bench sla» измеряет число вычислений сроков в секунду.</translation>
    </message>
    <message>
        <source>What to measure: sla.</source>
        <translation>Что измерять: sla.</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Вывести один объект JSON.</translation>
    </message>
    <message>
        <source>Distinct random cases (default 1000000).</source>
        <translation>Число различных случайных случаев (по умолчанию 1000000).</translation>
    </message>
    <message>
        <source>Passes over the cases (default 5).</source>
        <translation>Число проходов по случаям (по умолчанию 5).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Начальное значение генератора случайных чисел (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Also write the cases as &quot;start_epoch working_seconds due_epoch&quot; lines, for other engines.</source>
        <translation>Также записать случаи строками «start_epoch working_seconds due_epoch» — для других движков.</translation>
    </message>
    <message>
        <source>expected &quot;bench sla&quot;</source>
        <translation>ожидается «bench sla»</translation>
    </message>
    <message>
        <source>--count: expected a positive number</source>
        <translation>--count: ожидается положительное число</translation>
    </message>
    <message>
        <source>--rounds: expected a positive number</source>
        <translation>--rounds: ожидается положительное число</translation>
    </message>
    <message>
        <source>Usage: dueline-cli COMMAND [OPTIONS]</source>
        <translation>Использование: dueline-cli КОМАНДА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Dueline: SLA deadlines, plans and tickets from the command line.</source>
        <translation>Dueline: сроки SLA, тарифы и заявки из командной строки.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>Показать эту справку, а после имени команды — справку по команде.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Показать версию.</translation>
    </message>
    <message>
        <source>Run &quot;dueline-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>Параметры команды покажет «dueline-cli КОМАНДА --help».</translation>
    </message>
    <message>
        <source>dueline-cli: unknown command &quot;%1&quot; (see dueline-cli --help)</source>
        <translation>dueline-cli: неизвестная команда «%1» (см. dueline-cli --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Показать эту справку.</translation>
    </message>
    <message>
        <source>An extra catalog or holiday file (repeatable).</source>
        <translation>Дополнительный файл каталога или праздников (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>Usage: dueline-cli %1 [options]</source>
        <translation>Использование: dueline-cli %1 [параметры]</translation>
    </message>
    <message>
        <source>Compare the real deadlines every plan gives for one incident.</source>
        <translation>Сравнить реальные сроки, которые каждый тариф даёт для одного инцидента.</translation>
    </message>
    <message>
        <source>Incident level: P1 business down, P2 important function unavailable, P3 function impaired, P4 question.</source>
        <translation>Уровень инцидента: P1 — бизнес остановлен, P2 — недоступна важная функция, P3 — функция работает с перебоями, P4 — вопрос.</translation>
    </message>
    <message>
        <source>When the incident is opened, ISO 8601 with a UTC offset (or give --tz).</source>
        <translation>Когда открыт инцидент: ISO 8601 со смещением от UTC (или укажите --tz).</translation>
    </message>
    <message>
        <source>Time zone for an --opened without offset (e.g. Europe/Moscow).</source>
        <translation>Часовой пояс для --opened без смещения (например, Europe/Moscow).</translation>
    </message>
    <message>
        <source>Only these plans (repeatable).</source>
        <translation>Только эти тарифы (можно указать несколько раз).</translation>
    </message>
    <message>
        <source>Show why each deadline falls where it does.</source>
        <translation>Объяснить, почему каждый срок приходится именно на это время.</translation>
    </message>
    <message>
        <source>Language of names in text output (en, ru, zh_CN).</source>
        <translation>Язык названий в текстовом выводе (en, ru, zh_CN).</translation>
    </message>
    <message>
        <source>--level and --opened are required</source>
        <translation>нужны параметры --level и --opened</translation>
    </message>
    <message>
        <source>--level: expected P1, P2, P3 or P4, got &quot;%1&quot;</source>
        <translation>--level: ожидается P1, P2, P3 или P4, получено «%1»</translation>
    </message>
    <message>
        <source>--tz: unknown time zone &quot;%1&quot;</source>
        <translation>--tz: неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot; (see dueline-cli plans)</source>
        <translation>неизвестный тариф «%1» (см. dueline-cli plans)</translation>
    </message>
    <message>
        <source>Level P%1, opened %2</source>
        <translation>Уровень P%1, открыт %2</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>ТАРИФ</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>КРИТИЧНОСТЬ</translation>
    </message>
    <message>
        <source>RESPONSE DUE</source>
        <translation>СРОК РЕАКЦИИ</translation>
    </message>
    <message>
        <source>RESOLUTION DUE</source>
        <translation>СРОК РЕШЕНИЯ</translation>
    </message>
    <message>
        <source>Compute the due instants of a ticket under a plan.</source>
        <translation>Вычислить сроки заявки по тарифу.</translation>
    </message>
    <message>
        <source>Plan id or alias (e.g. stormbpmn/enterprise, L3).</source>
        <translation>Идентификатор или псевдоним тарифа (например, stormbpmn/enterprise, L3).</translation>
    </message>
    <message>
        <source>Severity code of the plan&apos;s provider (e.g. critical).</source>
        <translation>Код критичности, принятый у поставщика тарифа (например, critical).</translation>
    </message>
    <message>
        <source>When the ticket was opened, ISO 8601; without an offset it is read in the plan calendar&apos;s time zone.</source>
        <translation>Когда открыта заявка, в ISO 8601; без смещения время читается в часовом поясе календаря тарифа.</translation>
    </message>
    <message>
        <source>A pause (waiting on the customer), FROM/TO in ISO 8601; repeatable.</source>
        <translation>Пауза (ожидание клиента) в виде FROM/TO в ISO 8601; можно указать несколько раз.</translation>
    </message>
    <message>
        <source>Service stage of the ticket&apos;s service (e.g. preview: no SLA).</source>
        <translation>Стадия сервиса, к которому относится заявка (например, preview: без SLA).</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>нужен параметр --%1</translation>
    </message>
    <message>
        <source>plan %1 has no severity &quot;%2&quot; (it has: %3)</source>
        <translation>у тарифа %1 нет критичности «%2» (есть: %3)</translation>
    </message>
    <message>
        <source>provider %1 has no service stage &quot;%2&quot;</source>
        <translation>у поставщика %1 нет стадии сервиса «%2»</translation>
    </message>
    <message>
        <source>--pause %1: expected FROM/TO</source>
        <translation>--pause %1: ожидается FROM/TO</translation>
    </message>
    <message>
        <source>--pause %1: ends before it starts</source>
        <translation>--pause %1: заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Тариф:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Критичность:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Открыта:</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>без обязательств</translation>
    </message>
    <message>
        <source>no SLA for this service stage</source>
        <translation>для этой стадии сервиса SLA нет</translation>
    </message>
    <message>
        <source>the %1 due time falls outside the supported years %2-%3</source>
        <translation>срок (%1) выходит за пределы поддерживаемых лет %2–%3</translation>
    </message>
    <message>
        <source>of working time on %1</source>
        <translation>рабочего времени по календарю %1</translation>
    </message>
    <message>
        <source>Why this deadline:</source>
        <translation>Почему такой срок:</translation>
    </message>
    <message>
        <source>List the support plans of the catalog with their SLA targets.</source>
        <translation>Перечислить тарифы поддержки из каталога с их целевыми показателями SLA.</translation>
    </message>
    <message>
        <source>response</source>
        <translation>реакция</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>решение</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-01-12T11:00:00+03:00)</source>
        <translation>«%1» — не дата и время в формате ISO 8601 (например, 2026-01-12T11:00:00+03:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>«%1» — недопустимые дата и время</translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies outside the supported years %2-%3</source>
        <translation>«%1» выходит за пределы поддерживаемых лет %2–%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a UTC offset (e.g. +03:00 or Z)</source>
        <translation>для «%1» нужно смещение от UTC (например, +03:00 или Z)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid UTC offset</source>
        <translation>у «%1» недопустимое смещение от UTC</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>1 business day</source>
        <translation>1 рабочий день</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>рабочих дней: %1</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>учтено</translation>
    </message>
    <message>
        <source>outside hours</source>
        <translation>нерабочие часы</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>нерабочий день</translation>
    </message>
    <message>
        <source>shortened day</source>
        <translation>сокращённый день</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>пауза</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop SLA console for technical-support teams</source>
        <translation>Настольная SLA-консоль для команд технической поддержки</translation>
    </message>
    <message>
        <source>Interface language: en, ru or zh_CN.</source>
        <translation>Язык интерфейса: en, ru или zh_CN.</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation>Оформление: light (светлое), dark (тёмное) или system (как в системе).</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en, ru or zh_CN)</source>
        <translation>неизвестный язык «%1» (ожидается en, ru или zh_CN)</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark or system)</source>
        <translation>неизвестное оформление «%1» (ожидается light, dark или system)</translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (expected queue, plans or dashboard)</source>
        <translation>неизвестная рабочая область «%1» (ожидается queue, plans или dashboard)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>не удаётся записать %1</translation>
    </message>
</context>
</TS>
