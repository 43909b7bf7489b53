<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>CatalogEditing</name>
    <message>
        <source>“%1” is not a time range like 09:00–13:00</source>
        <translation>«%1» — не интервал времени вида 09:00–13:00</translation>
    </message>
    <message>
        <source>“%1” is not a time of day (00:00 to 24:00)</source>
        <translation>«%1» — не время суток (от 00:00 до 24:00)</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <comment>a working interval</comment>
        <translation>%1 заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <comment>two working intervals</comment>
        <translation>%1 пересекается с %2</translation>
    </message>
    <message>
        <source>IDs use lowercase letters, digits, “-” and “_”, and start with a letter or digit.</source>
        <translation>Идентификатор состоит из строчных латинских букв, цифр, «-» и «_» и начинается с буквы или цифры.</translation>
    </message>
    <message>
        <source>A new provider needs a name.</source>
        <translation>Укажите название нового поставщика.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Не указано название.</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <comment>%1 is a language, named in itself</comment>
        <translation>Название (%1):</translation>
    </message>
</context>
<context>
    <name>CatalogEditingSession</name>
    <message>
        <source>The shared database&apos;s %1 cannot be read on its own, so it cannot be edited here.
%2</source>
        <translation>Файл %1 из общей базы данных не удаётся прочитать отдельно от остальных, поэтому изменить его здесь нельзя.
%2</translation>
    </message>
    <message>
        <source>%1 cannot be read on its own, so it cannot be edited here. Correct or remove it, then open the editor again.
%2</source>
        <translation>Файл %1 не удаётся прочитать отдельно от остальных, поэтому изменить его здесь нельзя. Исправьте или удалите его и снова откройте редактор.
%2</translation>
    </message>
    <message>
        <source>New severity</source>
        <translation>Новый уровень</translation>
    </message>
    <message>
        <source>A plan “%1” exists already.</source>
        <translation>Тариф «%1» уже существует.</translation>
    </message>
    <message>
        <source>“%1” is a built-in provider; choose an ID of your own.</source>
        <translation>«%1» — встроенный поставщик; выберите собственный идентификатор.</translation>
    </message>
    <message>
        <source>plan “%1” exists already</source>
        <translation>тариф «%1» уже существует</translation>
    </message>
    <message>
        <source>“%1” is a provider of the built-in catalog or of another file; choose an ID of your own</source>
        <translation>«%1» — поставщик из встроенного каталога или другого файла; выберите собственный идентификатор</translation>
    </message>
    <message>
        <source>A calendar “%1” exists already.</source>
        <translation>Календарь «%1» уже существует.</translation>
    </message>
    <message>
        <source>unknown calendar “%1”</source>
        <translation>неизвестный календарь «%1»</translation>
    </message>
    <message>
        <source>calendar “%1” exists already</source>
        <translation>календарь «%1» уже существует</translation>
    </message>
    <message>
        <source>“%1” is still the calendar of %2; choose another calendar for them first.</source>
        <translation>Календарь «%1» всё ещё используется тарифами %2; сначала выберите для них другой календарь.</translation>
    </message>
    <message>
        <source>Choose one of your team&apos;s calendars first.</source>
        <translation>Сначала выберите один из календарей вашей команды.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off imported from %1.</source>
        <translation>
            <numerusform>Из %1 импортирован %n нерабочий день.</numerusform>
            <numerusform>Из %1 импортировано %n нерабочих дня.</numerusform>
            <numerusform>Из %1 импортировано %n нерабочих дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) were listed already and kept as they were.</source>
        <translation>
            <numerusform>%n дата уже была в списке и оставлена без изменений.</numerusform>
            <numerusform>%n даты уже были в списке и оставлены без изменений.</numerusform>
            <numerusform>%n дат уже было в списке и оставлено без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) with a time of day are not days off and were skipped.</source>
        <translation>
            <numerusform>%n событие со временем суток — не нерабочий день, оно пропущено.</numerusform>
            <numerusform>%n события со временем суток — не нерабочие дни, они пропущены.</numerusform>
            <numerusform>%n событий со временем суток — не нерабочие дни, они пропущены.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dueline is not connected to a shared database.</source>
        <translation>Dueline не подключён к общей базе данных.</translation>
    </message>
    <message>
        <source>The shared database cannot be used: %1</source>
        <translation>Общую базу данных нельзя использовать: %1</translation>
    </message>
    <message>
        <source>Only a team lead can save the catalog to the shared database; you are signed in as %1, an agent.</source>
        <translation>Сохранить каталог в общую базу данных может только руководитель группы; вы вошли как %1 (агент).</translation>
    </message>
    <message>
        <source>Save stores your team&apos;s catalog as %1 in the shared database %2: every Dueline connected to it loads it at its next start.</source>
        <translation>Кнопка «Сохранить» записывает каталог вашей команды как %1 в общую базу данных %2: каждый подключённый к ней Dueline загрузит его при следующем запуске.</translation>
    </message>
    <message>
        <source>Save writes your team&apos;s catalog to %1 on this computer.</source>
        <translation>Кнопка «Сохранить» записывает каталог вашей команды в %1 на этом компьютере.</translation>
    </message>
    <message>
        <source>The shared database holds %1 too, and its copy is the one in use.</source>
        <translation>В общей базе данных тоже есть %1, и используется именно та копия.</translation>
    </message>
    <message>
        <source>Store your team&apos;s catalog in the shared database</source>
        <translation>Сохранить каталог команды в общей базе данных</translation>
    </message>
    <message>
        <source>Write your team&apos;s catalog to %1</source>
        <translation>Записать каталог команды в %1</translation>
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
    <name>ClockText</name>
    <message>
        <source>%1 min</source>
        <comment>working or wall-clock minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>working or wall-clock hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <comment>the short form of “%n business day(s)” for a narrow table cell</comment>
        <translation>
            <numerusform>%n раб. день</numerusform>
            <numerusform>%n раб. дня</numerusform>
            <numerusform>%n раб. дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>remaining time of a business-day target</comment>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s) %1</source>
        <comment>the short form of “%n business day(s) %1” for a narrow table cell</comment>
        <translation>
            <numerusform>%n раб. день %1</numerusform>
            <numerusform>%n раб. дня %1</numerusform>
            <numerusform>%n раб. дней %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) %1</source>
        <comment>remaining time: business days, then the working hours or minutes beyond them</comment>
        <translation>
            <numerusform>%n рабочий день %1</numerusform>
            <numerusform>%n рабочих дня %1</numerusform>
            <numerusform>%n рабочих дней %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>wall-clock days (24 h) and hours</comment>
        <translation>%1 д %2 ч</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>wall-clock days</comment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <comment>wall-clock days, then hours</comment>
        <translation>
            <numerusform>%n день %1</numerusform>
            <numerusform>%n дня %1</numerusform>
            <numerusform>%n дней %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>%1 does not exist yet: Dueline will create it.</source>
        <translation>%1 ещё не существует: Dueline создаст эту базу.</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: Dueline will set it up.</source>
        <translation>Подключено к %1. База данных пуста: Dueline подготовит её.</translation>
    </message>
    <message>
        <source>Connected to %1, but a newer Dueline made this database (schema %2).</source>
        <translation>Подключено к %1, но эту базу создала более новая версия Dueline (схема %2).</translation>
    </message>
    <message>
        <source>Connected to %1, Dueline schema %2.</source>
        <translation>Подключено к %1, схема Dueline %2.</translation>
    </message>
</context>
<context>
    <name>CountdownDelegate</name>
    <message>
        <source>paused %1</source>
        <extracomment>A paused SLA clock in the queue: the frozen remaining time follows.</extracomment>
        <translation>пауза, ост. %1</translation>
    </message>
    <message>
        <source>resumes %1</source>
        <comment>an SLA clock outside working hours</comment>
        <translation>пауза до %1</translation>
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
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Not yet: waiting on the customer</source>
        <translation>Ещё нет: ждёт клиента</translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation>Реакции ещё нет</translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation>Ещё не решена</translation>
    </message>
    <message>
        <source>A lead set this due by hand.</source>
        <translation>Срок вручную установил руководитель.</translation>
    </message>
    <message>
        <source>A lead set this due by hand: %1</source>
        <translation>Срок вручную установил руководитель: %1</translation>
    </message>
    <message>
        <source>%1 of working time counted from %2</source>
        <translation>учтено %1 рабочего времени начиная с %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of days</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>days off and their holiday&apos;s name</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>days off skipped: %1</source>
        <translation>пропущены нерабочие дни: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n weekend day(s) skipped</source>
        <translation>
            <numerusform>пропущен %n день выходных</numerusform>
            <numerusform>пропущено %n дня выходных</numerusform>
            <numerusform>пропущено %n дней выходных</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>transferred working day(s) counted: %1</source>
        <translation>
            <numerusform>учтён перенесённый рабочий день: %1</numerusform>
            <numerusform>учтены перенесённые рабочие дни: %1</numerusform>
            <numerusform>учтены перенесённые рабочие дни: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shortened day(s): %1</source>
        <translation>
            <numerusform>сокращённый день: %1</numerusform>
            <numerusform>сокращённые дни: %1</numerusform>
            <numerusform>сокращённые дни: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting on the customer: %1 of working time not counted (%n pause(s))</source>
        <translation>
            <numerusform>ожидание ответа клиента: не учтено %1 рабочего времени (%n пауза)</numerusform>
            <numerusform>ожидание ответа клиента: не учтено %1 рабочего времени (%n паузы)</numerusform>
            <numerusform>ожидание ответа клиента: не учтено %1 рабочего времени (%n пауз)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence made of parts</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>parts of a sentence</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>SLA report</source>
        <translation>Отчёт об SLA</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a customer&apos;s name and company</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Стр. %1 из %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the report&apos;s title and whom it is for</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Breached tickets</source>
        <translation>Заявки с нарушением SLA</translation>
    </message>
    <message>
        <source>No breaches</source>
        <translation>Нарушений нет</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Тариф: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Период: %1</translation>
    </message>
    <message>
        <source>Times are in %1</source>
        <translation>Время указано в поясе %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time zone and its abbreviation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Данные на %1</translation>
    </message>
    <message>
        <source>Compliance: no ticket met or missed a target yet.</source>
        <translation>Соблюдение SLA: ни одна заявка ещё не выполнила и не нарушила сроки.</translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation>Соблюдение SLA: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) opened in the period: %1 met every target, %2 breached one, %3 still running, %4 without SLA.</source>
        <translation>
            <numerusform>За период открыта %n заявка: все сроки соблюдены — %1, срок нарушен — %2, ещё идёт отсчёт — %3, без SLA — %4.</numerusform>
            <numerusform>За период открыто %n заявки: все сроки соблюдены — %1, срок нарушен — %2, ещё идёт отсчёт — %3, без SLA — %4.</numerusform>
            <numerusform>За период открыто %n заявок: все сроки соблюдены — %1, срок нарушен — %2, ещё идёт отсчёт — %3, без SLA — %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Сроки SLA</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>Targets count working time on the calendar &quot;%1&quot; (%2).</source>
        <translation>Сроки отсчитываются в рабочем времени по календарю «%1» (%2).</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a plan and a severity</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Tickets and compliance</source>
        <translation>Заявки и соблюдение SLA</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Соблюдено</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт отсчёт</translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation>Без SLA</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation>Время реакции и решения</translation>
    </message>
    <message>
        <source>Calendar time from the ticket&apos;s creation to the first reply and to its resolution: the median and the time 90 % of the tickets did not exceed.</source>
        <translation>Календарное время от создания заявки до первого ответа и до её решения: медиана и время, которое не превысили 90 % заявок.</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90-й процентиль</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Breaches per week</source>
        <translation>Нарушения по неделям</translation>
    </message>
    <message numerus="yes">
        <source>Breaches (%n)</source>
        <comment>a heading with the count</comment>
        <translation>
            <numerusform>Нарушения SLA (%n)</numerusform>
            <numerusform>Нарушения SLA (%n)</numerusform>
            <numerusform>Нарушения SLA (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No target was missed in this period.</source>
        <translation>За период ни один срок не нарушен.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Норматив</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Answered or resolved</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Late by</source>
        <translation>Просрочка</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject</comment>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a clock and its target</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>set by a lead</source>
        <translation>установлен руководителем</translation>
    </message>
    <message>
        <source>Why this deadline: %1</source>
        <translation>Почему такой срок: %1</translation>
    </message>
    <message numerus="yes">
        <source>Dues set by a lead (%n)</source>
        <comment>a heading with the count</comment>
        <translation>
            <numerusform>Сроки, установленные руководителем (%n)</numerusform>
            <numerusform>Сроки, установленные руководителем (%n)</numerusform>
            <numerusform>Сроки, установленные руководителем (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No due was set by hand in this period.</source>
        <translation>За период сроки вручную не устанавливались.</translation>
    </message>
    <message>
        <source>Set on</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>New due</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Как считаются показатели</translation>
    </message>
    <message>
        <source>A ticket counts in the period it was opened in. It is met when every target it has was met, breached when one was missed (answered or resolved late, or still open past its due), still running otherwise. Compliance is met tickets out of met and breached ones. Targets count working time only: outside working hours, on days off and while the ticket waits on the customer the clock stops.</source>
        <translation>Заявка учитывается в том периоде, когда она открыта. Сроки соблюдены, если выполнен каждый её срок; нарушены, если хотя бы один пропущен (реакция или решение с опозданием либо заявка всё ещё открыта после срока); иначе идёт отсчёт. Соблюдение SLA — доля заявок с соблюдёнными сроками среди соблюдённых и нарушенных. Сроки учитывают только рабочее время: в нерабочее время, в нерабочие дни и пока заявка ждёт клиента, таймер стоит.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Данные на</translation>
    </message>
    <message>
        <source>Compliance, %</source>
        <translation>Соблюдение SLA, %</translation>
    </message>
    <message>
        <source>Responses met</source>
        <translation>Реакция в срок</translation>
    </message>
    <message>
        <source>Responses breached</source>
        <translation>Реакция просрочена</translation>
    </message>
    <message>
        <source>Resolutions met</source>
        <translation>Решение в срок</translation>
    </message>
    <message>
        <source>Resolutions breached</source>
        <translation>Решение просрочено</translation>
    </message>
    <message>
        <source>Median response, s</source>
        <translation>Медиана реакции, с</translation>
    </message>
    <message>
        <source>90th percentile response, s</source>
        <translation>90-й процентиль реакции, с</translation>
    </message>
    <message>
        <source>Median resolution, s</source>
        <translation>Медиана решения, с</translation>
    </message>
    <message>
        <source>90th percentile resolution, s</source>
        <translation>90-й процентиль решения, с</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Target time</source>
        <translation>Норматив времени</translation>
    </message>
    <message>
        <source>Late by, s</source>
        <translation>Просрочка, с</translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation>Установлен руководителем</translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation>Почему такой срок</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Неделя с</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: a PDF needs the graphical environment (QGuiApplication).</source>
        <translation>Не удалось записать %1: для PDF нужна графическая среда (QGuiApplication).</translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation>не гарантируется</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Open now</source>
        <translation>Открыто сейчас</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые заявки</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Идёт отсчёт</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>No clock running</source>
        <translation>Без таймера</translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation>Прогноз нарушений</translation>
    </message>
    <message>
        <source>Next hour</source>
        <translation>В ближайший час</translation>
    </message>
    <message>
        <source>Next 4 hours</source>
        <translation>В ближайшие 4 часа</translation>
    </message>
    <message>
        <source>By the end of today</source>
        <translation>До конца дня</translation>
    </message>
    <message>
        <source>%1: %2 (%3 – %4)</source>
        <translation>%1: %2 (%3 – %4)</translation>
    </message>
    <message>
        <source>Compliance %</source>
        <comment>SLA compliance in percent</comment>
        <translation>Соблюдение SLA, %</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Все тарифы</translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation>Нарушения по дням</translation>
    </message>
    <message>
        <source>Response time against the target</source>
        <translation>Время реакции относительно целевого</translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation>Загрузка агентов</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>%1: open</source>
        <translation>%1: открыто</translation>
    </message>
    <message>
        <source>%1: at risk</source>
        <translation>%1: под угрозой</translation>
    </message>
    <message>
        <source>%1: breached</source>
        <translation>%1: просрочено</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation>Более %1</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Фильтры</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>без исполнителя</translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>%1 (%2 here)</source>
        <comment>a time in a calendar&apos;s zone, then in the reader&apos;s</comment>
        <translation>%1 (здесь %2)</translation>
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
        <translation>не гарантируется</translation>
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
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Real wait</source>
        <comment>resolution column</comment>
        <translation>Ожидание</translation>
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
    <name>LeadTime</name>
    <message>
        <source>severity %1: %2</source>
        <comment>a severity code, a problem</comment>
        <translation>критичность %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead time: write a working duration such as 30m, 4h or 1h30m, or a share of the target such as 10%</source>
        <translation>«%1» — не запас до нарушения: укажите рабочее время, например 30m, 4h или 1h30m, или долю целевого срока, например 10%</translation>
    </message>
    <message>
        <source>a lead time must be above zero</source>
        <translation>запас до нарушения должен быть больше нуля</translation>
    </message>
    <message>
        <source>%1 is not below 100% of the target: a ticket would be at risk from the start</source>
        <translation>%1 — не меньше 100% целевого срока: заявка была бы под угрозой с самого начала</translation>
    </message>
    <message>
        <source>%1 is not below the target (%2 of working time): a ticket would be at risk from the start</source>
        <translation>%1 — не меньше целевого срока (%2 рабочего времени): заявка была бы под угрозой с самого начала</translation>
    </message>
    <message>
        <source>this clock has no target, so there is no breach to warn before</source>
        <translation>у этого таймера нет целевого срока — предупреждать не о чем</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>No system keychain is available on this desktop. Put the password into ~/.pgpass instead.</source>
        <translation>В этом окружении рабочего стола нет системного хранилища паролей. Укажите пароль в ~/.pgpass.</translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation>Системное хранилище паролей отказало в доступе.</translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation>Ошибка системного хранилища паролей: %1</translation>
    </message>
</context>
<context>
    <name>PlanMatrixModel</name>
    <message>
        <source>P1 — business down</source>
        <translation>P1 — бизнес-процессы остановлены</translation>
    </message>
    <message>
        <source>P2 — important function unavailable</source>
        <translation>P2 — недоступна важная функция</translation>
    </message>
    <message>
        <source>P3 — function impaired or degraded</source>
        <translation>P3 — функция работает со сбоями</translation>
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
        <translation>Не гарантируется</translation>
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
    <message>
        <source>%1: %2</source>
        <comment>a provider and one of its severities</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a plan&apos;s name and its id</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PlansExport</name>
    <message>
        <source>Dueline %1 · printed %2</source>
        <comment>%1 version, %2 date and time</comment>
        <translation>Dueline %1 · напечатано %2</translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation>%1: ничего не записано</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>printed page footer</comment>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>the change feed stopped</source>
        <translation>лента изменений остановилась</translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>connection state: the queue is being opened</comment>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Offline, reconnecting</source>
        <comment>connection state: the database was lost</comment>
        <translation>Нет связи, переподключение</translation>
    </message>
    <message>
        <source>Live</source>
        <comment>connection state: changes by others appear at once</comment>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>connection state</comment>
        <translation>Подключено</translation>
    </message>
    <message>
        <source>Not saved: %1. The ticket was changed by someone else while the connection was lost; its current state is shown now: check it and try again.</source>
        <translation>Не сохранено: %1. Пока соединения не было, заявку изменил кто-то другой; сейчас показано её текущее состояние: проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>Not saved: %1. After reconnecting, the database refused it: %2</source>
        <translation>Не сохранено: %1. После переподключения база данных отклонила действие: %2</translation>
    </message>
    <message>
        <source>Ticket #%1 was changed by someone else before your action reached it, so nothing was saved. Its current state is shown now: check it and try again.</source>
        <translation>Заявку №%1 успел изменить кто-то другой, поэтому ваше действие не сохранено. Сейчас показано её текущее состояние: проверьте его и повторите попытку.</translation>
    </message>
    <message>
        <source>%1: it had been saved just before the connection was lost (confirmed after reconnecting, saved once).</source>
        <translation>%1: действие было сохранено перед самой потерей соединения (подтверждено после переподключения, сохранено один раз).</translation>
    </message>
    <message>
        <source>%1: sent again after reconnecting and saved.</source>
        <translation>%1: отправлено повторно после переподключения и сохранено.</translation>
    </message>
    <message>
        <source>Created ticket #%1</source>
        <translation>Создана заявка №%1</translation>
    </message>
    <message>
        <source>Took ticket #%1</source>
        <translation>Заявка №%1 взята в работу</translation>
    </message>
    <message>
        <source>Replied to ticket #%1</source>
        <translation>Отправлен ответ по заявке №%1</translation>
    </message>
    <message>
        <source>Added a note to ticket #%1</source>
        <translation>Добавлена заметка к заявке №%1</translation>
    </message>
    <message>
        <source>Ticket #%1 resumed; its clocks run again</source>
        <translation>Работа по заявке №%1 продолжена; её таймеры снова идут</translation>
    </message>
    <message>
        <source>Changed the severity of ticket #%1</source>
        <translation>Изменена критичность заявки №%1</translation>
    </message>
    <message>
        <source>Moved ticket #%1 to another plan</source>
        <translation>Заявка №%1 переведена на другой тариф</translation>
    </message>
    <message>
        <source>Resolved ticket #%1</source>
        <translation>Заявка №%1 решена</translation>
    </message>
    <message>
        <source>Reopened ticket #%1</source>
        <translation>Заявка №%1 переоткрыта</translation>
    </message>
    <message>
        <source>Set a new due instant on ticket #%1</source>
        <translation>Срок заявки №%1 перенесён</translation>
    </message>
    <message>
        <source>the new ticket &quot;%1&quot;</source>
        <translation>новая заявка «%1»</translation>
    </message>
    <message>
        <source>taking ticket #%1</source>
        <translation>взятие заявки №%1 в работу</translation>
    </message>
    <message>
        <source>your reply to ticket #%1</source>
        <translation>ваш ответ по заявке №%1</translation>
    </message>
    <message>
        <source>your note on ticket #%1</source>
        <translation>ваша заметка к заявке №%1</translation>
    </message>
    <message>
        <source>resuming ticket #%1</source>
        <translation>возобновление работы по заявке №%1</translation>
    </message>
    <message>
        <source>the severity change of ticket #%1</source>
        <translation>изменение критичности заявки №%1</translation>
    </message>
    <message>
        <source>the plan change of ticket #%1</source>
        <translation>смена тарифа заявки №%1</translation>
    </message>
    <message>
        <source>resolving ticket #%1</source>
        <translation>решение заявки №%1</translation>
    </message>
    <message>
        <source>reopening ticket #%1</source>
        <translation>переоткрытие заявки №%1</translation>
    </message>
    <message>
        <source>the new due instant of ticket #%1</source>
        <translation>новый срок заявки №%1</translation>
    </message>
    <message>
        <source>your action on ticket #%1</source>
        <translation>ваше действие с заявкой №%1</translation>
    </message>
    <message>
        <source>Connection to %1 is back; the queue is up to date.</source>
        <comment>status bar</comment>
        <translation>Соединение с %1 восстановлено; очередь обновлена.</translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <comment>status bar</comment>
        <translation>Соединение с %1 потеряно</translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation>сервер не ответил</translation>
    </message>
    <message>
        <source>The agent cannot be saved while the database is offline.</source>
        <translation>Нельзя сохранить агента, пока нет связи с базой данных.</translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation>база данных не открыта</translation>
    </message>
    <message>
        <source>Replied to ticket #%1; it waits on the customer and its clocks are paused</source>
        <translation>Ответ по заявке №%1 отправлен; она ждёт клиента, её таймеры приостановлены</translation>
    </message>
    <message>
        <source>Assigned ticket #%1</source>
        <translation>Заявка №%1 назначена</translation>
    </message>
    <message>
        <source>Undone: ticket #%1 has its assignee from before again</source>
        <translation>Отменено: у заявки №%1 снова прежний исполнитель</translation>
    </message>
    <message>
        <source>your reply to ticket #%1 and waiting on the customer</source>
        <translation>ваш ответ по заявке №%1 и ожидание клиента</translation>
    </message>
    <message>
        <source>assigning ticket #%1</source>
        <translation>назначение заявки №%1</translation>
    </message>
    <message>
        <source>undoing the assignment of ticket #%1</source>
        <translation>отмена назначения заявки №%1</translation>
    </message>
    <message>
        <source>Your notification settings cannot be saved while the database is offline.</source>
        <translation>Ваши настройки уведомлений нельзя сохранить, пока база данных недоступна.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation>в срок</translation>
    </message>
    <message>
        <source>met late</source>
        <comment>SLA clock state</comment>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Срок: %1</translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation>Установлен руководителем</translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation>№</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
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
        <source>Next breach</source>
        <translation>Ближайшее нарушение</translation>
    </message>
    <message>
        <source>%1 left (%2 of working time)</source>
        <translation>Осталось %1 (%2 рабочего времени)</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>Осталось %1 рабочего времени</translation>
    </message>
    <message>
        <source>Breached %1 ago, %2</source>
        <comment>wall-clock time since the due instant, when</comment>
        <translation>Просрочено на %1, срок истёк %2</translation>
    </message>
    <message>
        <source>Paused; due %1 if resumed now</source>
        <translation>Пауза; срок %1, если продолжить сейчас</translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation>%1 в вашем часовом поясе</translation>
    </message>
    <message>
        <source>Outside working hours; resumes %1</source>
        <translation>Нерабочее время; отсчёт продолжится %1</translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation>График: %1</translation>
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
    <name>TeamCatalogDraft</name>
    <message>
        <source>Provider “%1”: the English name is missing.</source>
        <translation>Поставщик «%1»: не указано английское название.</translation>
    </message>
    <message>
        <source>Plan “%1”: the English name is missing.</source>
        <translation>Тариф «%1»: не указано английское название.</translation>
    </message>
    <message>
        <source>Plan “%1”: choose a work calendar.</source>
        <translation>Тариф «%1»: выберите рабочий календарь.</translation>
    </message>
    <message>
        <source>Plan “%1” needs at least one severity.</source>
        <translation>Тарифу «%1» нужен хотя бы один уровень критичности.</translation>
    </message>
    <message>
        <source>Plan “%1”: “%2” is not a severity code (lowercase letters, digits, “-”).</source>
        <translation>Тариф «%1»: «%2» — недопустимый код критичности (строчные латинские буквы, цифры, «-»).</translation>
    </message>
    <message>
        <source>Plan “%1”: severity “%2” is listed twice.</source>
        <translation>Тариф «%1»: уровень критичности «%2» указан дважды.</translation>
    </message>
    <message>
        <source>Plan “%1”: P%2 is not mapped to one of its severities.</source>
        <translation>Тариф «%1»: уровню P%2 не сопоставлен ни один уровень критичности.</translation>
    </message>
    <message>
        <source>Calendar “%1”: the English name is missing.</source>
        <translation>Календарь «%1»: не указано английское название.</translation>
    </message>
    <message>
        <source>Calendar “%1”: unknown time zone “%2”.</source>
        <translation>Календарь «%1»: неизвестный часовой пояс «%2».</translation>
    </message>
    <message>
        <source>Calendar “%1”, %2: %3</source>
        <comment>calendar, weekday, problem</comment>
        <translation>Календарь «%1», %2: %3</translation>
    </message>
    <message>
        <source>Calendar “%1” has no working hours on any day; tick “Round the clock” for 24×7.</source>
        <translation>В календаре «%1» нет рабочих часов ни в один день; для режима 24×7 отметьте «Круглосуточно».</translation>
    </message>
    <message>
        <source>Calendar “%1”: %2 is listed twice.</source>
        <translation>Календарь «%1»: дата %2 указана дважды.</translation>
    </message>
    <message>
        <source>Calendar “%1”, %2: %3</source>
        <comment>calendar, date, problem</comment>
        <translation>Календарь «%1», %2: %3</translation>
    </message>
    <message>
        <source>Calendar “%1”: %2</source>
        <translation>Календарь «%1»: %2</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Last change</source>
        <comment>when a finished ticket was resolved or closed</comment>
        <translation>Последнее изменение</translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Response</source>
        <comment>SLA clock</comment>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>SLA clock</comment>
        <translation>Решение</translation>
    </message>
</context>
<context>
    <name>TicketStory</name>
    <message>
        <source>%1: %2</source>
        <comment>a history sentence and the reason given for it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a support plan: the provider&apos;s name, the plan&apos;s name (Stormbpmn Team)</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>agent %1</source>
        <comment>an agent the queue does not know</comment>
        <translation>агент %1</translation>
    </message>
    <message>
        <source>No SLA commitment: the plan %1 is not in the catalog.</source>
        <translation>Обязательств по SLA нет: тарифа %1 нет в каталоге.</translation>
    </message>
    <message>
        <source>No SLA commitment: the service is in the %1 stage, which %2 does not cover by an SLA.</source>
        <translation>Обязательств по SLA нет: сервис находится на стадии %1, на которую SLA %2 не распространяется.</translation>
    </message>
    <message>
        <source>No SLA commitment: %1 has no severity “%2”.</source>
        <translation>Обязательств по SLA нет: в тарифе %1 нет критичности «%2».</translation>
    </message>
    <message>
        <source>No SLA commitment: %1 sets no response or resolution target for severity “%2”.</source>
        <translation>Обязательств по SLA нет: тариф %1 не устанавливает сроков реакции и решения для критичности «%2».</translation>
    </message>
    <message>
        <source>%1 makes no response commitment for severity “%2”.</source>
        <translation>Тариф %1 не устанавливает срок реакции для критичности «%2».</translation>
    </message>
    <message>
        <source>%1 makes no resolution commitment for severity “%2”.</source>
        <translation>Тариф %1 не устанавливает срок решения для критичности «%2».</translation>
    </message>
    <message>
        <source>Created by %1 — severity: %2, plan: %3</source>
        <translation>Создана агентом %1 — критичность: %2, тариф: %3</translation>
    </message>
    <message>
        <source>Created by the customer — severity: %1, plan: %2</source>
        <translation>Создана клиентом — критичность: %1, тариф: %2</translation>
    </message>
    <message>
        <source>Unassigned by %1</source>
        <translation>Исполнитель снят агентом %1</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Исполнитель снят</translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation>Взята в работу агентом %1</translation>
    </message>
    <message>
        <source>Assigned to %1 by %2</source>
        <translation>Назначена исполнителю %1 агентом %2</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначена исполнителю %1</translation>
    </message>
    <message>
        <source>Reply to the customer by %1</source>
        <translation>Ответ клиенту от агента %1</translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation>Ответ клиенту</translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation>Внутренняя заметка агента %1</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2 by %3</source>
        <translation>Критичность изменена с «%1» на «%2» агентом %3</translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation>Критичность изменена с «%1» на «%2»</translation>
    </message>
    <message>
        <source>Plan changed from %1 to %2 by %3, severity: %4</source>
        <translation>Тариф изменён с %1 на %2 агентом %3, критичность: %4</translation>
    </message>
    <message>
        <source>Plan changed from %1 to %2, severity: %3</source>
        <translation>Тариф изменён с %1 на %2, критичность: %3</translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation>Решена агентом %1</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Reopened by %1</source>
        <translation>Переоткрыта агентом %1</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Переоткрыта</translation>
    </message>
    <message>
        <source>Waiting on the customer, set by %1: the SLA clocks are paused</source>
        <translation>Ожидание ответа клиента (агент %1): SLA-таймеры приостановлены</translation>
    </message>
    <message>
        <source>Waiting on the customer: the SLA clocks are paused</source>
        <translation>Ожидание ответа клиента: SLA-таймеры приостановлены</translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation>Закрыта агентом %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Resumed by %1: the SLA clocks run again</source>
        <translation>Работа возобновлена агентом %1: SLA-таймеры снова идут</translation>
    </message>
    <message>
        <source>Resumed: the SLA clocks run again</source>
        <translation>Работа возобновлена: SLA-таймеры снова идут</translation>
    </message>
    <message>
        <source>Response due set to %1</source>
        <translation>Срок реакции перенесён на %1</translation>
    </message>
    <message>
        <source>Resolution due set to %1</source>
        <translation>Срок решения перенесён на %1</translation>
    </message>
    <message>
        <source>Response due set to %1 by %2</source>
        <translation>Срок реакции перенесён на %1 руководителем %2</translation>
    </message>
    <message>
        <source>Resolution due set to %1 by %2</source>
        <translation>Срок решения перенесён на %1 руководителем %2</translation>
    </message>
    <message>
        <source>%1 undid their assignment: unassigned again</source>
        <translation>%1 отменяет своё назначение: исполнителя снова нет</translation>
    </message>
    <message>
        <source>%1 undid their assignment: back to %2</source>
        <translation>%1 отменяет своё назначение: исполнитель снова %2</translation>
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
        <translation>Число различных тестовых примеров (по умолчанию 1000000).</translation>
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
        <translation>Уровень инцидента: P1 — бизнес-процессы остановлены, P2 — недоступна важная функция, P3 — функция работает со сбоями, P4 — вопрос.</translation>
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
        <translation>не гарантируется</translation>
    </message>
    <message>
        <source>no SLA for this service stage</source>
        <translation>для этой стадии сервиса SLA нет</translation>
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
        <source>counted</source>
        <translation>учтено</translation>
    </message>
    <message>
        <source>outside hours</source>
        <translation>нерабочее время</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходные</translation>
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
    <message>
        <source>%1 has no Dueline schema; create it with &quot;dueline-cli db init&quot;</source>
        <translation>в %1 нет схемы Dueline; создайте её командой «dueline-cli db init»</translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date</source>
        <translation>%1: версия схемы %2, обновление не требуется</translation>
    </message>
    <message>
        <source>%1: schema version %2 (%3 → %2)</source>
        <translation>%1: версия схемы %2 (%3 → %2)</translation>
    </message>
    <message>
        <source>Fill an empty database with demo customers, agents and tickets.</source>
        <translation>Заполнить пустую базу демонстрационными клиентами, агентами и заявками.</translation>
    </message>
    <message>
        <source>How many tickets.</source>
        <translation>Сколько заявок.</translation>
    </message>
    <message>
        <source>Random seed: the same seed and time give the same data (default 1).</source>
        <translation>Начальное значение генератора: при тех же значении и времени получаются те же данные (по умолчанию 1).</translation>
    </message>
    <message>
        <source>Percentage of tickets still open (default 15).</source>
        <translation>Доля ещё открытых заявок в процентах (по умолчанию 15).</translation>
    </message>
    <message>
        <source>--tickets is required</source>
        <translation>нужен параметр --tickets</translation>
    </message>
    <message>
        <source>--tickets: expected a number from 0 to 100000000</source>
        <translation>--tickets: ожидается число от 0 до 100000000</translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number</source>
        <translation>--seed: ожидается неотрицательное число</translation>
    </message>
    <message>
        <source>--open: expected a percentage from 0 to 100</source>
        <translation>--open: ожидается процент от 0 до 100</translation>
    </message>
    <message>
        <source>%1: %2 tickets (%3 open), %4 events, %5 customers, %6 agents in %7 s (%8 tickets/s)</source>
        <translation>%1: заявок — %2 (открытых — %3), событий — %4, клиентов — %5, агентов — %6 за %7 с (%8 заявок/с)</translation>
    </message>
    <message>
        <source>Export agents, customers and tickets with their events as CSV or JSON.</source>
        <translation>Выгрузить агентов, клиентов и заявки с их событиями в CSV или JSON.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv или json.</translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation>Записать в FILE вместо стандартного вывода.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>--format: expected csv or json</source>
        <translation>--format: ожидается csv или json</translation>
    </message>
    <message>
        <source>Import agents, customers and tickets from a CSV or JSON file (all or nothing).</source>
        <translation>Загрузить агентов, клиентов и заявки из файла CSV или JSON (всё или ничего).</translation>
    </message>
    <message>
        <source>expected one FILE.csv or FILE.json</source>
        <translation>ожидается один FILE.csv или FILE.json</translation>
    </message>
    <message>
        <source>%1: expected a .csv or .json file</source>
        <translation>%1: ожидается файл .csv или .json</translation>
    </message>
    <message>
        <source>%1: imported %2 tickets, %3 events, %4 customers, %5 agents into %6</source>
        <translation>%1: в %6 загружено заявок — %2, событий — %3, клиентов — %4, агентов — %5</translation>
    </message>
    <message>
        <source>The open tickets by next breach, with each clock&apos;s due, remaining working time and state.</source>
        <translation>Открытые заявки по ближайшему нарушению: срок каждого SLA-таймера, оставшееся рабочее время и состояние.</translation>
    </message>
    <message>
        <source>Evaluate the clocks at this instant, ISO 8601 with an offset (default: now on the database&apos;s clock).</source>
        <translation>Оценить таймеры на этот момент, ISO 8601 со смещением (по умолчанию — текущее время по часам базы данных).</translation>
    </message>
    <message>
        <source>%1 open tickets at %2, by next breach</source>
        <translation>Открытых заявок на %2: %1, по ближайшему нарушению</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation>«%1» — недопустимая дата</translation>
    </message>
    <message>
        <source>Judge open clocks at this instant (default: now).</source>
        <translation>Оценивать незавершённые таймеры на этот момент (по умолчанию — сейчас).</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to раньше, чем --from</translation>
    </message>
    <message>
        <source>Tickets created %1 – %2, judged at %3</source>
        <translation>Заявки, созданные %1 – %2, на момент %3</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>тариф</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>критичность</translation>
    </message>
    <message>
        <source>tickets</source>
        <translation>заявки</translation>
    </message>
    <message>
        <source>met</source>
        <translation>в срок</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>в работе</translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation>без SLA</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>соблюдение</translation>
    </message>
    <message>
        <source>median response</source>
        <translation>медиана реакции</translation>
    </message>
    <message>
        <source>total</source>
        <translation>итого</translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://user@host:port/db?sslmode=… (default: DUELINE_DB, else dueline.sqlite in the data folder).</source>
        <translation>URL базы данных: sqlite:ПУТЬ или postgresql://user@host:port/db?sslmode=… (по умолчанию — DUELINE_DB, иначе dueline.sqlite в папке данных).</translation>
    </message>
    <message>
        <source>Place the tickets relative to this instant, ISO 8601 with an offset (default: now on the database&apos;s clock).</source>
        <translation>Располагать заявки относительно этого момента, ISO 8601 со смещением (по умолчанию — текущее время по часам базы данных).</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures: compliance, breaches, open tickets, forecast.</source>
        <translation>Показатели сводки: соблюдение SLA, нарушения, открытые заявки, прогноз.</translation>
    </message>
    <message>
        <source>Only this provider&apos;s tickets.</source>
        <translation>Только заявки этого поставщика.</translation>
    </message>
    <message>
        <source>Only this plan&apos;s tickets.</source>
        <translation>Только заявки по этому тарифу.</translation>
    </message>
    <message>
        <source>Only tickets of this severity.</source>
        <translation>Только заявки с этой критичностью.</translation>
    </message>
    <message>
        <source>Only tickets assigned to this agent (login or id; &quot;none&quot;: unassigned).</source>
        <translation>Только заявки, назначенные этому агенту (логин или идентификатор; «none» — без исполнителя).</translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;</source>
        <translation>--provider: неизвестный поставщик «%1»</translation>
    </message>
    <message>
        <source>--plan: unknown plan &quot;%1&quot;</source>
        <translation>--plan: неизвестный тариф «%1»</translation>
    </message>
    <message>
        <source>--agent: unknown agent &quot;%1&quot;</source>
        <translation>--agent: неизвестный агент «%1»</translation>
    </message>
    <message>
        <source>Breaches in the period: %1</source>
        <translation>Нарушений за период: %1</translation>
    </message>
    <message>
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <source>Response time against the target:</source>
        <translation>Время реакции относительно целевого:</translation>
    </message>
    <message>
        <source>up to %1 %</source>
        <translation>до %1 %</translation>
    </message>
    <message>
        <source>over %1 %</source>
        <translation>более %1 %</translation>
    </message>
    <message>
        <source>Open now: %1 (running %2, at risk %3, breached %4, paused %5, no clock %6)</source>
        <translation>Открыто сейчас: %1 (идёт отсчёт: %2, под угрозой: %3, просрочено: %4, на паузе: %5, без таймера: %6)</translation>
    </message>
    <message>
        <source>Breaching in the next hour: %1, next 4 hours: %2, by the end of today: %3</source>
        <translation>Нарушат SLA в ближайший час: %1, в ближайшие 4 часа: %2, до конца дня: %3</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>агент</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation>(без исполнителя)</translation>
    </message>
    <message>
        <source>FILE.csv or FILE.json (see the README for the columns).</source>
        <translation>FILE.csv или FILE.json (описание столбцов — в README).</translation>
    </message>
    <message>
        <source>warning: a team catalog file in the database was not loaded: %1</source>
        <translation>предупреждение: файл каталога команды из базы данных не загружен: %1</translation>
    </message>
    <message>
        <source>With init on PostgreSQL: also create the roles dueline_owner, dueline_agent and dueline_lead and hand the schema to the owner (run as a superuser or a role with CREATEROLE).</source>
        <translation>Для init на PostgreSQL: также создать роли dueline_owner, dueline_agent и dueline_lead и передать схему во владение dueline_owner (выполнять от имени суперпользователя или роли с правом CREATEROLE).</translation>
    </message>
    <message>
        <source>With add-user: agent or lead.</source>
        <translation>Для add-user: agent или lead.</translation>
    </message>
    <message>
        <source>With add-user: the name people see.</source>
        <translation>Для add-user: отображаемое имя.</translation>
    </message>
    <message>
        <source>With add-user: read the new password from the first line of standard input (otherwise one is generated and printed once).</source>
        <translation>Для add-user: прочитать новый пароль из первой строки стандартного ввода (иначе пароль будет сгенерирован и выведен один раз).</translation>
    </message>
    <message>
        <source>expected &quot;db init&quot;, &quot;db migrate&quot;, &quot;db check&quot; or &quot;db add-user LOGIN --role agent|lead&quot;</source>
        <translation>ожидается «db init», «db migrate», «db check» или «db add-user ЛОГИН --role agent|lead»</translation>
    </message>
    <message>
        <source>--admin goes with &quot;db init&quot; only</source>
        <translation>--admin используется только с «db init»</translation>
    </message>
    <message>
        <source>%1: schema version %2 (%3 → %2), owned by %4; agents log in as members of %5, leads of %6</source>
        <translation>%1: версия схемы %2 (%3 → %2), владелец — %4; агенты входят как члены роли %5, руководители групп — роли %6</translation>
    </message>
    <message>
        <source>ticket #%1: %2: stored %3, the event log says %4</source>
        <translation>заявка №%1: %2: сохранено %3, по журналу событий — %4</translation>
    </message>
    <message>
        <source>%1: %2 differences between the tickets and their event logs (tickets checked: %3)</source>
        <translation>%1: расхождений между заявками и их журналами событий — %2 (проверено заявок: %3)</translation>
    </message>
    <message>
        <source>%1: storage intact; tickets checked: %2, events: %3; every ticket matches its event log</source>
        <translation>%1: хранилище не повреждено; проверено заявок: %2, событий: %3; каждая заявка соответствует своему журналу событий</translation>
    </message>
    <message>
        <source>expected &quot;db add-user LOGIN --role agent|lead&quot;</source>
        <translation>ожидается «db add-user ЛОГИН --role agent|lead»</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>не удаётся прочитать пароль из стандартного ввода</translation>
    </message>
    <message>
        <source>%1: %2 can log in as a team lead</source>
        <translation>%1: %2 может входить как руководитель группы</translation>
    </message>
    <message>
        <source>%1: %2 can log in as an agent</source>
        <translation>%1: %2 может входить как агент</translation>
    </message>
    <message>
        <source>password (shown once, keep it in a password manager): %1</source>
        <translation>пароль (показывается один раз, сохраните его в менеджере паролей): %1</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration: days</comment>
        <translation>%1 д</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration: hours</comment>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>With add-user: take over an existing role that is not a Dueline user yet (its password is replaced). Superusers, roles with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS and the dueline_ roles are never changed.</source>
        <translation>Для add-user: взять существующую роль, которая ещё не является пользователем Dueline (её пароль будет заменён). Суперпользователи, роли с правами CREATEROLE, CREATEDB, REPLICATION или BYPASSRLS и роли dueline_ никогда не изменяются.</translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL server on another computer without verifying its certificate (an sslmode other than verify-full).</source>
        <translation>Подключаться к серверу PostgreSQL на другом компьютере без проверки его сертификата (sslmode, отличный от verify-full).</translation>
    </message>
    <message>
        <source>%1; or pass --allow-insecure-tls to connect anyway</source>
        <translation>%1; или укажите --allow-insecure-tls, чтобы всё равно подключиться</translation>
    </message>
    <message>
        <source>warning: the certificate of %1 is not verified (--allow-insecure-tls)</source>
        <translation>предупреждение: сертификат %1 не проверяется (--allow-insecure-tls)</translation>
    </message>
    <message>
        <source>Create the database (&quot;db init&quot;, with --admin also the roles of a shared server), bring its schema up to date (&quot;db migrate&quot;), add a login (&quot;db add-user&quot;), check every ticket against its event log (&quot;db check&quot;) or rewrite what differs (&quot;db repair&quot;).</source>
        <translation>Создать базу данных («db init», с --admin — также роли общего сервера), обновить её схему («db migrate»), добавить учётную запись («db add-user»), сверить каждую заявку с её журналом событий («db check») или переписать то, что расходится («db repair»).</translation>
    </message>
    <message>
        <source>init, migrate, add-user LOGIN, check or repair.</source>
        <translation>init, migrate, add-user ЛОГИН, check или repair.</translation>
    </message>
    <message>
        <source>With check and repair: print the result as JSON.</source>
        <translation>Для check и repair: вывести результат в формате JSON.</translation>
    </message>
    <message>
        <source>ticket #%1: %2: %3 → %4</source>
        <translation>заявка №%1: %2: %3 → %4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) rewritten from their event logs</source>
        <translation>
            <numerusform>%1: %n заявка переписана по журналу событий</numerusform>
            <numerusform>%1: %n заявки переписаны по журналам событий</numerusform>
            <numerusform>%1: %n заявок переписано по журналам событий</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have a broken event log and were left as they are; restore them from a backup</source>
        <translation>
            <numerusform>у %n заявки повреждён журнал событий, она оставлена как есть; восстановите её из резервной копии</numerusform>
            <numerusform>у %n заявок повреждены журналы событий, они оставлены как есть; восстановите их из резервной копии</numerusform>
            <numerusform>у %n заявок повреждены журналы событий, они оставлены как есть; восстановите их из резервной копии</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds plan %2, which the shared database does not have: on a shared server only the catalog stored in the database counts (a lead adds plans with Plans ▸ Edit Catalog…); remove the file or connect to a SQLite file</source>
        <translation>файл %1 добавляет тариф %2, которого нет в общей базе данных: на общем сервере действует только каталог, хранящийся в базе (тарифы добавляет руководитель через «Тарифы ▸ Изменить каталог…»); удалите файл или подключитесь к файлу SQLite</translation>
    </message>
    <message>
        <source>The agents of the database: list them, add one, rename, deactivate or activate one, or choose who you are on this database (&quot;agent use&quot;).</source>
        <translation>Агенты базы данных: список, добавление, переименование, отключение и включение, а также выбор того, кто вы в этой базе данных («agent use»).</translation>
    </message>
    <message>
        <source>list, add LOGIN, rename LOGIN NAME, deactivate LOGIN, activate LOGIN or use LOGIN.</source>
        <translation>list, add ЛОГИН, rename ЛОГИН ИМЯ, deactivate ЛОГИН, activate ЛОГИН или use ЛОГИН.</translation>
    </message>
    <message>
        <source>With add: the name people see.</source>
        <translation>Для add: отображаемое имя.</translation>
    </message>
    <message>
        <source>With add: agent (default) or lead.</source>
        <translation>Для add: agent (по умолчанию) или lead.</translation>
    </message>
    <message>
        <source>With list: print one JSON object.</source>
        <translation>Для list: вывести один объект JSON.</translation>
    </message>
    <message>
        <source>expected &quot;agent list&quot;, &quot;agent add LOGIN&quot;, &quot;agent rename LOGIN NAME&quot;, &quot;agent deactivate LOGIN&quot;, &quot;agent activate LOGIN&quot; or &quot;agent use LOGIN&quot;</source>
        <translation>ожидается «agent list», «agent add ЛОГИН», «agent rename ЛОГИН ИМЯ», «agent deactivate ЛОГИН», «agent activate ЛОГИН» или «agent use ЛОГИН»</translation>
    </message>
    <message>
        <source>--role: expected agent or lead, not &quot;%1&quot;</source>
        <translation>--role: ожидается agent или lead, а не «%1»</translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation>агент %1 теперь зовётся «%2»</translation>
    </message>
    <message>
        <source>%1 (%2) is already active</source>
        <translation>агент %1 (%2) уже включён</translation>
    </message>
    <message>
        <source>%1 (%2) is already deactivated</source>
        <translation>агент %1 (%2) уже отключён</translation>
    </message>
    <message>
        <source>%1 (%2) is active again</source>
        <translation>агент %1 (%2) снова включён</translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated: no tickets are assigned to them and they cannot act; their name stays in the history</source>
        <translation>агент %1 (%2) отключён: заявки на него не назначаются, действовать он не может; его имя остаётся в истории</translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation>ЛОГИН</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>РОЛЬ</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>active</source>
        <translation>включён</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>on a shared server, add people with &quot;dueline-cli db add-user LOGIN --role agent|lead&quot; (it makes their login too)</source>
        <translation>на общем сервере людей добавляют командой «dueline-cli db add-user ЛОГИН --role agent|lead» (она создаёт и их логин)</translation>
    </message>
    <message>
        <source>there is an agent with the login %1 already</source>
        <translation>агент с логином %1 уже есть</translation>
    </message>
    <message>
        <source>%1: added %2 as a team lead</source>
        <translation>%1: добавлен руководитель группы %2</translation>
    </message>
    <message>
        <source>%1: added %2 as an agent</source>
        <translation>%1: добавлен агент %2</translation>
    </message>
    <message>
        <source>you are logged in to this server as %1, and the login decides who you are</source>
        <translation>вы вошли на этот сервер как %1, а кто вы, определяет логин</translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated and cannot act</source>
        <translation>агент %1 (%2) отключён и не может действовать</translation>
    </message>
    <message>
        <source>You are %1 (%2) on %3, in dueline-cli and in Dueline</source>
        <translation>В базе данных %3 вы — %1 (%2), и в dueline-cli, и в Dueline</translation>
    </message>
    <message>
        <source>--as %1: %2 is deactivated</source>
        <translation>--as %1: агент %2 отключён</translation>
    </message>
    <message>
        <source>--as %1: there is no agent with this login (see dueline-cli agent list)</source>
        <translation>--as %1: агента с таким логином нет (см. dueline-cli agent list)</translation>
    </message>
    <message>
        <source>%1 (%2), remembered for this database, is deactivated; choose someone else with &quot;dueline-cli agent use LOGIN&quot;</source>
        <translation>агент %1 (%2), запомненный для этой базы данных, отключён; выберите другого командой «dueline-cli agent use ЛОГИН»</translation>
    </message>
    <message>
        <source>%1, remembered for this database, is no agent of it; choose someone with &quot;dueline-cli agent use LOGIN&quot;</source>
        <translation>логин %1, запомненный для этой базы данных, не принадлежит ни одному её агенту; выберите агента командой «dueline-cli agent use ЛОГИН»</translation>
    </message>
    <message>
        <source>the server login %1 (%2) is deactivated in this database</source>
        <translation>агент %2 с логином сервера %1 отключён в этой базе данных</translation>
    </message>
    <message>
        <source>the server login %1 is no agent of this database</source>
        <translation>логин сервера %1 не является агентом этой базы данных</translation>
    </message>
    <message>
        <source>nobody chosen for this database yet</source>
        <translation>для этой базы данных ещё никто не выбран</translation>
    </message>
    <message>
        <source>remembered for this database</source>
        <translation>запомнено для этой базы данных</translation>
    </message>
    <message>
        <source>given with --as</source>
        <translation>задано через --as</translation>
    </message>
    <message>
        <source>the server login decides</source>
        <translation>определяет логин сервера</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>руководитель группы</translation>
    </message>
    <message>
        <source>agent</source>
        <comment>a role</comment>
        <translation>агент</translation>
    </message>
    <message>
        <source>Act as this agent instead of the person remembered for the database (on a shared server, the login decides).</source>
        <translation>Действовать от имени этого агента, а не запомненного для базы данных (на общем сервере решает логин).</translation>
    </message>
    <message>
        <source>--as %1: you are logged in to this server as %2, and the login decides who you are</source>
        <translation>--as %1: вы вошли на этот сервер как %2, а кто вы, определяет логин</translation>
    </message>
    <message>
        <source>nobody is chosen for this database yet: run &quot;dueline-cli agent use LOGIN&quot; or pass --as LOGIN</source>
        <translation>для этой базы данных ещё никто не выбран: выполните «dueline-cli agent use ЛОГИН» или укажите --as ЛОГИН</translation>
    </message>
    <message>
        <source>there is no agent with the login %1 (see dueline-cli agent list)</source>
        <translation>агента с логином %1 нет (см. dueline-cli agent list)</translation>
    </message>
    <message>
        <source>Only the tickets assigned to me (see dueline-cli whoami).</source>
        <translation>Только заявки, назначенные на меня (см. dueline-cli whoami).</translation>
    </message>
    <message>
        <source>%1 open tickets assigned to %3 at %2, by next breach</source>
        <translation>Открытых заявок агента %3 на %2: %1, по ближайшему нарушению</translation>
    </message>
    <message>
        <source>Show one ticket whatever its status: its details, both SLA clocks with why each deadline falls where it does, and its whole history.</source>
        <translation>Показать одну заявку в любом статусе: её данные, оба SLA-таймера с объяснением каждого срока и всю историю.</translation>
    </message>
    <message>
        <source>show N.</source>
        <translation>show N (номер заявки).</translation>
    </message>
    <message>
        <source>expected &quot;ticket show N&quot;</source>
        <translation>ожидается «ticket show N»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket number</source>
        <translation>«%1» — не номер заявки</translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation>заявки №%1 нет</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Клиент:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <source>Service stage:</source>
        <translation>Стадия сервиса:</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Сейчас:</translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation>Заявка №%1: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>you</source>
        <translation>это вы</translation>
    </message>
    <message>
        <source>Why this deadline (times in %1):</source>
        <translation>Почему такой срок (время — %1):</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>История:</translation>
    </message>
    <message>
        <source>due if resumed now %1</source>
        <translation>срок при возобновлении сейчас: %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>срок: %1</translation>
    </message>
    <message>
        <source>met at %1</source>
        <translation>выполнено: %1</translation>
    </message>
    <message>
        <source>%1 past due</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>осталось %1 рабочего времени</translation>
    </message>
    <message>
        <source>set by a lead</source>
        <translation>задан руководителем группы</translation>
    </message>
    <message>
        <source>new</source>
        <comment>ticket status</comment>
        <translation>новая</translation>
    </message>
    <message>
        <source>open</source>
        <comment>ticket status</comment>
        <translation>открыта</translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <comment>ticket status</comment>
        <translation>ждёт клиента</translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>ticket status</comment>
        <translation>решена</translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket status</comment>
        <translation>закрыта</translation>
    </message>
    <message>
        <source>not applicable</source>
        <comment>SLA clock state</comment>
        <translation>не применяется</translation>
    </message>
    <message>
        <source>running</source>
        <comment>SLA clock state</comment>
        <translation>идёт отсчёт</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <comment>SLA clock state</comment>
        <translation>нерабочее время</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>SLA clock state</comment>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>breached</source>
        <comment>SLA clock state</comment>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation>в срок</translation>
    </message>
    <message>
        <source>met late</source>
        <comment>SLA clock state</comment>
        <translation>с опозданием</translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation>клиент или система</translation>
    </message>
    <message>
        <source>%1 (%2, deactivated)</source>
        <translation>%1 (%2, отключён)</translation>
    </message>
    <message>
        <source>created (%1, %2)</source>
        <translation>создана (%1, %2)</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>исполнитель снят</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>назначена: %1</translation>
    </message>
    <message>
        <source>replied to the customer</source>
        <translation>ответ клиенту</translation>
    </message>
    <message>
        <source>internal note</source>
        <translation>внутренняя заметка</translation>
    </message>
    <message>
        <source>resumed</source>
        <comment>history event</comment>
        <translation>возобновлена</translation>
    </message>
    <message>
        <source>severity changed to %1</source>
        <translation>критичность изменена на %1</translation>
    </message>
    <message>
        <source>plan changed to %1 (%2)</source>
        <translation>тариф изменён на %1 (%2)</translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>history event</comment>
        <translation>переоткрыта</translation>
    </message>
    <message>
        <source>response due set to %1</source>
        <translation>срок реакции установлен на %1</translation>
    </message>
    <message>
        <source>resolution due set to %1</source>
        <translation>срок решения установлен на %1</translation>
    </message>
    <message>
        <source>Who dueline-cli acts as on the database, and why: remembered, --as or the server login.</source>
        <translation>От чьего имени dueline-cli действует в базе данных и почему: запомнено, --as или логин сервера.</translation>
    </message>
    <message>
        <source>%1 (%2, %3) on %4: %5</source>
        <translation>%1 (%2, %3) в %4: %5</translation>
    </message>
    <message>
        <source>%1 left, %2 of working time</source>
        <translation>осталось %1, это %2 рабочего времени</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, in --tz) or an ISO 8601 instant.</source>
        <translation>Первый день (ГГГГ-ММ-ДД, в поясе --tz) или момент в ISO 8601.</translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD, in --tz), or an ISO 8601 instant (excluded).</source>
        <translation>Последний день включительно (ГГГГ-ММ-ДД, в поясе --tz) или момент в ISO 8601 (не включается).</translation>
    </message>
    <message>
        <source>Time zone of the days and of --from and --to dates (IANA name, default UTC).</source>
        <translation>Часовой пояс дней и дат --from и --to (имя IANA, по умолчанию UTC).</translation>
    </message>
    <message>
        <source>the response due time falls outside the supported years %1-%2</source>
        <translation>срок реакции выходит за пределы поддерживаемых лет %1–%2</translation>
    </message>
    <message>
        <source>the resolution due time falls outside the supported years %1-%2</source>
        <translation>срок решения выходит за пределы поддерживаемых лет %1–%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer and a ticket&apos;s subject</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 ticket(s) breach during %2 (%3 – %4) unless answered by %5</source>
        <translation>
            <numerusform>%n заявка %1 нарушит SLA в период «%2» (%3 – %4), если не ответить на неё до %5</numerusform>
            <numerusform>%n заявки %1 нарушат SLA в период «%2» (%3 – %4), если не ответить на них до %5</numerusform>
            <numerusform>%n заявок %1 нарушат SLA в период «%2» (%3 – %4), если не ответить на них до %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n рабочий день</numerusform>
            <numerusform>%n рабочих дня</numerusform>
            <numerusform>%n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA report of this customer (id) for --pdf and --csv; days in the customer&apos;s time zone.</source>
        <translation>SLA-отчёт этого клиента (id) для --pdf и --csv; дни — в часовом поясе клиента.</translation>
    </message>
    <message>
        <source>Write the SLA report of --customer (or of --plan) as a PDF document.</source>
        <translation>Записать SLA-отчёт по --customer (или по --plan) в документ PDF.</translation>
    </message>
    <message>
        <source>Write the figures of that SLA report as CSV.</source>
        <translation>Записать показатели этого SLA-отчёта в CSV.</translation>
    </message>
    <message>
        <source>The SLA report&apos;s language: en, ru or zh_CN (default: the customer&apos;s).</source>
        <translation>Язык SLA-отчёта: en, ru или zh_CN (по умолчанию — язык клиента).</translation>
    </message>
    <message>
        <source>--customer and --lang need --pdf FILE or --csv FILE</source>
        <translation>для --customer и --lang нужен --pdf FILE или --csv FILE</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --pdf or --csv</source>
        <translation>--%1 нельзя использовать вместе с --pdf или --csv</translation>
    </message>
    <message>
        <source>--pdf and --csv need either --customer or --plan</source>
        <translation>для --pdf и --csv нужен либо --customer, либо --plan</translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer id</source>
        <translation>--customer: «%1» — не номер клиента</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of en, ru, zh_CN</source>
        <translation>--lang: «%1» — не en, ru или zh_CN</translation>
    </message>
    <message>
        <source>--customer: there is no customer %1</source>
        <translation>--customer: клиента %1 нет</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Записан файл %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Записан файл %1 (%n страница)</numerusform>
            <numerusform>Записан файл %1 (%n страницы)</numerusform>
            <numerusform>Записан файл %1 (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Это свободная программа, распространяемая на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
    <message>
        <source>dueline-cli complete: expected commands, options COMMAND, plans or severities [PLAN]</source>
        <translation>dueline-cli complete: ожидается commands, options КОМАНДА, plans или severities [ТАРИФ]</translation>
    </message>
</context>
<context>
    <name>dueline::AboutDialog</name>
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
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Это свободная программа, распространяемая на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>dueline::AgentEditDialog</name>
    <message>
        <source>New Agent</source>
        <translation>Новый агент</translation>
    </message>
    <message>
        <source>Edit Agent</source>
        <translation>Изменить агента</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>role</comment>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation>Введите имя, под которым человека знают коллеги.</translation>
    </message>
    <message>
        <source>Enter a login: one word, as in the team&apos;s other systems.</source>
        <translation>Введите логин: одно слово, как в других системах команды.</translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation>В логине не должно быть пробелов.</translation>
    </message>
    <message>
        <source>Another agent already has the login “%1”.</source>
        <translation>Логин «%1» уже занят другим агентом.</translation>
    </message>
    <message>
        <source>Ac&amp;tive: offered for assignment and can act</source>
        <translation>&amp;Активен: может получать заявки и работать с ними</translation>
    </message>
</context>
<context>
    <name>dueline::AgentPickerDialog</name>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>role</comment>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the agent who works now</comment>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Work as %1</source>
        <translation>Работать как %1</translation>
    </message>
    <message>
        <source>Work as…</source>
        <translation>Работать как…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; choose another person first.</source>
        <translation>Нельзя отключить самого себя: сначала выберите другого человека.</translation>
    </message>
    <message>
        <source>A deactivated agent is not offered for assignment and cannot act; their name stays in the history.</source>
        <translation>Отключённому агенту нельзя назначать заявки, и он не может с ними работать; его имя остаётся в истории.</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Кто вы?</translation>
    </message>
    <message>
        <source>Dueline records every action under the person who does it. Choose yourself in %1, or add yourself; Dueline remembers the choice for this database.</source>
        <translation>Dueline записывает каждое действие от имени того, кто его выполнил. Выберите себя в %1 или добавьте себя; Dueline запомнит выбор для этой базы данных.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>&amp;New Agent…</source>
        <translation>&amp;Новый агент…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Show deactivated agents</source>
        <translation>&amp;Показывать отключённых агентов</translation>
    </message>
</context>
<context>
    <name>dueline::AssignDialog</name>
    <message>
        <source>Assign Ticket #%1</source>
        <translation>Назначить заявку №%1</translation>
    </message>
    <message>
        <source>Who works on #%1 %2?</source>
        <translation>Кто будет работать над №%1 «%2»?</translation>
    </message>
    <message>
        <source>Type a name or login</source>
        <translation>Введите имя или логин</translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation>Найти агента</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Агент</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation>Открытые заявки</translation>
    </message>
    <message>
        <source>Notifications now</source>
        <comment>whether the agent is in their hours</comment>
        <translation>Уведомления сейчас</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Агенты</translation>
    </message>
    <message>
        <source>%1 (me, assigned now)</source>
        <comment>myself in the assign list</comment>
        <translation>%1 (я, исполнитель сейчас)</translation>
    </message>
    <message>
        <source>%1 (assigned now)</source>
        <comment>an agent in the assign list</comment>
        <translation>%1 (исполнитель сейчас)</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <comment>myself in the assign list</comment>
        <translation>%1 (я)</translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>assign the ticket to no one</comment>
        <translation>Никто</translation>
    </message>
    <message>
        <source>Back to the unassigned tickets</source>
        <translation>Вернуть в заявки без исполнителя</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <source>No agent matches.</source>
        <translation>Подходящих агентов нет.</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Назначить</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Не беспокоить</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Включены</translation>
    </message>
    <message>
        <source>In their hours</source>
        <translation>В рабочие часы</translation>
    </message>
    <message>
        <source>Outside their hours</source>
        <translation>Вне своих часов</translation>
    </message>
    <message>
        <source>Outside their hours until %1</source>
        <translation>Вне своих часов до %1</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogCalendarPage</name>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Round the clock (24×7)</source>
        <translation>Круглосуточно (24×7)</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: its text and a colon (Chinese: a full-width colon)</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>day off</source>
        <comment>a weekday without working hours</comment>
        <translation>выходной</translation>
    </message>
    <message>
        <source>Working hours, for example 09:00–13:00, 14:00–18:00</source>
        <translation>Рабочие часы, например 09:00–13:00, 14:00–18:00</translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation>&amp;Праздники:</translation>
    </message>
    <message>
        <source>Days off, working days and shortened days</source>
        <translation>Нерабочие, перенесённые рабочие и сокращённые дни</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a special day</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>of a working day; empty: Monday&apos;s</comment>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a special day</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Add Day</source>
        <translation>Добавить день</translation>
    </message>
    <message>
        <source>Remove Day</source>
        <translation>Удалить день</translation>
    </message>
    <message>
        <source>Import Days Off from .ics…</source>
        <translation>Импорт нерабочих дней из .ics…</translation>
    </message>
    <message>
        <source>Read all-day events of an iCalendar file as days off</source>
        <translation>Считать события на весь день из файла iCalendar нерабочими днями</translation>
    </message>
    <message>
        <source>Day off</source>
        <comment>special day</comment>
        <translation>Нерабочий день</translation>
    </message>
    <message>
        <source>Working day</source>
        <comment>special day: a weekend day that works</comment>
        <translation>Рабочий (перенос)</translation>
    </message>
    <message>
        <source>Shortened day</source>
        <comment>special day: one hour shorter</comment>
        <translation>Сокращённый день</translation>
    </message>
    <message>
        <source>Monday&apos;s hours</source>
        <translation>Часы понедельника</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no public holidays</comment>
        <translation>Нет</translation>
    </message>
    <message>
        <source>The days of “%1” apply too; a day listed here wins over the same date there.</source>
        <translation>Дни из «%1» тоже учитываются; день, указанный здесь, важнее той же даты там.</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogEditorDialog</name>
    <message>
        <source>Saving your team&apos;s catalog to the shared database…</source>
        <translation>Сохранение каталога команды в общую базу данных…</translation>
    </message>
    <message>
        <source>Reading your team&apos;s catalog from the shared database…</source>
        <translation>Чтение каталога команды из общей базы данных…</translation>
    </message>
    <message>
        <source>Catalog Editor</source>
        <translation>Редактор каталога</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <comment>copy a plan or calendar to edit it</comment>
        <translation>Создать к&amp;опию…</translation>
    </message>
    <message>
        <source>Make an editable copy of the selected plan or calendar</source>
        <translation>Создать редактируемую копию выбранного тарифа или календаря</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove a team plan or calendar</comment>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>write the team catalog file</comment>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>the catalog editor</comment>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <comment>where the catalog editor saves</comment>
        <translation>Сохранять &amp;в:</translation>
    </message>
    <message>
        <source>This computer</source>
        <comment>save destination: a local file</comment>
        <translation>Этот компьютер</translation>
    </message>
    <message>
        <source>Shared database (whole team)</source>
        <comment>save destination</comment>
        <translation>Общая база данных (вся команда)</translation>
    </message>
    <message>
        <source>Built in: read-only</source>
        <translation>Встроенный: только чтение</translation>
    </message>
    <message>
        <source>From another team file: read-only</source>
        <translation>Из другого файла команды: только чтение</translation>
    </message>
    <message>
        <source>Your team&apos;s: editable</source>
        <translation>Вашей команды: можно изменять</translation>
    </message>
    <message>
        <source>Providers and plans</source>
        <translation>Поставщики и тарифы</translation>
    </message>
    <message>
        <source>Work calendars</source>
        <translation>Рабочие календари</translation>
    </message>
    <message>
        <source>Plan “%1” (%2)</source>
        <comment>plan name, plan id</comment>
        <translation>Тариф «%1» (%2)</translation>
    </message>
    <message>
        <source>This plan</source>
        <translation>Этот тариф</translation>
    </message>
    <message>
        <source>Work calendar “%1” (%2)</source>
        <comment>calendar name, calendar id</comment>
        <translation>Рабочий календарь «%1» (%2)</translation>
    </message>
    <message>
        <source>This calendar</source>
        <translation>Этот календарь</translation>
    </message>
    <message>
        <source>Provider “%1”</source>
        <translation>Поставщик «%1»</translation>
    </message>
    <message>
        <source>This provider</source>
        <translation>Этот поставщик</translation>
    </message>
    <message>
        <source>Choose a plan or a work calendar on the left.</source>
        <translation>Выберите слева тариф или рабочий календарь.</translation>
    </message>
    <message>
        <source>The team file cannot be edited here (see below).</source>
        <translation>Файл команды нельзя изменить здесь (см. ниже).</translation>
    </message>
    <message>
        <source>%1 is read-only. Use “Duplicate…” to make a copy of your own and edit that.</source>
        <comment>%1: a built-in plan, calendar or provider</comment>
        <translation>%1 доступен только для чтения. Нажмите «Создать копию…» и редактируйте свою копию.</translation>
    </message>
    <message>
        <source>Duplicate Plan</source>
        <translation>Копия тарифа</translation>
    </message>
    <message>
        <source>A copy of “%1” that your team can edit. It belongs to a provider of your own: one you have, or a new one.</source>
        <translation>Копия «%1», которую ваша команда сможет изменять. Она относится к вашему собственному поставщику — существующему или новому.</translation>
    </message>
    <message>
        <source>&amp;Provider ID:</source>
        <translation>Идентификатор &amp;поставщика:</translation>
    </message>
    <message>
        <source>Provider &amp;name:</source>
        <translation>&amp;Название поставщика:</translation>
    </message>
    <message>
        <source>%1 (our terms)</source>
        <comment>name of a team provider copied from a built-in one</comment>
        <translation>%1 (наши условия)</translation>
    </message>
    <message>
        <source>Plan &amp;ID:</source>
        <translation>&amp;Идентификатор тарифа:</translation>
    </message>
    <message>
        <source>Plan na&amp;me:</source>
        <translation>На&amp;звание тарифа:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a copied plan</comment>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>Duplicate Calendar</source>
        <translation>Копия календаря</translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation>&amp;Идентификатор календаря:</translation>
    </message>
    <message>
        <source>Calendar &amp;name:</source>
        <translation>&amp;Название календаря:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a copied calendar</comment>
        <translation>%1 (копия)</translation>
    </message>
    <message>
        <source>New Work Calendar</source>
        <translation>Новый рабочий календарь</translation>
    </message>
    <message>
        <source>Starts as Monday to Friday, 09:00–18:00; change it afterwards.</source>
        <translation>Сначала — с понедельника по пятницу, 09:00–18:00; потом его можно изменить.</translation>
    </message>
    <message>
        <source>Team hours</source>
        <translation>Часы команды</translation>
    </message>
    <message>
        <source>Import Days Off</source>
        <translation>Импорт нерабочих дней</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n ошибка.</numerusform>
            <numerusform>… и ещё %n ошибки.</numerusform>
            <numerusform>… и ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>Закрыть без сохранения изменений?</translation>
    </message>
    <message>
        <source>&amp;New Calendar…</source>
        <translation>Новый &amp;календарь…</translation>
    </message>
    <message>
        <source>Read-only but for Warn before breach, which your team&apos;s file keeps. “Duplicate…” makes a copy you can edit.</source>
        <translation>Только для чтения, кроме «Предупреждать до нарушения» (хранится в файле команды). «Создать копию…» даст копию для правки.</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogPlanPage</name>
    <message>
        <source>Severities and targets</source>
        <translation>Уровни критичности и целевые сроки</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>severity code</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>severity name</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>target: first reply</comment>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>target: resolution</comment>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Add Severity</source>
        <translation>Добавить уровень</translation>
    </message>
    <message>
        <source>Remove Severity</source>
        <translation>Удалить уровень</translation>
    </message>
    <message>
        <source>Incident levels: the severity this plan files each level under</source>
        <translation>Уровни инцидента: под какой критичностью тариф регистрирует каждый уровень</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: its text and a colon (Chinese: a full-width colon)</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>&amp;Work calendar:</source>
        <translation>&amp;Рабочий календарь:</translation>
    </message>
    <message>
        <source>Warn before breach</source>
        <translation>Предупреждать до нарушения</translation>
    </message>
    <message>
        <source>A clock is at risk once its remaining working time falls to this lead time: working hours and minutes (30m, 4h, 1h30m) or a share of the target (10%). Empty: the value for all severities, else 25%. Saved in your team&apos;s catalog file, for built-in plans too.</source>
        <translation>Таймер под угрозой, когда оставшееся рабочее время сокращается до этого запаса: часы и минуты рабочего времени (30m, 4h, 1h30m) или доля целевого срока (10%). Пусто — значение для всех уровней критичности, а если нет и его — 25%. Хранится в файле каталога вашей команды, в том числе для встроенных тарифов.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Все уровни критичности</translation>
    </message>
</context>
<context>
    <name>dueline::CatalogProviderPage</name>
    <message>
        <source>ID: %1. Plans: %2.</source>
        <translation>Идентификатор: %1. Тарифы: %2.</translation>
    </message>
</context>
<context>
    <name>dueline::ConnectionDialog</name>
    <message>
        <source>Choose the database file.</source>
        <translation>Выберите файл базы данных.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation>%1 — папка; выберите файл.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Введите имя базы данных.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Файл ЦС %1 не существует.</translation>
    </message>
    <message>
        <source>The server is not on this computer and its certificate is not verified: choose verify-full unless you trust every network in between. Dueline asks before it connects.</source>
        <translation>Сервер находится не на этом компьютере, и его сертификат не проверяется: выберите verify-full, если не доверяете каждой сети на пути к нему. Перед подключением Dueline спросит вас.</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when empty</source>
        <translation>если пусто — ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Database File</source>
        <translation>Файл базы данных</translation>
    </message>
    <message>
        <source>Dueline databases (*.sqlite *.db);;All files (*)</source>
        <translation>Базы данных Dueline (*.sqlite *.db);;Все файлы (*)</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>Сертификат ЦС</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Сертификаты (*.crt *.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Connect to a Database</source>
        <translation>Подключение к базе данных</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation>Файл SQLite на этом компьютере</translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation>Общий сервер PostgreSQL команды</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation>если пусто — из ~/.pgpass</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Запомнить пароль в системном хранилище паролей</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>Выключено (disable)</translation>
    </message>
    <message>
        <source>Only if the server insists (allow)</source>
        <translation>Только если требует сервер (allow)</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>Если сервер поддерживает (prefer)</translation>
    </message>
    <message>
        <source>Always, without checking the certificate (require)</source>
        <translation>Всегда, без проверки сертификата (require)</translation>
    </message>
    <message>
        <source>Always, certificate signed by the CA (verify-ca)</source>
        <translation>Всегда, сертификат подписан ЦС (verify-ca)</translation>
    </message>
    <message>
        <source>Always, certificate and host name checked (verify-full)</source>
        <translation>Всегда, с проверкой сертификата и имени сервера (verify-full)</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Про&amp;верить подключение</translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation>&amp;Имя базы данных:</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Файл &amp;ЦС:</translation>
    </message>
</context>
<context>
    <name>dueline::CustomerReportDialog</name>
    <message>
        <source>Custom range…</source>
        <translation>Другой период…</translation>
    </message>
    <message>
        <source>Customer SLA Report</source>
        <translation>SLA-отчёт для клиента</translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation>Отчёт для:</translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Plan (every customer)</source>
        <translation>&amp;Тариф (все клиенты)</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation>Сохранить P&amp;DF…</translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation>Сохранить C&amp;SV…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a provider and its plan</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Отчёт готовится…</translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation>Загрузка клиентов…</translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>Save the Report&apos;s Figures as CSV</source>
        <translation>Сохранить показатели отчёта в CSV</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a customer&apos;s company and name</comment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сохранён файл %1 (%n страница).</numerusform>
            <numerusform>Сохранён файл %1 (%n страницы).</numerusform>
            <numerusform>Сохранён файл %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранён файл %1.</translation>
    </message>
</context>
<context>
    <name>dueline::DashboardWorkspace</name>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>&amp;Тариф:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>&amp;Агент:</translation>
    </message>
    <message>
        <source>Export Figures…</source>
        <translation>Экспорт показателей…</translation>
    </message>
    <message>
        <source>Save every figure of the dashboard as a CSV file</source>
        <translation>Сохранить все показатели сводки в файл CSV</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Табло</translation>
    </message>
    <message>
        <source>Show the dashboard full screen for a wall display</source>
        <translation>Показать сводку на весь экран для настенного дисплея</translation>
    </message>
    <message>
        <source>Open tickets now</source>
        <translation>Открытые заявки сейчас</translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation>Прогноз нарушений</translation>
    </message>
    <message>
        <source>SLA compliance by plan</source>
        <translation>Соблюдение SLA по тарифам</translation>
    </message>
    <message>
        <source>SLA compliance by severity</source>
        <translation>Соблюдение SLA по критичности</translation>
    </message>
    <message>
        <source>Breaches per day, by plan</source>
        <translation>Нарушения по дням и тарифам</translation>
    </message>
    <message>
        <source>Response time against the target</source>
        <translation>Время реакции относительно целевого</translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation>Загрузка агентов</translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation>Экспортировать этот график в PNG или PDF</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation>Подсчёт заявок…</translation>
    </message>
    <message>
        <source>The dashboard reads the ticket database in the background.</source>
        <translation>Сводка читает базу данных заявок в фоновом режиме.</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Данных для графиков пока нет</translation>
    </message>
    <message>
        <source>Compliance, breaches, open tickets and what breaches next, for team leads.</source>
        <translation>Соблюдение SLA, нарушения, открытые заявки и ближайшие нарушения — для руководителей групп.</translation>
    </message>
    <message>
        <source>Open a ticket database to see its figures. For a demo, run:</source>
        <translation>Откройте базу данных заявок, чтобы увидеть её показатели. Для демонстрации выполните:</translation>
    </message>
    <message>
        <source>The ticket database has no tickets yet. Charts appear with the first ticket. For a demo, run:</source>
        <translation>В базе данных пока нет заявок. Графики появятся с первой заявкой. Для демонстрации выполните:</translation>
    </message>
    <message>
        <source>All plans</source>
        <translation>Все тарифы</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Все уровни критичности</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Все агенты</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>open</source>
        <translation>открыто</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт отсчёт</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>next hour</source>
        <comment>breaching within</comment>
        <translation>в ближайший час</translation>
    </message>
    <message>
        <source>next 4 hours</source>
        <comment>breaching within</comment>
        <translation>в ближайшие 4 часа</translation>
    </message>
    <message>
        <source>by end of today</source>
        <comment>breaching</comment>
        <translation>до конца дня</translation>
    </message>
    <message>
        <source>compliance</source>
        <comment>SLA compliance in the period</comment>
        <translation>соблюдение SLA</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Соблюдение SLA</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Экспорт графика</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation>Изображение PNG (*.png);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation>Экспорт показателей</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation>&amp;Критичность:</translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation>Последние 365 дней</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Свой период…</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Первый день периода</translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation>Последний день периода (включительно)</translation>
    </message>
    <message>
        <source>No breaches in this period</source>
        <translation>За этот период нарушений SLA нет</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a period and its days: Last 7 days, 27 Nov – 3 Dec 2026</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the filters of the dashboard</comment>
        <translation> · </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n %1 ticket(s)&lt;/b&gt; breach during %2 (%3) unless answered by %4</source>
        <translation>
            <numerusform>&lt;b&gt;%n заявка %1&lt;/b&gt; нарушит SLA в период «%2» (%3), если не ответить на неё до %4</numerusform>
            <numerusform>&lt;b&gt;%n заявки %1&lt;/b&gt; нарушат SLA в период «%2» (%3), если не ответить на них до %4</numerusform>
            <numerusform>&lt;b&gt;%n заявок %1&lt;/b&gt; нарушат SLA в период «%2» (%3), если не ответить на них до %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s category and its value</comment>
        <translation>%1: %2</translation>
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
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Customer Report…</source>
        <translation>Отчёт для клиента…</translation>
    </message>
    <message>
        <source>Make the SLA report of a customer or a plan for a month, as PDF or CSV</source>
        <translation>SLA-отчёт клиента или тарифа за месяц в PDF или CSV</translation>
    </message>
</context>
<context>
    <name>dueline::DayBarChartView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a day and its number of breaches</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a plan and its number of breaches on a day</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dueline::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <comment>notification action: open the ticket in Dueline</comment>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Take</source>
        <comment>notification action: assign the ticket to myself</comment>
        <translation>Взять</translation>
    </message>
    <message>
        <source>Assign…</source>
        <comment>notification action: choose who works on the ticket</comment>
        <translation>Назначить…</translation>
    </message>
</context>
<context>
    <name>dueline::DialogKeys</name>
    <message>
        <source>Submit a dialog from its text, where Enter starts a new line</source>
        <translation>Подтвердить диалог из текстового поля, где Enter начинает новую строку</translation>
    </message>
    <message>
        <source>Cancel a dialog</source>
        <translation>Отменить и закрыть окно</translation>
    </message>
</context>
<context>
    <name>dueline::FinishedTicketsView</name>
    <message>
        <source>Finished tickets</source>
        <translation>Завершённые заявки</translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n most recently changed tickets; search by number or words to find older ones.</source>
        <translation>
            <numerusform>Показана %n последняя изменённая заявка; чтобы найти более старые, ищите по номеру или словам.</numerusform>
            <numerusform>Показаны %n последние изменённые заявки; чтобы найти более старые, ищите по номеру или словам.</numerusform>
            <numerusform>Показаны %n последних изменённых заявок; чтобы найти более старые, ищите по номеру или словам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::MainWindow</name>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <source>The ticket database could not be opened: %1</source>
        <translation>Не удалось открыть базу заявок: %1</translation>
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
        <translation>Очередь заявок с обратным отсчётом до каждого нарушения SLA в реальном времени.</translation>
    </message>
    <message>
        <source>Support plans side by side, and the real deadline each gives for the same incident.</source>
        <translation>Тарифы поддержки в одной таблице и реальный срок, который каждый из них даёт для одного и того же инцидента.</translation>
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
        <source>Create a ticket, or fill a demo database with:</source>
        <translation>Создайте заявку или заполните демонстрационную базу командой:</translation>
    </message>
    <message>
        <source>No plans to compare yet</source>
        <translation>Тарифов для сравнения пока нет</translation>
    </message>
    <message>
        <source>Plans come from the built-in catalog and your team&apos;s catalog files. To list them, run:</source>
        <translation>Тарифы берутся из встроенного каталога и файлов каталога вашей команды. Чтобы вывести их список, выполните:</translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation>Данных для графиков пока нет</translation>
    </message>
    <message>
        <source>Charts appear once the queue has tickets. For a demo, run:</source>
        <translation>Графики появятся, когда в очереди будут заявки. Для демонстрации выполните:</translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <comment>View menu: full-screen dashboard for a wall</comment>
        <translation>Та&amp;бло</translation>
    </message>
    <message>
        <source>Show the dashboard full screen for a wall display; Escape leaves it</source>
        <translation>Показать сводку на весь экран для настенного дисплея; выход — клавиша Esc</translation>
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
        <source>&amp;Ticket</source>
        <comment>menu</comment>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation>&amp;Подключиться к базе данных…</translation>
    </message>
    <message>
        <source>Open another database: a SQLite file or the team&apos;s PostgreSQL server</source>
        <translation>Открыть другую базу данных: файл SQLite или сервер PostgreSQL команды</translation>
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
        <source>Workspaces</source>
        <translation>Рабочие области</translation>
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
        <source>SQLite file %1</source>
        <translation>Файл SQLite %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>database on host</comment>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation>Сервер PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Whether other agents&apos; changes reach this window</source>
        <translation>Видны ли в этом окне изменения других агентов</translation>
    </message>
    <message>
        <source>Server clock %1%2 s</source>
        <comment>status bar: server minus local clock</comment>
        <translation>Часы сервера: %1%2 с</translation>
    </message>
    <message>
        <source>The database server&apos;s clock stamps every action; this is how far it is from this computer&apos;s clock.</source>
        <translation>Каждое действие отмечается по часам сервера базы данных; здесь показано, насколько они расходятся с часами этого компьютера.</translation>
    </message>
    <message>
        <source>Server not verified</source>
        <comment>status bar: TLS certificate</comment>
        <translation>Сервер не проверен</translation>
    </message>
    <message>
        <source>The certificate of %1 is not verified: someone on the network between you and the server could read or change what you send, including the password. Choose TLS verify-full in File &gt; Connect.</source>
        <translation>Сертификат %1 не проверяется: кто-то в сети между вами и сервером может прочитать или изменить всё, что вы отправляете, включая пароль. Выберите TLS verify-full в меню «Файл &gt; Подключиться к базе данных».</translation>
    </message>
    <message>
        <source>%1 open · %2 at risk · %3 breached</source>
        <translation>открыто: %1 · под угрозой: %2 · просрочено: %3</translation>
    </message>
    <message>
        <source>Unconfirmed Action</source>
        <translation>Действие не подтверждено</translation>
    </message>
    <message>
        <source>The server has not confirmed %1 yet.</source>
        <translation>Сервер ещё не подтвердил действие: %1.</translation>
    </message>
    <message>
        <source>If you quit now and the server did not receive it, it is lost. Stay, and it is sent again once the connection is back.</source>
        <translation>Если выйти сейчас, а сервер не получил это действие, оно будет потеряно. Если остаться, действие будет отправлено повторно, когда соединение восстановится.</translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation>Всё равно &amp;выйти</translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation>&amp;Остаться</translation>
    </message>
    <message>
        <source>Server Not Verified</source>
        <translation>Сервер не проверен</translation>
    </message>
    <message>
        <source>Connect to %1 without verifying its certificate?</source>
        <translation>Подключиться к %1 без проверки его сертификата?</translation>
    </message>
    <message>
        <source>The server is not on this computer and the TLS setting is not &quot;verify-full&quot;, so Dueline cannot tell it from an impostor: someone on the network could read or change the tickets and learn the password. Connect only on a network you trust; better, ask the administrator for the server&apos;s CA certificate and choose verify-full in File &gt; Connect. Dueline remembers your answer for this server.</source>
        <translation>Сервер находится не на этом компьютере, а режим TLS — не «verify-full», поэтому Dueline не может отличить его от подделки: кто-то в сети может прочитать или изменить заявки и узнать пароль. Подключайтесь только в сети, которой доверяете; а лучше попросите у администратора сертификат центра сертификации сервера и выберите verify-full в меню «Файл &gt; Подключиться к базе данных». Dueline запомнит ваш ответ для этого сервера.</translation>
    </message>
    <message>
        <source>&amp;Connect Anyway</source>
        <translation>Всё равно &amp;подключиться</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation>&amp;Не подключаться</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>Сочетания &amp;клавиш…</translation>
    </message>
    <message>
        <source>Every key Dueline knows, menu by menu</source>
        <translation>Все сочетания клавиш Dueline, по меню</translation>
    </message>
    <message>
        <source>Dialogs</source>
        <comment>keyboard shortcuts: the keys of every dialog</comment>
        <translation>Диалоговые окна</translation>
    </message>
    <message>
        <source>Default &amp;Order</source>
        <comment>View menu: sort the ticket table by the next breach again</comment>
        <translation>&amp;Порядок по умолчанию</translation>
    </message>
    <message>
        <source>Sort the tickets as they first came: the next breach first in the queue</source>
        <translation>Вернуть исходную сортировку заявок: в очереди первыми идут ближайшие нарушения SLA</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <comment>Settings menu</comment>
        <translation>&amp;Уведомления…</translation>
    </message>
    <message>
        <source>Choose when you are notified about tickets at risk: your hours, do not disturb</source>
        <translation>Выбрать, когда вам сообщать о заявках под угрозой: ваши часы, «Не беспокоить»</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Notification settings are kept in the ticket database for each person: open a database first (File ▸ Connect to Database…).</source>
        <translation>Настройки уведомлений хранятся в базе заявок отдельно для каждого человека: сначала откройте базу данных (Файл ▸ Подключиться к базе данных…).</translation>
    </message>
    <message>
        <source>Notification settings saved for %1</source>
        <translation>Настройки уведомлений сохранены для: %1</translation>
    </message>
</context>
<context>
    <name>dueline::MissedNotificationsDialog</name>
    <message>
        <source>Missed Notifications</source>
        <translation>Пропущенные уведомления</translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) came while you were away. Click one to open its ticket.</source>
        <translation>
            <numerusform>Пока вас не было, пришло %n уведомление. Щёлкните по уведомлению, чтобы открыть его заявку.</numerusform>
            <numerusform>Пока вас не было, пришло %n уведомления. Щёлкните по уведомлению, чтобы открыть его заявку.</numerusform>
            <numerusform>Пока вас не было, пришло %n уведомлений. Щёлкните по уведомлению, чтобы открыть его заявку.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Missed notifications</source>
        <translation>Пропущенные уведомления</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject</comment>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>Nothing missed</source>
        <translation>Ничего не пропущено</translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation>Назначена на вас</translation>
    </message>
    <message>
        <source>Notifications that come while Dueline is hidden, minimized or in the background, outside your notification hours or with do not disturb on are kept here until you have seen them.</source>
        <translation>Уведомления, пришедшие, пока Dueline был скрыт, свёрнут или в фоне, вне ваших часов уведомлений или в режиме «Не беспокоить», хранятся здесь, пока вы их не просмотрите.</translation>
    </message>
</context>
<context>
    <name>dueline::NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation>Новая заявка</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (company)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Тариф:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Критичность:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <comment>how the customer reached support</comment>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Create Ticket</source>
        <translation>Создать заявку</translation>
    </message>
    <message>
        <source>Cus&amp;tomer:</source>
        <translation>К&amp;лиент:</translation>
    </message>
</context>
<context>
    <name>dueline::NotificationSettingsDialog</name>
    <message>
        <source>Add at least one interval to your hours, or choose &quot;Always while Dueline runs&quot;.</source>
        <translation>Добавьте в свои часы хотя бы один интервал или выберите «Всегда, пока работает Dueline».</translation>
    </message>
    <message>
        <source>Choose at least one day for every interval, or remove it.</source>
        <translation>Выберите хотя бы один день для каждого интервала или удалите его.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows: choose one from the list.</source>
        <translation>«%1» — не известный этому компьютеру часовой пояс: выберите пояс из списка.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>Not saved: %1
Your choices are still here: try again, or Cancel to leave them unsaved.</source>
        <translation>Не сохранено: %1
Всё, что вы выбрали, на месте: попробуйте ещё раз или нажмите «Отмена», чтобы выйти без сохранения.</translation>
    </message>
    <message>
        <source>Do not disturb: nothing until you turn it off</source>
        <translation>Не беспокоить: ничего, пока вы это не выключите</translation>
    </message>
    <message>
        <source>Always while Dueline runs</source>
        <translation>Всегда, пока работает Dueline</translation>
    </message>
    <message>
        <source>Never (no hours)</source>
        <comment>notification hours</comment>
        <translation>Никогда (часы не заданы)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>dialog title</comment>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>When:</source>
        <comment>notifications: at what times</comment>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>&amp;Always while Dueline runs</source>
        <translation>&amp;Всегда, пока работает Dueline</translation>
    </message>
    <message>
        <source>Only during &amp;my hours:</source>
        <translation>Только в мои &amp;часы:</translation>
    </message>
    <message>
        <source>Add &amp;Interval</source>
        <translation>&amp;Добавить интервал</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>time zone: the computer&apos;s own</comment>
        <translation>Системный (%1)</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: nothing until I turn it off</source>
        <translation>&amp;Не беспокоить: ничего, пока я это не выключу</translation>
    </message>
    <message>
        <source>Notify me a&amp;bout:</source>
        <translation>Сообщать о &amp;заявках:</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>notification scope: the role&apos;s default</comment>
        <translation>%1 (по умолчанию)</translation>
    </message>
    <message>
        <source>My tickets and unassigned ones</source>
        <translation>Моих и неназначенных</translation>
    </message>
    <message>
        <source>Only my tickets</source>
        <translation>Только моих</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Всех</translation>
    </message>
    <message>
        <source>Also &amp;tell me when an assigned agent is outside their hours while their ticket is at risk</source>
        <translation>&amp;Также сообщать, когда назначенный агент вне своих часов, а его заявка под угрозой</translation>
    </message>
    <message>
        <source>%1: when Dueline tells you that a ticket is at risk or breached. Saved in the database, so these settings follow you to any computer.</source>
        <comment>%1 is the person&apos;s name</comment>
        <translation>%1: когда Dueline сообщает вам, что заявка под угрозой или просрочена. Настройки хранятся в базе данных и действуют на любом компьютере.</translation>
    </message>
</context>
<context>
    <name>dueline::OfflineBanner</name>
    <message>
        <source>Connection lost</source>
        <translation>Соединение потеряно</translation>
    </message>
    <message>
        <source>Connection to %1 lost. Reconnecting now…</source>
        <translation>Соединение с %1 потеряно. Переподключение…</translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost. Reconnecting in %n s…</source>
        <comment>seconds until the next attempt</comment>
        <translation>
            <numerusform>Соединение с %1 потеряно. Переподключение через %n с…</numerusform>
            <numerusform>Соединение с %1 потеряно. Переподключение через %n с…</numerusform>
            <numerusform>Соединение с %1 потеряно. Переподключение через %n с…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket actions are off until the connection is back; countdowns continue from the last known state.</source>
        <translation>Действия с заявками недоступны, пока соединение не восстановится; обратный отсчёт продолжается от последнего известного состояния.</translation>
    </message>
    <message>
        <source>Not confirmed yet: %1. It will be sent again, once, when the connection is back, and recorded at the time the server receives it (not now); you will see whether it was saved.</source>
        <comment>%1: an action, e.g. &apos;your reply to ticket #12&apos;</comment>
        <translation>Ещё не подтверждено: %1. Когда соединение восстановится, действие будет отправлено повторно (один раз) и записано с тем временем, когда его получит сервер (а не с текущим); вы увидите, сохранено ли оно.</translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <comment>reconnect to the database now</comment>
        <translation>&amp;Повторить сейчас</translation>
    </message>
</context>
<context>
    <name>dueline::PersonSwitcher</name>
    <message>
        <source>S&amp;witch Person…</source>
        <translation>С&amp;менить пользователя…</translation>
    </message>
    <message>
        <source>Choose who you are in this database</source>
        <translation>Выберите, кто вы в этой базе данных</translation>
    </message>
    <message>
        <source>You work as %1 (%2), a team lead</source>
        <translation>Вы вошли как %1 (%2), руководитель группы</translation>
    </message>
    <message>
        <source>You work as %1 (%2)</source>
        <translation>Вы вошли как %1 (%2)</translation>
    </message>
    <message>
        <source>Choose who you are in this database; every action is recorded under that person</source>
        <translation>Выберите, кто вы в этой базе данных; каждое действие записывается от имени этого человека</translation>
    </message>
    <message>
        <source>Click to switch person or to manage the agents.</source>
        <translation>Нажмите, чтобы сменить пользователя или управлять агентами.</translation>
    </message>
    <message>
        <source>On a shared server you are the login you connect as (File ▸ Connect)</source>
        <translation>На общем сервере вы — тот логин, под которым подключаетесь (Файл ▸ Подключиться)</translation>
    </message>
    <message>
        <source>On a shared server you are the login you connect as.</source>
        <translation>На общем сервере вы — тот логин, под которым подключаетесь.</translation>
    </message>
</context>
<context>
    <name>dueline::PlansBanner</name>
    <message>
        <source>Close</source>
        <comment>close an inline message</comment>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>dueline::PlansCalculatorView</name>
    <message>
        <source>The coming Spring Festival&apos;s days off are not in the holiday data yet; this is the last one known.</source>
        <translation>Нерабочих дней ближайшего китайского Нового года ещё нет в данных о праздниках; показан последний известный.</translation>
    </message>
    <message>
        <source>Real response time by opening hour, week of %1 (%2)</source>
        <comment>%1 a date, %2 a time zone</comment>
        <translation>Реальное время реакции по часу открытия, неделя с %1 (%2)</translation>
    </message>
    <message>
        <source>Real resolution time by opening hour, week of %1 (%2)</source>
        <comment>%1 a date, %2 a time zone</comment>
        <translation>Реальное время решения по часу открытия, неделя с %1 (%2)</translation>
    </message>
    <message>
        <source>Not drawn, no commitment: %1</source>
        <comment>plans left out of the chart</comment>
        <translation>Не показаны (срок не гарантируется): %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>export: the question</comment>
        <translation>Инцидент: %1</translation>
    </message>
    <message>
        <source>Opened: %1 (%2)</source>
        <comment>export: the opening moment and its zone</comment>
        <translation>Открыт: %1 (%2)</translation>
    </message>
    <message>
        <source>Incident:</source>
        <comment>calculator: what happened</comment>
        <translation>Инцидент:</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <comment>incident level P1-P4</comment>
        <translation>&amp;Уровень</translation>
    </message>
    <message>
        <source>An incident described by its level, filed under the severity each plan names for it</source>
        <translation>Инцидент задан уровнем; каждый тариф регистрирует его с соответствующей ему критичностью</translation>
    </message>
    <message>
        <source>Provider&apos;s o&amp;wn severity</source>
        <translation>Критичность &amp;поставщика</translation>
    </message>
    <message>
        <source>A severity of one provider, for that provider&apos;s plans</source>
        <translation>Уровень критичности одного поставщика — для его тарифов</translation>
    </message>
    <message>
        <source>Incident level</source>
        <translation>Уровень инцидента</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>of an incident</comment>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <comment>calculator: when the ticket was opened</comment>
        <translation>&amp;Открыт:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>Any IANA time zone; type to search</source>
        <translation>Любой часовой пояс IANA; начните вводить для поиска</translation>
    </message>
    <message>
        <source>Presets:</source>
        <comment>ready-made opening moments</comment>
        <translation>Примеры:</translation>
    </message>
    <message>
        <source>Now</source>
        <comment>preset: the current moment</comment>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Friday 19:30 Moscow</source>
        <comment>preset</comment>
        <translation>Пятница, 19:30, Москва</translation>
    </message>
    <message>
        <source>Eve of the Russian New Year holidays</source>
        <comment>preset</comment>
        <translation>Канун новогодних каникул в России</translation>
    </message>
    <message>
        <source>Day before Spring Festival</source>
        <comment>preset</comment>
        <translation>Накануне Праздника весны</translation>
    </message>
    <message>
        <source>Monday 09:00 Berlin</source>
        <comment>preset</comment>
        <translation>Понедельник, 09:00, Берлин</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>chart: time to the first reply</comment>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>chart: time to the resolution</comment>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Which target the chart shows</source>
        <translation>Какой срок показывает график</translation>
    </message>
    <message>
        <source>Deadlines by plan</source>
        <translation>Сроки по тарифам</translation>
    </message>
    <message>
        <source>Hours on a logarithmic scale, colours as in the table. Point at a line for the exact times.</source>
        <translation>Часы — в логарифмической шкале, цвета — как в таблице. Наведите на линию, чтобы увидеть точное время.</translation>
    </message>
    <message>
        <source>Every time in %1</source>
        <comment>export: the time zone of the times shown</comment>
        <translation>Всё время указано в часовом поясе %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date and time, and its time zone</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a provider and one of its severities</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dueline::PlansChooser</name>
    <message>
        <source>&amp;Plans…</source>
        <comment>choose the plans to compare</comment>
        <translation>&amp;Тарифы…</translation>
    </message>
    <message>
        <source>&amp;Plans (%1 of %2)…</source>
        <comment>choose the plans to compare; chosen of all</comment>
        <translation>&amp;Тарифы (%1 из %2)…</translation>
    </message>
    <message>
        <source>Choose the plans to compare, by provider</source>
        <translation>Выбрать тарифы для сравнения по поставщикам</translation>
    </message>
    <message>
        <source>&amp;All Plans</source>
        <comment>choose every plan of the catalog</comment>
        <translation>&amp;Все тарифы</translation>
    </message>
</context>
<context>
    <name>dueline::PlansExplanationView</name>
    <message>
        <source>Working time, counted</source>
        <comment>why this deadline: the SLA clock runs</comment>
        <translation>Рабочее время (учитывается)</translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <comment>why this deadline: night or a break</comment>
        <translation>Нерабочее время</translation>
    </message>
    <message>
        <source>Weekend</source>
        <comment>why this deadline</comment>
        <translation>Выходные</translation>
    </message>
    <message>
        <source>Day off</source>
        <comment>why this deadline: a holiday without a name</comment>
        <translation>Нерабочий день</translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <comment>why this deadline: %1 is the holiday&apos;s name</comment>
        <translation>Нерабочий день: %1</translation>
    </message>
    <message>
        <source>Shortened pre-holiday day</source>
        <comment>why this deadline: the hour cut from the day</comment>
        <translation>Сокращённый предпраздничный день</translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>why this deadline: waiting on the customer</comment>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Why this deadline?</source>
        <translation>Почему такой срок?</translation>
    </message>
    <message>
        <source>choose a plan in the results above</source>
        <translation>выберите тариф в результатах выше</translation>
    </message>
    <message>
        <source>Why this deadline? — %1, filed as “%2”</source>
        <comment>%1 plan, %2 severity</comment>
        <translation>Почему такой срок? — %1, критичность «%2»</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>the first reply&apos;s SLA clock</comment>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>the resolution&apos;s SLA clock</comment>
        <translation>Решение</translation>
    </message>
    <message>
        <source>%1: no commitment</source>
        <comment>%1 is Response or Resolution</comment>
        <translation>%1: не гарантируется</translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <comment>%1 Response/Resolution, %2 a target</comment>
        <translation>%1, цель %2</translation>
    </message>
    <message>
        <source>Counted on “%1” (%2)</source>
        <comment>calendar name, time zone</comment>
        <translation>По календарю «%1» (%2)</translation>
    </message>
    <message>
        <source>What</source>
        <comment>why this deadline: kind of time</comment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start of a piece of time</comment>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end of a piece of time</comment>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Length</source>
        <comment>wall-clock length of a piece of time</comment>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>working time counted towards the target</comment>
        <translation>Учтено</translation>
    </message>
</context>
<context>
    <name>dueline::PlansHeaderView</name>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <comment>a collapsed provider</comment>
        <translation>
            <numerusform>%n тариф</numerusform>
            <numerusform>%n тарифа</numerusform>
            <numerusform>%n тарифов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: click to show its plans</source>
        <comment>provider band</comment>
        <translation>%1: щёлкните, чтобы показать тарифы</translation>
    </message>
    <message>
        <source>%1: click to collapse its plans</source>
        <comment>provider band</comment>
        <translation>%1: щёлкните, чтобы свернуть тарифы</translation>
    </message>
</context>
<context>
    <name>dueline::PlansMatrixView</name>
    <message>
        <source>Show the Plans of %1</source>
        <translation>Показать тарифы %1</translation>
    </message>
    <message>
        <source>Collapse the Plans of %1</source>
        <translation>Свернуть тарифы %1</translation>
    </message>
    <message>
        <source>Show All Providers</source>
        <translation>Показать всех поставщиков</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <comment>show only the rows where plans differ</comment>
        <translation>Только раз&amp;личия</translation>
    </message>
    <message>
        <source>Hide the rows where every chosen plan says the same</source>
        <translation>Скрыть строки, в которых все выбранные тарифы совпадают</translation>
    </message>
    <message>
        <source>Best value in its row</source>
        <comment>legend of the tinted cells</comment>
        <translation>Лучшее значение в строке</translation>
    </message>
    <message>
        <source>Plan comparison</source>
        <translation>Сравнение тарифов</translation>
    </message>
</context>
<context>
    <name>dueline::PlansWorkspace</name>
    <message>
        <source>Dueline is not connected to a shared database.</source>
        <translation>Dueline не подключён к общей базе данных.</translation>
    </message>
    <message>
        <source>Section</source>
        <comment>CSV column: a section of the comparison</comment>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Row</source>
        <comment>CSV column: what a row compares</comment>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation>ID тарифа</translation>
    </message>
    <message>
        <source>Filed as</source>
        <comment>CSV column: the severity a plan files the incident under</comment>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>Response due</source>
        <translation>Срок реакции</translation>
    </message>
    <message>
        <source>Response: real wait</source>
        <translation>Реакция: реальное ожидание</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>Срок решения</translation>
    </message>
    <message>
        <source>Resolution: real wait</source>
        <translation>Решение: реальное ожидание</translation>
    </message>
    <message>
        <source>Support plans compared</source>
        <translation>Сравнение тарифов поддержки</translation>
    </message>
    <message>
        <source>Plans: %1 of %2</source>
        <comment>export: chosen plans of all</comment>
        <translation>Тарифы: %1 из %2</translation>
    </message>
    <message>
        <source>Only the rows where the plans differ</source>
        <translation>Только строки, в которых тарифы различаются</translation>
    </message>
    <message>
        <source>Best value in each row: bold on green</source>
        <translation>Лучшее значение в каждой строке — жирным на зелёном</translation>
    </message>
    <message>
        <source>Real deadlines by plan</source>
        <translation>Реальные сроки по тарифам</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The file could not be written.
%1</source>
        <translation>Не удалось записать файл.
%1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation>Отправлено на печать: %1</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Каталог</translation>
    </message>
    <message>
        <source>The catalog was saved but could not be loaded again.
%1</source>
        <translation>Каталог сохранён, но загрузить его заново не удалось.
%1</translation>
    </message>
    <message>
        <source>Catalog saved to the shared database %1; the team gets it at the next start of Dueline</source>
        <translation>Каталог сохранён в общую базу данных %1; команда получит его при следующем запуске Dueline</translation>
    </message>
    <message>
        <source>Catalog saved to %1</source>
        <translation>Каталог сохранён в %1</translation>
    </message>
    <message>
        <source>%1 (our terms)</source>
        <comment>name of a team provider copied from a built-in one</comment>
        <translation>%1 (наши условия)</translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <comment>tab: plans side by side</comment>
        <translation>Ср&amp;авнение</translation>
    </message>
    <message>
        <source>Targets, channels and features of the chosen plans side by side</source>
        <translation>Целевые сроки, каналы и возможности выбранных тарифов в одной таблице</translation>
    </message>
    <message>
        <source>&amp;Real Deadline</source>
        <comment>tab: the deadline calculator</comment>
        <translation>&amp;Реальный срок</translation>
    </message>
    <message>
        <source>The real deadline each plan gives for the same incident</source>
        <translation>Реальный срок, который каждый тариф даёт для одного и того же инцидента</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <comment>export the table in view</comment>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Save the table in view as PDF or CSV</source>
        <translation>Сохранить показанную таблицу в PDF или CSV</translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print the table in view (%1)</source>
        <translation>Напечатать показанную таблицу (%1)</translation>
    </message>
    <message>
        <source>Edit Ca&amp;talog…</source>
        <translation>Изменить &amp;каталог…</translation>
    </message>
    <message>
        <source>Add or change your team&apos;s plans, work calendars and lead times</source>
        <translation>Добавить или изменить тарифы, рабочие календари и запасы до нарушения вашей команды</translation>
    </message>
    <message>
        <source>Incident</source>
        <comment>CSV column: the question asked</comment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>CSV column: when the incident was opened (ISO 8601)</comment>
        <translation>Открыт</translation>
    </message>
    <message>
        <source>Time zone</source>
        <comment>CSV column: the zone of every time</comment>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>%1 (not chosen: %2)</source>
        <comment>export: %1 the chosen plans of all, %2 the others</comment>
        <translation>%1 (не выбраны: %2)</translation>
    </message>
</context>
<context>
    <name>dueline::PreferencesDialog</name>
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
        <source>&amp;Notifications:</source>
        <comment>desktop notifications</comment>
        <translation>&amp;Уведомления:</translation>
    </message>
    <message>
        <source>Changes apply at once to every open window.</source>
        <translation>Изменения сразу применяются ко всем открытым окнам.</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <comment>notification settings</comment>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>When and about which tickets you are notified: your hours, do not disturb. Saved in the database for you.</source>
        <translation>Когда и о каких заявках вам сообщать: ваши часы, «Не беспокоить». Сохраняется в базе данных для вас.</translation>
    </message>
    <message>
        <source>Open a ticket database to choose when you are notified.</source>
        <translation>Откройте базу заявок, чтобы выбрать, когда вам сообщать.</translation>
    </message>
</context>
<context>
    <name>dueline::QueueEmptyState</name>
    <message>
        <source>No tickets in “%1”</source>
        <translation>В представлении «%1» нет заявок</translation>
    </message>
    <message>
        <source>Tickets appear here as soon as they fit this view.</source>
        <translation>Заявки появятся здесь, как только подойдут под это представление.</translation>
    </message>
    <message>
        <source>Choose another view in the list on the left.</source>
        <translation>Выберите другое представление в списке слева.</translation>
    </message>
    <message>
        <source>No tickets match “%1”</source>
        <translation>Нет заявок по запросу «%1»</translation>
    </message>
    <message>
        <source>Nothing in “%1” matches the search.</source>
        <translation>В представлении «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>Search by ticket number, subject or customer; Esc clears the search.</source>
        <translation>Ищите по номеру заявки, теме или клиенту; Esc очищает поиск.</translation>
    </message>
</context>
<context>
    <name>dueline::QueueNotifier</name>
    <message>
        <source>Ticket #%1 breached its SLA</source>
        <translation>Заявка №%1: SLA нарушен</translation>
    </message>
    <message>
        <source>Ticket #%1 is at risk</source>
        <translation>Заявка №%1 под угрозой нарушения SLA</translation>
    </message>
    <message numerus="yes">
        <source>%n tickets at risk</source>
        <comment>a summary notification</comment>
        <translation>
            <numerusform>%n заявка под угрозой</numerusform>
            <numerusform>%n заявки под угрозой</numerusform>
            <numerusform>%n заявок под угрозой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets breached</source>
        <comment>a summary notification</comment>
        <translation>
            <numerusform>%n заявка просрочена</numerusform>
            <numerusform>%n заявки просрочены</numerusform>
            <numerusform>%n заявок просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets at risk or breached</source>
        <comment>a summary notification</comment>
        <translation>
            <numerusform>%n заявка под угрозой или просрочена</numerusform>
            <numerusform>%n заявки под угрозой или просрочены</numerusform>
            <numerusform>%n заявок под угрозой или просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <comment>of the tickets in a summary</comment>
        <translation>
            <numerusform>под угрозой: %n</numerusform>
            <numerusform>под угрозой: %n</numerusform>
            <numerusform>под угрозой: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <comment>of the tickets in a summary</comment>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject in a list</comment>
        <translation>№%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>tickets in a summary</comment>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>SLA state</comment>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>SLA state</comment>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Response was due %1</source>
        <translation>Срок ответа истёк %1</translation>
    </message>
    <message>
        <source>Resolution was due %1</source>
        <translation>Срок решения истёк %1</translation>
    </message>
    <message>
        <source>breached just now</source>
        <translation>просрочено только что</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>wall-clock time since the due instant</comment>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation>Срок ответа: %1</translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation>Срок решения: %1</translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>working time until the due instant</comment>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>Not assigned to anyone yet</source>
        <translation>Пока ни на кого не назначена</translation>
    </message>
    <message>
        <source>&amp;Missed Notifications…</source>
        <translation>Пропущенные &amp;уведомления…</translation>
    </message>
    <message>
        <source>What was notified while Dueline was hidden, minimized or in the background</source>
        <translation>Уведомления, пришедшие, пока Dueline был скрыт, свёрнут или работал в фоне</translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <comment>notifications missed while away</comment>
        <translation>
            <numerusform>пропущено: %n</numerusform>
            <numerusform>пропущено: %n</numerusform>
            <numerusform>пропущено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications that came while you were away; click to see them</source>
        <translation>Уведомления, пришедшие в ваше отсутствие; щёлкните, чтобы посмотреть</translation>
    </message>
    <message>
        <source>another agent</source>
        <comment>an agent whose name is not known</comment>
        <translation>другому агенту</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначена исполнителю %1</translation>
    </message>
    <message>
        <source>Assigned to %1, who has do not disturb on</source>
        <translation>Назначена исполнителю %1 (режим «Не беспокоить»)</translation>
    </message>
    <message>
        <source>Assigned to %1, who is outside their hours</source>
        <translation>Назначена исполнителю %1 (сейчас вне своих часов)</translation>
    </message>
    <message>
        <source>Assigned to %1, outside their hours until %2</source>
        <translation>Назначена исполнителю %1 (вне своих часов до %2)</translation>
    </message>
</context>
<context>
    <name>dueline::QueueSidebar</name>
    <message>
        <source>Queue views</source>
        <translation>Представления очереди</translation>
    </message>
    <message>
        <source>All open</source>
        <comment>queue view</comment>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>queue view: tickets assigned to me</comment>
        <translation>Мои</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>queue view</comment>
        <translation>Без исполнителя</translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>queue view</comment>
        <translation>Под угрозой</translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>queue view</comment>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>queue view</comment>
        <translation>Ждут клиента</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>queue view: tickets resolved, most recent first</comment>
        <translation>Решённые</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>queue view: tickets closed, most recent first</comment>
        <translation>Закрытые</translation>
    </message>
</context>
<context>
    <name>dueline::QueueTableView</name>
    <message>
        <source>Default &amp;Order</source>
        <comment>sort the table as it first came</comment>
        <translation>&amp;Порядок по умолчанию</translation>
    </message>
    <message>
        <source>Sort by the next breach again, the soonest first</source>
        <translation>Снова сортировать по ближайшему нарушению SLA, самые срочные первыми</translation>
    </message>
    <message>
        <source>Sort by the last change again, the most recent first</source>
        <translation>Снова сортировать по последнему изменению, самые новые первыми</translation>
    </message>
</context>
<context>
    <name>dueline::QueueWorkspace</name>
    <message>
        <source>Waiting for the database: %1…</source>
        <translation>Ожидание базы данных: %1…</translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation>Новая &amp;заявка…</translation>
    </message>
    <message>
        <source>Open a ticket for a customer</source>
        <translation>Открыть заявку от имени клиента</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <comment>assign the ticket to myself</comment>
        <translation>&amp;Взять в работу</translation>
    </message>
    <message>
        <source>Assign the ticket to yourself</source>
        <translation>Назначить заявку на себя</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <source>Reply to the customer (meets the response target)</source>
        <translation>Ответить клиенту (засчитывается как реакция)</translation>
    </message>
    <message>
        <source>An internal note the customer does not see</source>
        <translation>Внутренняя заметка, которую клиент не видит</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>The customer answered: run the SLA clocks again</source>
        <translation>Клиент ответил: снова запустить SLA-таймеры</translation>
    </message>
    <message>
        <source>Recompute the targets from the ticket&apos;s start</source>
        <translation>Пересчитать целевые сроки от момента открытия заявки</translation>
    </message>
    <message>
        <source>Change &amp;Plan…</source>
        <translation>Сменить &amp;тариф…</translation>
    </message>
    <message>
        <source>Move the ticket to another support plan</source>
        <translation>Перевести заявку на другой тариф поддержки</translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation>&amp;Решить…</translation>
    </message>
    <message>
        <source>Mark the ticket resolved (meets the resolution target)</source>
        <translation>Отметить заявку решённой (засчитывается как решение)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>П&amp;ереоткрыть…</translation>
    </message>
    <message>
        <source>Reopen a resolved ticket; its resolution clock resumes</source>
        <translation>Переоткрыть решённую заявку; таймер решения продолжит отсчёт</translation>
    </message>
    <message>
        <source>Team leads: set a due instant, with a reason</source>
        <translation>Для руководителей: задать срок вручную с указанием причины</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Search the queue by number, subject or customer</source>
        <translation>Искать в очереди по номеру, теме или клиенту</translation>
    </message>
    <message>
        <source>Re&amp;load Queue</source>
        <translation>О&amp;бновить очередь</translation>
    </message>
    <message>
        <source>Load the whole queue again from the database</source>
        <translation>Заново загрузить всю очередь из базы данных</translation>
    </message>
    <message>
        <source>Search number, subject, customer (%1)</source>
        <translation>Поиск: номер, тема, клиент (%1)</translation>
    </message>
    <message>
        <source>Ticket Actions</source>
        <translation>Действия с заявкой</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <source>Add Not&amp;e…</source>
        <translation>Добавить за&amp;метку…</translation>
    </message>
    <message>
        <source>Change Se&amp;verity…</source>
        <translation>Изменить &amp;критичность…</translation>
    </message>
    <message>
        <source>Override &amp;Due…</source>
        <translation>Перенести &amp;срок…</translation>
    </message>
    <message>
        <source>Move between the views, the ticket list, the ticket panel and the search field</source>
        <translation>Переход: представления, список заявок, панель заявки, поиск</translation>
    </message>
    <message>
        <source>Next ticket in the list (J also from the ticket panel)</source>
        <translation>Следующая заявка в списке (J — и из панели заявки)</translation>
    </message>
    <message>
        <source>Previous ticket in the list (K also from the ticket panel)</source>
        <translation>Предыдущая заявка в списке (K — и из панели заявки)</translation>
    </message>
    <message>
        <source>Read the ticket in the panel, where the arrow keys scroll it</source>
        <translation>Читать заявку в панели; стрелки прокручивают её</translation>
    </message>
    <message>
        <source>Back to the ticket list from the panel; in the search field, clear the search</source>
        <translation>Из панели — обратно к списку заявок; в поле поиска — очистить поиск</translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be taken now.</source>
        <translation>Заявку №%1 сейчас нельзя взять.</translation>
    </message>
    <message>
        <source>Reply and &amp;Wait…</source>
        <translation>Ответить и &amp;ждать…</translation>
    </message>
    <message>
        <source>Reply to the customer, then pause the SLA clocks until they answer</source>
        <translation>Ответить клиенту и приостановить SLA-таймеры до его ответа</translation>
    </message>
    <message>
        <source>Undo a take or an assignment while its bar shows (10 seconds)</source>
        <translation>Отменить взятие или назначение, пока видна его полоса (10 секунд)</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <comment>choose who works on the ticket</comment>
        <translation>Н&amp;азначить…</translation>
    </message>
    <message>
        <source>Choose who works on the ticket, or give it back to nobody</source>
        <translation>Выбрать, кто работает над заявкой, или снять исполнителя</translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be assigned now.</source>
        <translation>Заявку №%1 сейчас нельзя назначить.</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <source>Show the sidebar&apos;s view without the other filters</source>
        <translation>Показать раздел боковой панели без остальных фильтров</translation>
    </message>
    <message>
        <source>plan %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>тариф «%1»</translation>
    </message>
    <message>
        <source>provider %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>поставщик «%1»</translation>
    </message>
    <message>
        <source>severity %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>критичность «%1»</translation>
    </message>
    <message>
        <source>unassigned</source>
        <comment>the queue is also filtered by</comment>
        <translation>без исполнителя</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <comment>the queue is also filtered by</comment>
        <translation>исполнитель: %1</translation>
    </message>
    <message>
        <source>Also filtered: %1</source>
        <comment>the list of filters, joined by the next text</comment>
        <translation>Также отфильтровано: %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the filters of the queue</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a provider and its plan</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s SLA Report…</source>
        <translation>SLA-отчёт кл&amp;иента…</translation>
    </message>
    <message>
        <source>The SLA report of this ticket&apos;s customer for a month, as PDF or CSV</source>
        <translation>SLA-отчёт клиента этой заявки за месяц в PDF или CSV</translation>
    </message>
</context>
<context>
    <name>dueline::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <comment>keyboard shortcuts: what a key does</comment>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard shortcuts: the keys that do it</comment>
        <translation>Клавиши</translation>
    </message>
</context>
<context>
    <name>dueline::TargetEdit</name>
    <message>
        <source>No commitment</source>
        <comment>target: the plan promises no time</comment>
        <translation>Не гарантируется</translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit of a target</comment>
        <translation>минуты</translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit of a target</comment>
        <translation>часы</translation>
    </message>
    <message>
        <source>business days</source>
        <comment>unit of a target</comment>
        <translation>рабочие дни</translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>of a target</comment>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>of a target</comment>
        <translation>Единица</translation>
    </message>
</context>
<context>
    <name>dueline::TicketActionDialog</name>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number and subject</comment>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>Reply to the Customer</source>
        <translation>Ответить клиенту</translation>
    </message>
    <message>
        <source>Reply:</source>
        <comment>a public reply to the customer</comment>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>an internal note on a ticket</comment>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Resolve Ticket</source>
        <translation>Решить заявку</translation>
    </message>
    <message>
        <source>Summary:</source>
        <comment>what solved the ticket</comment>
        <translation>Итог:</translation>
    </message>
    <message>
        <source>Reopen Ticket</source>
        <translation>Переоткрыть заявку</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Change Severity</source>
        <translation>Изменить критичность</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Критичность:</translation>
    </message>
    <message>
        <source>Change Plan</source>
        <translation>Сменить тариф</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Тариф:</translation>
    </message>
    <message>
        <source>Override Due</source>
        <translation>Перенести срок</translation>
    </message>
    <message>
        <source>Response</source>
        <comment>SLA target</comment>
        <translation>Реакция</translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>SLA target</comment>
        <translation>Решение</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <comment>which SLA clock</comment>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>&amp;Due (your time):</source>
        <translation>&amp;Новый срок (ваше время):</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Reply and Wait</source>
        <translation>Ответить и ждать</translation>
    </message>
    <message>
        <source>The reply goes to the customer and meets the response target; then the SLA clocks pause until the customer answers.</source>
        <translation>Ответ уйдёт клиенту и выполнит цель по времени реакции; затем SLA-таймеры приостановятся до ответа клиента.</translation>
    </message>
    <message>
        <source>The ticket was opened on %1: a due instant before that cannot be set.</source>
        <translation>Заявка открыта %1: срок раньше этого момента задать нельзя.</translation>
    </message>
</context>
<context>
    <name>dueline::TicketPanel</name>
    <message>
        <source>Ticket #%1 cannot be loaded while the connection to the database is lost. It appears here once the connection is back.</source>
        <translation>Заявку №%1 нельзя загрузить, пока нет соединения с базой данных. Она появится здесь, когда соединение восстановится.</translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks and history.</source>
        <translation>Выберите заявку, чтобы увидеть её таймеры и историю.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number and subject</comment>
        <translation>№%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (company)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Критичность</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначен</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation>SLA-таймеры</translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation>не гарантируется</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <source>%1 left · at risk</source>
        <translation>осталось %1 · под угрозой</translation>
    </message>
    <message>
        <source>paused · %1 left</source>
        <translation>пауза · осталось %1</translation>
    </message>
    <message>
        <source>%1 left · outside working hours, resumes %2</source>
        <translation>осталось %1 · нерабочее время, отсчёт продолжится %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено в срок</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>выполнено с опозданием</translation>
    </message>
    <message>
        <source>Due if resumed now</source>
        <translation>Срок, если продолжить сейчас</translation>
    </message>
    <message>
        <source>Due</source>
        <comment>SLA due instant</comment>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation>Установлен руководителем</translation>
    </message>
    <message>
        <source>Computed past the calendar&apos;s verified holiday data.</source>
        <translation>Рассчитано за пределами проверенных данных календаря о праздниках.</translation>
    </message>
    <message>
        <source>Why this deadline?</source>
        <translation>Почему такой срок?</translation>
    </message>
    <message>
        <source>%1 of working time counted, %2 (times in %3)</source>
        <translation>учтено рабочего времени: %1, цель %2 (время по %3)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>учтено %1</translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation>нерабочее время</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходные</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>нерабочий день</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>нерабочий день: %1</translation>
    </message>
    <message>
        <source>shortened day, counted %1</source>
        <translation>сокращённый день, учтено %1</translation>
    </message>
    <message>
        <source>paused, %1 of working time not counted</source>
        <translation>пауза, не учтено рабочего времени: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Service stage</source>
        <translation>Стадия сервиса</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a service stage and the provider&apos;s description of it</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>wall-clock time since the due instant</comment>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation>%1 в вашем часовом поясе</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>осталось %1 рабочего времени</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;: %3</source>
        <comment>an SLA clock, its target and its state</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>an SLA clock and its state</comment>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dueline::TrayNotifications</name>
    <message numerus="yes">
        <source>Dueline: %n at risk</source>
        <translation>
            <numerusform>Dueline: %n заявка под угрозой</numerusform>
            <numerusform>Dueline: %n заявки под угрозой</numerusform>
            <numerusform>Dueline: %n заявок под угрозой</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation>
            <numerusform>%n заявка просрочена</numerusform>
            <numerusform>%n заявки просрочены</numerusform>
            <numerusform>%n заявок просрочено</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::UndoBar</name>
    <message>
        <source>#%1 taken</source>
        <comment>a ticket number: the ticket was assigned to me</comment>
        <translation>№%1 взята</translation>
    </message>
    <message>
        <source>#%1 unassigned</source>
        <comment>a ticket number</comment>
        <translation>С №%1 снят исполнитель</translation>
    </message>
    <message>
        <source>#%1 assigned to %2</source>
        <comment>a ticket number and an agent&apos;s name</comment>
        <translation>№%1 назначена: %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>take back a take or an assignment</comment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Give the ticket back to whoever had it before (%1)</source>
        <translation>Вернуть заявку прежнему исполнителю (%1)</translation>
    </message>
    <message>
        <source>Undo Assignment</source>
        <translation>Отменить назначение</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>dueline::WaitingChangesButton</name>
    <message>
        <source>The list holds still while the pointer is over it, so that no row moves under it. Click to move the changed tickets to their places now; they also move when the pointer leaves the list.</source>
        <translation>Пока указатель над списком, строки не двигаются, чтобы не уйти из-под него. Нажмите, чтобы переставить изменившиеся заявки сейчас; они переставятся и когда указатель покинет список.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) — show</source>
        <comment>the queue holds still; moved rows wait</comment>
        <translation>
            <numerusform>%n изменение — показать</numerusform>
            <numerusform>%n изменения — показать</numerusform>
            <numerusform>%n изменений — показать</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::WallboardWidget</name>
    <message>
        <source>Dueline Wallboard</source>
        <translation>Табло Dueline</translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation>открытые заявки</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation>на паузе</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идёт отсчёт</translation>
    </message>
    <message>
        <source>breach within the hour</source>
        <translation>нарушение в течение часа</translation>
    </message>
    <message>
        <source>breach within 4 hours</source>
        <translation>нарушение в течение 4 часов</translation>
    </message>
    <message>
        <source>breach by end of today</source>
        <translation>нарушение до конца дня</translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation>соблюдение SLA</translation>
    </message>
    <message>
        <source>Open tickets now</source>
        <translation>Открытые заявки сейчас</translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation>Прогноз нарушений</translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation>Нарушения по дням</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n %1 ticket(s)&lt;/b&gt; breach during %2 unless answered by %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n заявка %1&lt;/b&gt; нарушит SLA в период «%2», если не ответить на неё до %3</numerusform>
            <numerusform>&lt;b&gt;%n заявки %1&lt;/b&gt; нарушат SLA в период «%2», если не ответить на них до %3</numerusform>
            <numerusform>&lt;b&gt;%n заявок %1&lt;/b&gt; нарушат SLA в период «%2», если не ответить на них до %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a provider and its plan</comment>
        <translation>%1 «%2»</translation>
    </message>
    <message>
        <source>No breaches in this period</source>
        <translation>За этот период нарушений SLA нет</translation>
    </message>
</context>
<context>
    <name>dueline::WeeklyHoursRow</name>
    <message>
        <source>Starts on %1</source>
        <comment>notification hours: the interval starts on this weekday</comment>
        <translation>Начинается: %1</translation>
    </message>
    <message>
        <source>From</source>
        <comment>notification hours: start of the interval</comment>
        <translation>Начало</translation>
    </message>
    <message>
        <source>To (00:00 is midnight at the end of the day)</source>
        <comment>notification hours: end of the interval</comment>
        <translation>Конец (00:00 — полночь в конце дня)</translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation>Удалить этот интервал</translation>
    </message>
    <message>
        <source>all day</source>
        <comment>notification hours: 00:00 to midnight</comment>
        <translation>весь день</translation>
    </message>
    <message>
        <source>ends next day %1</source>
        <comment>notification hours: the interval crosses midnight</comment>
        <translation>до %1 следующего дня</translation>
    </message>
</context>
<context>
    <name>dueline::WeeklyWaitChart</name>
    <message>
        <source>Opened %1: no commitment</source>
        <comment>chart point</comment>
        <translation>Открыта %1: срок не гарантируется</translation>
    </message>
    <message>
        <source>Opened %1 → answered %2 (%3)</source>
        <comment>chart point: ticket opened, first reply due</comment>
        <translation>Открыта %1 → ответ %2 (%3)</translation>
    </message>
    <message>
        <source>Opened %1 → resolved %2 (%3)</source>
        <comment>chart point: ticket opened, resolution due</comment>
        <translation>Открыта %1 → решена %2 (%3)</translation>
    </message>
    <message>
        <source>Hours (log scale)</source>
        <comment>chart axis: the real wait in hours</comment>
        <translation>Часы (лог. шкала)</translation>
    </message>
    <message>
        <source>Real wait by opening hour over a week</source>
        <translation>Реальное ожидание по часу открытия в течение недели</translation>
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
    <message>
        <source>Team Catalog Not Loaded</source>
        <translation>Каталог команды не загружен</translation>
    </message>
    <message>
        <source>A file of your team&apos;s catalog has an error, so Dueline uses the built-in catalog only. Correct the file and start Dueline again.</source>
        <translation>В файле каталога вашей команды есть ошибка, поэтому Dueline использует только встроенный каталог. Исправьте файл и перезапустите Dueline.</translation>
    </message>
    <message>
        <source>first run: filling %1 with %2 demo tickets</source>
        <translation>первый запуск: %1 заполняется демонстрационными заявками (%2)</translation>
    </message>
    <message>
        <source>Ticket database: sqlite:PATH or postgresql://… (default: DUELINE_DB, else %1).</source>
        <translation>База данных заявок: sqlite:ПУТЬ или postgresql://… (по умолчанию — DUELINE_DB, иначе %1).</translation>
    </message>
    <message>
        <source>A team catalog file in the shared database was not loaded: %1</source>
        <translation>Файл каталога команды из общей базы данных не загружен: %1</translation>
    </message>
    <message>
        <source>Dueline could not start again on the chosen database.</source>
        <translation>Не удалось перезапустить Dueline с выбранной базой данных.</translation>
    </message>
    <message>
        <source>%1: login %2 is not a Dueline agent; ask the administrator to run &quot;dueline-cli db add-user %2&quot;</source>
        <translation>%1: логин %2 не зарегистрирован как агент Dueline; попросите администратора выполнить «dueline-cli db add-user %2»</translation>
    </message>
    <message>
        <source>Not connected to %1: its certificate is not verified and you chose not to connect without. Choose TLS verify-full in File &gt; Connect, or choose the server there again to be asked again.</source>
        <translation>Нет подключения к %1: сертификат сервера не проверяется, а вы решили без проверки не подключаться. Выберите TLS verify-full в меню «Файл &gt; Подключиться к базе данных» или выберите там этот сервер снова, чтобы ответить на вопрос ещё раз.</translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation>Лицензия: %1</translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Это свободная программа, распространяемая на условиях GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>database error on %1: %2</source>
        <translation>ошибка базы данных %1: %2</translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation>поле %1 — недопустимый UTF-8</translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation>поле в кавычках не закрыто до конца файла</translation>
    </message>
    <message>
        <source>unexpected text after a quoted field (field %1)</source>
        <translation>лишний текст после поля в кавычках (поле %1)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (field %1)</source>
        <translation>кавычка внутри поля без кавычек (поле %1)</translation>
    </message>
    <message>
        <source>the number of tickets must not be negative</source>
        <translation>число заявок не может быть отрицательным</translation>
    </message>
    <message>
        <source>the catalog has no plans</source>
        <translation>в каталоге нет тарифов</translation>
    </message>
    <message>
        <source>demo data goes into an empty database, and %1 already holds data</source>
        <translation>демонстрационные данные загружаются только в пустую базу, а в %1 уже есть данные</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with a UTC offset (e.g. 2026-01-12T08:00:00+00:00)</source>
        <translation>«%1» — не дата и время ISO 8601 со смещением от UTC (например, 2026-01-12T08:00:00+00:00)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation>«%1» — недопустимые дата и время</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid UTC offset</source>
        <translation>у «%1» недопустимое смещение от UTC</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL needs a file (sqlite:PATH)</source>
        <translation>«%1»: в URL SQLite нужно указать файл (sqlite:ПУТЬ)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (%2)</source>
        <translation>«%1» — недопустимый URL PostgreSQL (%2)</translation>
    </message>
    <message>
        <source>a database URL must not contain a password: put it in ~/.pgpass or the PGPASSWORD variable</source>
        <translation>URL базы данных не должен содержать пароль: укажите его в ~/.pgpass или в переменной PGPASSWORD</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be between 1 and 65535</source>
        <translation>«%1»: порт должен быть от 1 до 65535</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the database after the host (postgresql://user@host:port/DATABASE)</source>
        <translation>«%1»: укажите имя базы данных после хоста (postgresql://user@host:port/БАЗА)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown connection option &quot;%2&quot;</source>
        <translation>«%1»: неизвестный параметр подключения «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:PATH or postgresql://user@host:port/database</source>
        <translation>«%1» — не URL базы данных: используйте sqlite:ПУТЬ или postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>there is no database at %1; create it with &quot;dueline-cli db init&quot;</source>
        <translation>по пути %1 нет базы данных; создайте её командой «dueline-cli db init»</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation>не удаётся создать папку %1 для базы данных</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 — папка, а не файл базы данных</translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (Debian: libqt6sql6-sqlite)</source>
        <translation>нет драйвера SQLite для Qt (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (journal mode %2); is the file on a network drive?</source>
        <translation>%1: не удаётся включить журнал упреждающей записи (режим журнала %2); файл на сетевом диске?</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (Debian: libqt6sql6-psql)</source>
        <translation>нет драйвера PostgreSQL для Qt (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>cannot set up the session on %1: %2</source>
        <translation>не удаётся настроить сеанс на %1: %2</translation>
    </message>
    <message>
        <source>not used by a %1 record</source>
        <translation>не используется в записи %1</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>expected a positive whole number, not &quot;%1&quot;</source>
        <translation>ожидается положительное целое число, а не «%1»</translation>
    </message>
    <message>
        <source>a login has no spaces</source>
        <translation>логин не должен содержать пробелов</translation>
    </message>
    <message>
        <source>expected agent or lead, not &quot;%1&quot;</source>
        <translation>ожидается agent или lead, а не «%1»</translation>
    </message>
    <message>
        <source>agent %1 appears twice</source>
        <translation>агент %1 встречается дважды</translation>
    </message>
    <message>
        <source>agent id %1 appears twice</source>
        <translation>идентификатор агента %1 встречается дважды</translation>
    </message>
    <message>
        <source>agent %1 exists in the database with a different id, name or role</source>
        <translation>агент %1 уже есть в базе данных с другим идентификатором, именем или ролью</translation>
    </message>
    <message>
        <source>agent id %1 is taken in the database by %2</source>
        <translation>идентификатор агента %1 в базе данных уже занят: %2</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation>неизвестный тариф «%1»</translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation>неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>expected en, ru or zh_CN, not &quot;%1&quot;</source>
        <translation>ожидается en, ru или zh_CN, а не «%1»</translation>
    </message>
    <message>
        <source>customer id %1 appears twice</source>
        <translation>идентификатор клиента %1 встречается дважды</translation>
    </message>
    <message>
        <source>customer #%1 exists in the database with different data</source>
        <translation>клиент №%1 уже есть в базе данных с другими данными</translation>
    </message>
    <message>
        <source>ticket #%1 appears twice</source>
        <translation>заявка №%1 встречается дважды</translation>
    </message>
    <message>
        <source>ticket #%1 exists in the database already</source>
        <translation>заявка №%1 уже есть в базе данных</translation>
    </message>
    <message>
        <source>unknown customer #%1 (customers come before their tickets)</source>
        <translation>неизвестный клиент №%1 (клиенты должны идти перед своими заявками)</translation>
    </message>
    <message>
        <source>unknown agent &quot;%1&quot;</source>
        <translation>неизвестный агент «%1»</translation>
    </message>
    <message>
        <source>an event must follow its ticket&apos;s record (ticket #%1)</source>
        <translation>событие должно идти после записи своей заявки (заявка №%1)</translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation>неизвестный тип события «%1»</translation>
    </message>
    <message>
        <source>not used by a %1 event</source>
        <translation>не используется в событии %1</translation>
    </message>
    <message>
        <source>action id %1 appears twice</source>
        <translation>идентификатор действия %1 встречается дважды</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>неизвестный статус «%1»</translation>
    </message>
    <message>
        <source>expected response or resolution, not &quot;%1&quot;</source>
        <translation>ожидается response или resolution, а не «%1»</translation>
    </message>
    <message>
        <source>ticket #%1 has no events (it needs at least &quot;created&quot;)</source>
        <translation>у заявки №%1 нет событий (нужно хотя бы «created»)</translation>
    </message>
    <message>
        <source>a %1 event needs an agent</source>
        <translation>для события %1 нужен агент</translation>
    </message>
    <message>
        <source>only a lead can override a due time (%1 is not one)</source>
        <translation>переносить сроки может только руководитель (%1 им не является)</translation>
    </message>
    <message>
        <source>plan %1 has no channel &quot;%2&quot;</source>
        <translation>у тарифа %1 нет канала «%2»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the ticket&apos;s events, which lead to &quot;%2&quot;</source>
        <translation>«%1» не соответствует событиям заявки, которые приводят к «%2»</translation>
    </message>
    <message>
        <source>the file is empty (expected the header line)</source>
        <translation>файл пуст (ожидалась строка заголовка)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation>неизвестный столбец «%1»</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>столбец «%1» встречается дважды</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation>нет столбца «%1»</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>ожидалось полей: %1, найдено: %2</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>неизвестное поле</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>ожидается число</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидается строка</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>недопустимый JSON (%1)</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидается объект</translation>
    </message>
    <message>
        <source>expected &quot;dueline-tickets&quot;</source>
        <translation>ожидается «dueline-tickets»</translation>
    </message>
    <message>
        <source>expected %1 (this Dueline reads version %1)</source>
        <translation>ожидается %1 (эта версия Dueline читает версию %1)</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидается массив</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>не удаётся записать выгрузку: %1</translation>
    </message>
    <message>
        <source>%1: expected a .csv or .json file</source>
        <translation>%1: ожидается файл .csv или .json</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation>не удаётся прочитать версию схемы %1: %2</translation>
    </message>
    <message>
        <source>the built-in migrations are broken: %1</source>
        <translation>встроенные миграции повреждены: %1</translation>
    </message>
    <message>
        <source>cannot back up %1 before updating its schema: %2</source>
        <translation>не удаётся создать резервную копию %1 перед обновлением схемы: %2</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating its schema, nothing was changed: %3</source>
        <translation>не удаётся сохранить резервную копию %1 в %2 перед обновлением схемы, ничего не изменено: %3</translation>
    </message>
    <message>
        <source>%1 has schema version %2, made by a newer Dueline (this one knows up to %3); update Dueline</source>
        <translation>у %1 версия схемы %2 от более новой версии Dueline (эта знает версии до %3); обновите Dueline</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed on %3, nothing was changed: %4</source>
        <translation>миграция %1 (%2) на %3 не удалась, ничего не изменено: %4</translation>
    </message>
    <message>
        <source>%1 has no Dueline schema; create it with &quot;dueline-cli db init&quot;</source>
        <translation>в %1 нет схемы Dueline; создайте её командой «dueline-cli db init»</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but this Dueline needs %3; run &quot;dueline-cli db migrate&quot;</source>
        <translation>у %1 версия схемы %2, а этой версии Dueline нужна %3; выполните «dueline-cli db migrate»</translation>
    </message>
    <message>
        <source>cannot read the team catalog of %1: %2</source>
        <translation>не удаётся прочитать каталог команды из %1: %2</translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation>агента %1 нет</translation>
    </message>
    <message>
        <source>only a lead may change the team catalog in the shared database</source>
        <translation>изменять каталог команды в общей базе данных может только руководитель группы</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team catalog file: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and end it in .json</source>
        <translation>«%1» не подходит для имени файла каталога команды: используйте буквы, цифры, «.», «_» или «-» и окончание .json</translation>
    </message>
    <message>
        <source>%1 is no longer in the shared database: someone removed it; nothing was saved</source>
        <translation>%1 больше нет в общей базе данных: кто-то удалил его; ничего не сохранено</translation>
    </message>
    <message>
        <source>%1 is already in the shared database: someone saved it first; open the catalog editor again to see it. Nothing was saved</source>
        <translation>%1 уже есть в общей базе данных: кто-то сохранил его раньше; откройте редактор каталога заново, чтобы увидеть его. Ничего не сохранено</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you edited version %3); open the catalog editor again to see it. Nothing was saved</source>
        <translation>%1 изменил кто-то другой (версия %2, а вы редактировали версию %3); откройте редактор каталога заново, чтобы увидеть изменения. Ничего не сохранено</translation>
    </message>
    <message>
        <source>%1 is not in the shared database</source>
        <translation>%1 нет в общей базе данных</translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you saw version %3); nothing was removed</source>
        <translation>%1 изменил кто-то другой (версия %2, а вы видели версию %3); ничего не удалено</translation>
    </message>
    <message>
        <source>%1 cannot be removed: the other files need it (%2)</source>
        <translation>%1 нельзя удалить: он нужен другим файлам (%2)</translation>
    </message>
    <message>
        <source>expected event number %1, not %2</source>
        <translation>ожидалось событие номер %1, а не %2</translation>
    </message>
    <message>
        <source>the first event of a ticket must be &quot;created&quot;</source>
        <translation>первым событием заявки должно быть «created»</translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation>заявка создаётся только один раз</translation>
    </message>
    <message>
        <source>%1 is earlier than the previous event (%2)</source>
        <translation>%1 раньше предыдущего события (%2)</translation>
    </message>
    <message>
        <source>the ticket is closed; only internal notes can be added</source>
        <translation>заявка закрыта; можно добавлять только внутренние заметки</translation>
    </message>
    <message>
        <source>a plan is required</source>
        <translation>нужно указать тариф</translation>
    </message>
    <message>
        <source>a severity is required</source>
        <translation>нужно указать критичность</translation>
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
        <source>the ticket is not assigned to anyone</source>
        <translation>заявка никому не назначена</translation>
    </message>
    <message>
        <source>the ticket is already assigned to that agent</source>
        <translation>заявка уже назначена этому агенту</translation>
    </message>
    <message>
        <source>a reply needs a text</source>
        <translation>у ответа должен быть текст</translation>
    </message>
    <message>
        <source>a note needs a text</source>
        <translation>у заметки должен быть текст</translation>
    </message>
    <message>
        <source>only a new or open ticket can wait on the customer (it is %1)</source>
        <translation>ждать клиента может только новая или открытая заявка (её статус: %1)</translation>
    </message>
    <message>
        <source>only a ticket waiting on the customer can resume (it is %1)</source>
        <translation>возобновить можно только заявку, ожидающую клиента (её статус: %1)</translation>
    </message>
    <message>
        <source>only a resolved ticket can be closed (it is %1)</source>
        <translation>закрыть можно только решённую заявку (её статус: %1)</translation>
    </message>
    <message>
        <source>a status event sets waiting_customer, open or closed, not %1</source>
        <translation>событие статуса задаёт waiting_customer, open или closed, а не %1</translation>
    </message>
    <message>
        <source>the severity is already %1</source>
        <translation>критичность уже %1</translation>
    </message>
    <message>
        <source>the ticket is already on plan %1</source>
        <translation>заявка уже относится к тарифу %1</translation>
    </message>
    <message>
        <source>only an open ticket can be resolved (it is %1)</source>
        <translation>решить можно только открытую заявку (её статус: %1)</translation>
    </message>
    <message>
        <source>only a resolved ticket can be reopened (it is %1)</source>
        <translation>переоткрыть можно только решённую заявку (её статус: %1)</translation>
    </message>
    <message>
        <source>a due override needs the new due time</source>
        <translation>для переноса срока нужен новый срок</translation>
    </message>
    <message>
        <source>a due override needs a reason</source>
        <translation>для переноса срока нужна причина</translation>
    </message>
    <message>
        <source>an agent needs a login without spaces (&quot;%1&quot;)</source>
        <translation>логин агента не должен содержать пробелов («%1»)</translation>
    </message>
    <message>
        <source>cannot add agent %1: %2</source>
        <translation>не удаётся добавить агента %1: %2</translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation>укажите имя клиента</translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot; (see dueline-cli plans)</source>
        <translation>неизвестный тариф «%1» (см. dueline-cli plans)</translation>
    </message>
    <message>
        <source>cannot add customer %1: %2</source>
        <translation>не удаётся добавить клиента %1: %2</translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation>заявки №%1 нет</translation>
    </message>
    <message>
        <source>an action needs an action id</source>
        <translation>у действия должен быть идентификатор</translation>
    </message>
    <message>
        <source>there is no agent #%1</source>
        <translation>агента №%1 нет</translation>
    </message>
    <message>
        <source>there is no customer #%1</source>
        <translation>клиента №%1 нет</translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation>у заявки должна быть тема</translation>
    </message>
    <message>
        <source>plan %1 has no channel &quot;%2&quot; (it has: %3)</source>
        <translation>у тарифа %1 нет канала «%2» (есть: %3)</translation>
    </message>
    <message>
        <source>action id %1 was already used for ticket #%2</source>
        <translation>идентификатор действия %1 уже использован для заявки №%2</translation>
    </message>
    <message>
        <source>ticket #%1 was changed by someone else; reload and try again</source>
        <translation>заявку №%1 изменил кто-то другой; обновите данные и повторите попытку</translation>
    </message>
    <message>
        <source>this action needs an agent</source>
        <translation>для этого действия нужен агент</translation>
    </message>
    <message>
        <source>%1 is not a team lead: only a lead can override a due time</source>
        <translation>%1 — не руководитель группы: переносить сроки может только руководитель</translation>
    </message>
    <message>
        <source>ticket #%1 has a damaged history (event %2: %3)</source>
        <translation>история заявки №%1 повреждена (событие %2: %3)</translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation>заявка №%1: %2</translation>
    </message>
    <message>
        <source>restore the copy %1 made before the last schema update (it lacks the changes made since) or another backup, or move the file away and run &quot;dueline-cli db init&quot; to start a new database</source>
        <translation>восстановите копию %1, сделанную перед последним обновлением схемы (в ней нет изменений, внесённых после него), или другую резервную копию либо переместите файл в другое место и выполните «dueline-cli db init», чтобы создать новую базу данных</translation>
    </message>
    <message>
        <source>restore it from a backup, or move the file away and run &quot;dueline-cli db init&quot; to start a new database</source>
        <translation>восстановите базу данных из резервной копии или переместите файл в другое место и выполните «dueline-cli db init», чтобы создать новую базу данных</translation>
    </message>
    <message>
        <source>%1 is damaged or not a Dueline database (%2): %3</source>
        <translation>%1 повреждён или не является базой данных Dueline (%2): %3</translation>
    </message>
    <message>
        <source>cannot read %1 (%2): give your user read and write access to the file and its folder, or open another database</source>
        <translation>не удаётся прочитать %1 (%2): дайте своему пользователю права на чтение и запись файла и его папки или откройте другую базу данных</translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Dueline database: %2</source>
        <translation>%1 — пустой файл (0 байт), а не база данных Dueline: %2</translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation>потеряно соединение с %1</translation>
    </message>
    <message>
        <source>lost the connection to %1: %2</source>
        <translation>потеряно соединение с %1: %2</translation>
    </message>
    <message>
        <source>at least a &quot;created&quot; event</source>
        <translation>как минимум событие «created»</translation>
    </message>
    <message>
        <source>%1 again in event %2</source>
        <translation>%1 повторно в событии %2</translation>
    </message>
    <message>
        <source>each action id once</source>
        <translation>каждый идентификатор действия — один раз</translation>
    </message>
    <message>
        <source>at most %1 (event %2 has no action id)</source>
        <translation>не более %1 (у события %2 нет идентификатора действия)</translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation>событие %1 (%2)</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>событий: %1</translation>
    </message>
    <message>
        <source>no ticket #%1</source>
        <translation>заявки №%1 нет</translation>
    </message>
    <message>
        <source>%1 in %2 events (tickets #%3 … #%4)</source>
        <translation>%1 — в событиях: %2 (заявки №%3 … №%4)</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>недопустимый UTF-8</translation>
    </message>
    <message>
        <source>not valid Unicode (a lone surrogate at character %1)</source>
        <translation>недопустимый Unicode (непарный суррогат в позиции %1)</translation>
    </message>
    <message>
        <source>contains a NUL character at character %1</source>
        <translation>содержит символ NUL в позиции %1</translation>
    </message>
    <message>
        <source>contains a line break (one line expected)</source>
        <translation>содержит перевод строки (ожидается одна строка)</translation>
    </message>
    <message>
        <source>contains the control character U+%1 at character %2</source>
        <translation>содержит управляющий символ U+%1 в позиции %2</translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation>поле %1: %2</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation>слишком длинное значение: символов — %1, допускается не более %2</translation>
    </message>
    <message>
        <source>too long: %1 bytes (UTF-8), at most %2 (%3 MiB) are allowed</source>
        <translation>слишком длинное значение: байт (UTF-8) — %1, допускается не более %2 (%3 МиБ)</translation>
    </message>
    <message>
        <source>%1 is outside the years Dueline accepts (%2 to %3, UTC)</source>
        <translation>%1 выходит за пределы лет, допустимых в Dueline (с %2 по %3, UTC)</translation>
    </message>
    <message>
        <source>%1 has no schema to create the tables in: %2</source>
        <translation>в базе данных %1 нет схемы для создания таблиц: %2</translation>
    </message>
    <message>
        <source>field time_zone: unknown time zone &quot;%1&quot;</source>
        <translation>поле time_zone: неизвестный часовой пояс «%1»</translation>
    </message>
    <message>
        <source>field language: expected en, ru or zh_CN, not &quot;%1&quot;</source>
        <translation>поле language: ожидается en, ru или zh_CN, а не «%1»</translation>
    </message>
    <message>
        <source>%1 refused the action: %2</source>
        <translation>база данных %1 отклонила действие: %2</translation>
    </message>
    <message>
        <source>%1 is a SQLite file: database roles exist only on a PostgreSQL server</source>
        <translation>%1 — файл SQLite: роли базы данных есть только на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>%1: &quot;db init --admin&quot; needs a superuser or a role with CREATEROLE</source>
        <translation>%1: для «db init --admin» нужен суперпользователь или роль с правом CREATEROLE</translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use letters, digits, _ . - @ (at most 63 bytes), starting with a letter, not pg_ or dueline_</source>
        <translation>логин «%1»: используйте латинские буквы, цифры, _ . - @ (не более 63 байт); логин должен начинаться с буквы и не начинаться с pg_ или dueline_</translation>
    </message>
    <message>
        <source>the password for %1 is too short (at least 8 characters)</source>
        <translation>пароль для %1 слишком короткий (нужно не менее 8 символов)</translation>
    </message>
    <message>
        <source>%1 has no Dueline roles yet; run &quot;dueline-cli db init --admin&quot; first</source>
        <translation>на сервере %1 ещё нет ролей Dueline; сначала выполните «dueline-cli db init --admin»</translation>
    </message>
    <message>
        <source>%1: no PostgreSQL connection</source>
        <translation>%1: нет подключения к PostgreSQL</translation>
    </message>
    <message>
        <source>cannot protect the password for %1: %2</source>
        <translation>не удаётся зашифровать пароль для %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another program (dueline-cli, another Dueline window or a sqlite3 shell) kept it locked for more than %n second(s); nothing was changed, try again</source>
        <translation>
            <numerusform>файл %1 занят: другая программа (dueline-cli, другое окно Dueline или оболочка sqlite3) держит его заблокированным дольше %n секунды; ничего не изменено, повторите попытку</numerusform>
            <numerusform>файл %1 занят: другая программа (dueline-cli, другое окно Dueline или оболочка sqlite3) держит его заблокированным дольше %n секунд; ничего не изменено, повторите попытку</numerusform>
            <numerusform>файл %1 занят: другая программа (dueline-cli, другое окно Dueline или оболочка sqlite3) держит его заблокированным дольше %n секунд; ничего не изменено, повторите попытку</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a Dueline service role: add-user never changes it</source>
        <translation>%1 — служебная роль Dueline: add-user никогда её не изменяет</translation>
    </message>
    <message>
        <source>role %1 has %2: add-user never changes a superuser or a role with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS</source>
        <translation>у роли %1 есть %2: add-user никогда не изменяет суперпользователя или роль с правами CREATEROLE, CREATEDB, REPLICATION или BYPASSRLS</translation>
    </message>
    <message>
        <source>role %1 is a member of %2: add-user never changes a role that acts as the schema owner</source>
        <translation>роль %1 входит в %2: add-user никогда не изменяет роль, действующую как владелец схемы</translation>
    </message>
    <message>
        <source>role %1 exists but is not a Dueline user: add-user changes it only when told to adopt it (--adopt), which replaces its password</source>
        <translation>роль %1 существует, но не является пользователем Dueline: add-user изменит её, только если явно указано взять её (--adopt); при этом её пароль будет заменён</translation>
    </message>
    <message>
        <source>connection option %1: a semicolon is not allowed in its value</source>
        <translation>параметр подключения %1: точка с запятой в значении недопустима</translation>
    </message>
    <message>
        <source>connection option %1: control characters are not allowed in its value</source>
        <translation>параметр подключения %1: управляющие символы в значении недопустимы</translation>
    </message>
    <message>
        <source>connection option %1 must be one of: %2</source>
        <translation>параметр подключения %1 должен быть одним из: %2</translation>
    </message>
    <message>
        <source>connection option %1 must be a whole number</source>
        <translation>параметр подключения %1 должен быть целым числом</translation>
    </message>
    <message>
        <source>no sslmode is given</source>
        <translation>sslmode не задан</translation>
    </message>
    <message>
        <source>sslmode=%1 is set</source>
        <translation>задан sslmode=%1</translation>
    </message>
    <message>
        <source>%1 is not on this computer and %2, so the server&apos;s certificate is not verified: add sslmode=verify-full to the URL (and sslrootcert=FILE when the CA is not in ~/.postgresql/root.crt)</source>
        <translation>%1 находится не на этом компьютере, и %2, поэтому сертификат сервера не проверяется: добавьте в URL sslmode=verify-full (и sslrootcert=ФАЙЛ, если сертификата центра сертификации нет в ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>%1: only the schema owner (or a superuser) repairs the tickets of a shared database</source>
        <translation>%1: заявки общей базы данных исправляет только владелец схемы (или суперпользователь)</translation>
    </message>
    <message>
        <source>ticket #%1: %2: %3 (%4)</source>
        <translation>заявка №%1: %2: %3 (%4)</translation>
    </message>
    <message>
        <source>catalog records come before agents, customers and tickets</source>
        <translation>записи каталога идут раньше агентов, клиентов и заявок</translation>
    </message>
    <message>
        <source>catalog file %1 appears twice</source>
        <translation>файл каталога %1 встречается дважды</translation>
    </message>
    <message>
        <source>catalog file %1 is in the database with other content</source>
        <translation>файл каталога %1 уже есть в базе данных с другим содержимым</translation>
    </message>
    <message>
        <source>expected catalog, agent, customer, ticket or event, not &quot;%1&quot;</source>
        <translation>ожидается catalog, agent, customer, ticket или event, а не «%1»</translation>
    </message>
    <message>
        <source>ticket #%1 is busy: another agent is changing it right now; try again in a moment</source>
        <translation>заявка №%1 занята: её прямо сейчас изменяет другой агент; повторите попытку через мгновение</translation>
    </message>
    <message>
        <source>ticket #%1: the server derives %2 %3, the engine %4</source>
        <translation>заявка №%1: сервер выводит %2 = %3, движок — %4</translation>
    </message>
    <message>
        <source>%1 lacks the server-side write functions of this version</source>
        <translation>В %1 нет серверных функций записи этой версии</translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot act on tickets</source>
        <translation>%1 отключён и не может работать с заявками</translation>
    </message>
    <message>
        <source>%1 is deactivated: tickets cannot be assigned to them</source>
        <translation>%1 отключён: ему нельзя назначать заявки</translation>
    </message>
    <message>
        <source>an agent needs a name</source>
        <translation>у агента должно быть имя</translation>
    </message>
    <message>
        <source>%1 is the only active team lead; make another agent a lead first</source>
        <translation>%1 — единственный активный руководитель группы; сначала назначьте руководителем другого агента</translation>
    </message>
    <message>
        <source>%1 refused the due instant: it is before the ticket was opened</source>
        <translation>база данных %1 отклонила срок: он раньше открытия заявки</translation>
    </message>
    <message>
        <source>%1 refused the pause: waiting on the customer needs a reply to them in the same action</source>
        <translation>база данных %1 отклонила приостановку: ожидание клиента требует ответа ему в том же действии</translation>
    </message>
    <message>
        <source>%1 refused the undo: only the agent who made a ticket&apos;s latest assignment can undo it, back to the assignee before it</source>
        <translation>база данных %1 отклонила отмену: последнее назначение заявки может отменить только агент, который его сделал, и только в пользу прежнего исполнителя</translation>
    </message>
    <message>
        <source>ticket #%1: waiting on the customer needs a reply to them in the same action (a pause is earned by a reply)</source>
        <translation>заявка №%1: ожидание клиента требует ответа ему в том же действии (приостановка возможна только после ответа)</translation>
    </message>
    <message>
        <source>ticket #%1 was opened at %2: a due instant before that cannot be set</source>
        <translation>заявка №%1 открыта %2: срок раньше этого момента задать нельзя</translation>
    </message>
    <message>
        <source>ticket #%1 has no such assignment to undo</source>
        <translation>у заявки №%1 нет такого назначения, которое можно отменить</translation>
    </message>
    <message>
        <source>only the agent who assigned ticket #%1 can undo it</source>
        <translation>отменить назначение заявки №%1 может только агент, который его сделал</translation>
    </message>
    <message>
        <source>ticket #%1 was assigned again since: only its latest assignment can be undone</source>
        <translation>заявку №%1 с тех пор назначили снова: отменить можно только последнее назначение</translation>
    </message>
    <message>
        <source>the notification settings of agent #%1 do not read: %2</source>
        <translation>настройки уведомлений агента №%1 не читаются: %2</translation>
    </message>
    <message>
        <source>the notification settings are not valid: %1</source>
        <translation>настройки уведомлений неверны: %1</translation>
    </message>
    <message>
        <source>%1 refused the notification settings: %2</source>
        <translation>%1 отклонил настройки уведомлений: %2</translation>
    </message>
    <message>
        <source>the ticket has no response commitment to override</source>
        <translation>у заявки нет обязательства по сроку реакции, которое можно перенести</translation>
    </message>
    <message>
        <source>the ticket has no resolution commitment to override</source>
        <translation>у заявки нет обязательства по сроку решения, которое можно перенести</translation>
    </message>
    <message>
        <source>plan %1 no longer offers channel &quot;%2&quot;: its existing tickets keep it, a new one takes another</source>
        <translation>тариф %1 больше не предлагает канал «%2»: он остаётся у прежних заявок, для новой выберите другой</translation>
    </message>
</context>
</TS>
