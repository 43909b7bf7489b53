<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogEditing</name>
    <message>
        <source>“%1” is not a time range like 09:00–13:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time of day (00:00 to 24:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <comment>a working interval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps %2</source>
        <comment>two working intervals</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IDs use lowercase letters, digits, “-” and “_”, and start with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new provider needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <comment>%1 is a language, named in itself</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogEditingSession</name>
    <message>
        <source>The shared database&apos;s %1 cannot be read on its own, so it cannot be edited here.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read on its own, so it cannot be edited here. Correct or remove it, then open the editor again.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in provider; choose an ID of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a provider of the built-in catalog or of another file; choose an ID of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar “%1” exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown calendar “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is still the calendar of %2; choose another calendar for them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of your team&apos;s calendars first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) off imported from %1.</source>
        <translation>
            <numerusform>%n day off imported from %1.</numerusform>
            <numerusform>%n days off imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) were listed already and kept as they were.</source>
        <translation>
            <numerusform>%n date was listed already and kept as it was.</numerusform>
            <numerusform>%n dates were listed already and kept as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) with a time of day are not days off and were skipped.</source>
        <translation>
            <numerusform>%n event with a time of day is not a day off and was skipped.</numerusform>
            <numerusform>%n events with a time of day are not days off and were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dueline is not connected to a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead can save the catalog to the shared database; you are signed in as %1, an agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save stores your team&apos;s catalog as %1 in the shared database %2: every Dueline connected to it loads it at its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save writes your team&apos;s catalog to %1 on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared database holds %1 too, and its copy is the one in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store your team&apos;s catalog in the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write your team&apos;s catalog to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot create a temporary folder to validate the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>%1 min</source>
        <comment>working or wall-clock minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>working or wall-clock hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s)</source>
        <comment>the short form of “%n business day(s)” for a narrow table cell</comment>
        <translation>
            <numerusform>%n workday</numerusform>
            <numerusform>%n workdays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <comment>remaining time of a business-day target</comment>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workday(s) %1</source>
        <comment>the short form of “%n business day(s) %1” for a narrow table cell</comment>
        <translation>
            <numerusform>%n workday %1</numerusform>
            <numerusform>%n workdays %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s) %1</source>
        <comment>remaining time: business days, then the working hours or minutes beyond them</comment>
        <translation>
            <numerusform>%n business day %1</numerusform>
            <numerusform>%n business days %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>wall-clock days (24 h) and hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <comment>wall-clock days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) %1</source>
        <comment>wall-clock days, then hours</comment>
        <translation>
            <numerusform>%n day %1</numerusform>
            <numerusform>%n days %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>%1 does not exist yet: Dueline will create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty: Dueline will set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, but a newer Dueline made this database (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, Dueline schema %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownDelegate</name>
    <message>
        <source>paused %1</source>
        <extracomment>A paused SLA clock in the queue: the frozen remaining time follows.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumes %1</source>
        <comment>an SLA clock outside working hours</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerReport</name>
    <message>
        <source>%1 · %2</source>
        <comment>a provider&apos;s name and its plan&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: waiting on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead set this due by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead set this due by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of working time counted from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a range of days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>days off and their holiday&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days off skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weekend day(s) skipped</source>
        <translation>
            <numerusform>%n weekend day skipped</numerusform>
            <numerusform>%n weekend days skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>transferred working day(s) counted: %1</source>
        <translation>
            <numerusform>transferred working day counted: %1</numerusform>
            <numerusform>transferred working days counted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>shortened day(s): %1</source>
        <translation>
            <numerusform>shortened day: %1</numerusform>
            <numerusform>shortened days: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>waiting on the customer: %1 of working time not counted (%n pause(s))</source>
        <translation>
            <numerusform>waiting on the customer: %1 of working time not counted (%n pause)</numerusform>
            <numerusform>waiting on the customer: %1 of working time not counted (%n pauses)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>a sentence made of parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>parts of a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a customer&apos;s name and company</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>the report&apos;s title and whom it is for</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a time zone and its abbreviation</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: no ticket met or missed a target yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) opened in the period: %1 met every target, %2 breached one, %3 still running, %4 without SLA.</source>
        <translation>
            <numerusform>%n ticket opened in the period: %1 met every target, %2 breached one, %3 still running, %4 without SLA.</numerusform>
            <numerusform>%n tickets opened in the period: %1 met every target, %2 breached one, %3 still running, %4 without SLA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets count working time on the calendar &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a plan and a severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets and compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response and resolution times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar time from the ticket&apos;s creation to the first reply and to its resolution: the median and the time 90 % of the tickets did not exceed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Breaches (%n)</source>
        <comment>a heading with the count</comment>
        <translation>
            <numerusform>Breaches (%n)</numerusform>
            <numerusform>Breaches (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No target was missed in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered or resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a clock and its target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dues set by a lead (%n)</source>
        <comment>a heading with the count</comment>
        <translation>
            <numerusform>Dues set by a lead (%n)</numerusform>
            <numerusform>Dues set by a lead (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No due was set by hand in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket counts in the period it was opened in. It is met when every target it has was met, breached when one was missed (answered or resolved late, or still open past its due), still running otherwise. Compliance is met tickets out of met and breached ones. Targets count working time only: outside working hours, on days off and while the ticket waits on the customer the clock stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median response, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile response, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median resolution, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile resolution, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late by, s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: a PDF needs the graphical environment (QGuiApplication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clock running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the end of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 – %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance %</source>
        <comment>SLA compliance in percent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateFormat</name>
    <message>
        <source>%1 (%2 here)</source>
        <comment>a time in a calendar&apos;s zone, then in the reader&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculatorModel</name>
    <message>
        <source>No holiday data for %1 in “%2”: weekly hours only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday data for %1 in “%2” is provisional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), target %3 on “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of working time counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real wait</source>
        <comment>resolution column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Duration</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IcsImport</name>
    <message>
        <source>not an iCalendar file (no BEGIN:VCALENDAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical could not parse the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no VCALENDAR in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTSTART is missing or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DTEND is not after DTSTART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event lasts more than a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRULE cannot be expanded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadTime</name>
    <message>
        <source>severity %1: %2</source>
        <comment>a severity code, a problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a lead time: write a working duration such as 30m, 4h or 1h30m, or a share of the target such as 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a lead time must be above zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not below 100% of the target: a ticket would be at risk from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not below the target (%2 of working time): a ticket would be at risk from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this clock has no target, so there is no breach to warn before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>No system keychain is available on this desktop. Put the password into ~/.pgpass instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanMatrixModel</name>
    <message>
        <source>P1 — business down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P2 — important function unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P3 — function impaired or degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P4 — question, consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted on: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average real wait over a week of openings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response %1, resolution %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24×7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s page says nothing about this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time by incident level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time by incident level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response / resolution by the provider&apos;s severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels and their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a provider and one of its severities</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a plan&apos;s name and its id</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansExport</name>
    <message>
        <source>Dueline %1 · printed %2</source>
        <comment>%1 version, %2 date and time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <comment>printed page footer</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>the change feed stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <comment>connection state: the queue is being opened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, reconnecting</source>
        <comment>connection state: the database was lost</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <comment>connection state: changes by others appear at once</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <comment>connection state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. The ticket was changed by someone else while the connection was lost; its current state is shown now: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. After reconnecting, the database refused it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 was changed by someone else before your action reached it, so nothing was saved. Its current state is shown now: check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it had been saved just before the connection was lost (confirmed after reconnecting, saved once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sent again after reconnecting and saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added a note to ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 resumed; its clocks run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed the severity of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved ticket #%1 to another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new due instant on ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new ticket &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your reply to ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your note on ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resuming ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the severity change of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan change of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolving ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopening ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new due instant of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your action on ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 is back; the queue is up to date.</source>
        <comment>status bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost</source>
        <comment>status bar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent cannot be saved while the database is offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied to ticket #%1; it waits on the customer and its clocks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: ticket #%1 has its assignee from before again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your reply to ticket #%1 and waiting on the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undoing the assignment of ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notification settings cannot be saved while the database is offline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <comment>ticket number column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left (%2 of working time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached %1 ago, %2</source>
        <comment>wall-clock time since the due instant, when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused; due %1 if resumed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours; resumes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCatalog</name>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider &quot;%1&quot; is built in; choose a provider id of your own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamCatalogDraft</name>
    <message>
        <source>Provider “%1”: the English name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1”: the English name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1”: choose a work calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” needs at least one severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1”: “%2” is not a severity code (lowercase letters, digits, “-”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1”: severity “%2” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1”: P%2 is not mapped to one of its severities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1”: the English name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1”: unknown time zone “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1”, %2: %3</source>
        <comment>calendar, weekday, problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1” has no working hours on any day; tick “Round the clock” for 24×7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1”: %2 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1”, %2: %3</source>
        <comment>calendar, date, problem</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Last change</source>
        <comment>when a finished ticket was resolved or closed</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketPanel</name>
    <message>
        <source>Response</source>
        <comment>SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketStory</name>
    <message>
        <source>%1: %2</source>
        <comment>a history sentence and the reason given for it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a support plan: the provider&apos;s name, the plan&apos;s name (Stormbpmn Team)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <comment>an agent the queue does not know</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA commitment: the plan %1 is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA commitment: the service is in the %1 stage, which %2 does not cover by an SLA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA commitment: %1 has no severity “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLA commitment: %1 sets no response or resolution target for severity “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes no response commitment for severity “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 makes no resolution commitment for severity “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1 — severity: %2, plan: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by the customer — severity: %1, plan: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity changed from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed from %1 to %2 by %3, severity: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan changed from %1 to %2, severity: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the customer, set by %1: the SLA clocks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the customer: the SLA clocks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed by %1: the SLA clocks run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed: the SLA clocks run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due set to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due set to %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undid their assignment: unassigned again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 undid their assignment: back to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Benchmarks: &quot;bench sla&quot; measures due computations per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to measure: sla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distinct random cases (default 1000000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes over the cases (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the cases as &quot;start_epoch working_seconds due_epoch&quot; lines, for other engines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;bench sla&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count: expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rounds: expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dueline-cli COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dueline: SLA deadlines, plans and tickets from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;dueline-cli COMMAND --help&quot; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dueline-cli: unknown command &quot;%1&quot; (see dueline-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An extra catalog or holiday file (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: dueline-cli %1 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the real deadlines every plan gives for one incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident level: P1 business down, P2 important function unavailable, P3 function impaired, P4 question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the incident is opened, ISO 8601 with a UTC offset (or give --tz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone for an --opened without offset (e.g. Europe/Moscow).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these plans (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show why each deadline falls where it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of names in text output (en, ru, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level and --opened are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--level: expected P1, P2, P3 or P4, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tz: unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot; (see dueline-cli plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level P%1, opened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESPONSE DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOLUTION DUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the due instants of a ticket under a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan id or alias (e.g. stormbpmn/enterprise, L3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity code of the plan&apos;s provider (e.g. critical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the ticket was opened, ISO 8601; without an offset it is read in the plan calendar&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause (waiting on the customer), FROM/TO in ISO 8601; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stage of the ticket&apos;s service (e.g. preview: no SLA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 has no severity &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1 has no service stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pause %1: expected FROM/TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pause %1: ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA for this service stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of working time on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the support plans of the catalog with their SLA targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time (e.g. 2026-01-12T11:00:00+03:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; lies outside the supported years %2-%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a UTC offset (e.g. +03:00 or Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Dueline schema; create it with &quot;dueline-cli db init&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2, up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 (%3 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill an empty database with demo customers, agents and tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed: the same seed and time give the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage of tickets still open (default 15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tickets is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tickets: expected a number from 0 to 100000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--open: expected a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 tickets (%3 open), %4 events, %5 customers, %6 agents in %7 s (%8 tickets/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export agents, customers and tickets with their events as CSV or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to FILE instead of the standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format: expected csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import agents, customers and tickets from a CSV or JSON file (all or nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE.csv or FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a .csv or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: imported %2 tickets, %3 events, %4 customers, %5 agents into %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open tickets by next breach, with each clock&apos;s due, remaining working time and state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate the clocks at this instant, ISO 8601 with an offset (default: now on the database&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open tickets at %2, by next breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge open clocks at this instant (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets created %1 – %2, judged at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: sqlite:PATH or postgresql://user@host:port/db?sslmode=… (default: DUELINE_DB, else dueline.sqlite in the data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the tickets relative to this instant, ISO 8601 with an offset (default: now on the database&apos;s clock).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard&apos;s figures: compliance, breaches, open tickets, forecast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this provider&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this plan&apos;s tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets of this severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tickets assigned to this agent (login or id; &quot;none&quot;: unassigned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider: unknown provider &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan: unknown plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--agent: unknown agent &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches in the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time against the target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now: %1 (running %2, at risk %3, breached %4, paused %5, no clock %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaching in the next hour: %1, next 4 hours: %2, by the end of today: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.csv or FILE.json (see the README for the columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: a team catalog file in the database was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With init on PostgreSQL: also create the roles dueline_owner, dueline_agent and dueline_lead and hand the schema to the owner (run as a superuser or a role with CREATEROLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add-user: agent or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add-user: the name people see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add-user: read the new password from the first line of standard input (otherwise one is generated and printed once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;db init&quot;, &quot;db migrate&quot;, &quot;db check&quot; or &quot;db add-user LOGIN --role agent|lead&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--admin goes with &quot;db init&quot; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 (%3 → %2), owned by %4; agents log in as members of %5, leads of %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2: stored %3, the event log says %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 differences between the tickets and their event logs (tickets checked: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: storage intact; tickets checked: %2, events: %3; every ticket matches its event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;db add-user LOGIN --role agent|lead&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 can log in as a team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 can log in as an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password (shown once, keep it in a password manager): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>duration: days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>duration: hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>duration: minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add-user: take over an existing role that is not a Dueline user yet (its password is replaced). Superusers, roles with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS and the dueline_ roles are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a PostgreSQL server on another computer without verifying its certificate (an sslmode other than verify-full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; or pass --allow-insecure-tls to connect anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the certificate of %1 is not verified (--allow-insecure-tls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database (&quot;db init&quot;, with --admin also the roles of a shared server), bring its schema up to date (&quot;db migrate&quot;), add a login (&quot;db add-user&quot;), check every ticket against its event log (&quot;db check&quot;) or rewrite what differs (&quot;db repair&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init, migrate, add-user LOGIN, check or repair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With check and repair: print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2: %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n ticket(s) rewritten from their event logs</source>
        <translation>
            <numerusform>%1: %n ticket rewritten from its event log</numerusform>
            <numerusform>%1: %n tickets rewritten from their event logs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) have a broken event log and were left as they are; restore them from a backup</source>
        <translation>
            <numerusform>%n ticket has a broken event log and was left as it is; restore it from a backup</numerusform>
            <numerusform>%n tickets have a broken event log and were left as they are; restore them from a backup</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds plan %2, which the shared database does not have: on a shared server only the catalog stored in the database counts (a lead adds plans with Plans ▸ Edit Catalog…); remove the file or connect to a SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agents of the database: list them, add one, rename, deactivate or activate one, or choose who you are on this database (&quot;agent use&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, add LOGIN, rename LOGIN NAME, deactivate LOGIN, activate LOGIN or use LOGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add: the name people see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With add: agent (default) or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With list: print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;agent list&quot;, &quot;agent add LOGIN&quot;, &quot;agent rename LOGIN NAME&quot;, &quot;agent deactivate LOGIN&quot;, &quot;agent activate LOGIN&quot; or &quot;agent use LOGIN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role: expected agent or lead, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now called %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is active again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated: no tickets are assigned to them and they cannot act; their name stays in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a shared server, add people with &quot;dueline-cli db add-user LOGIN --role agent|lead&quot; (it makes their login too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is an agent with the login %1 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2 as a team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: added %2 as an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are logged in to this server as %1, and the login decides who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is deactivated and cannot act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are %1 (%2) on %3, in dueline-cli and in Dueline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1: %2 is deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1: there is no agent with this login (see dueline-cli agent list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), remembered for this database, is deactivated; choose someone else with &quot;dueline-cli agent use LOGIN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, remembered for this database, is no agent of it; choose someone with &quot;dueline-cli agent use LOGIN&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server login %1 (%2) is deactivated in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server login %1 is no agent of this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody chosen for this database yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remembered for this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given with --as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server login decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent</source>
        <comment>a role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as this agent instead of the person remembered for the database (on a shared server, the login decides).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as %1: you are logged in to this server as %2, and the login decides who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody is chosen for this database yet: run &quot;dueline-cli agent use LOGIN&quot; or pass --as LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agent with the login %1 (see dueline-cli agent list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the tickets assigned to me (see dueline-cli whoami).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open tickets assigned to %3 at %2, by next breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one ticket whatever its status: its details, both SLA clocks with why each deadline falls where it does, and its whole history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;ticket show N&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a ticket number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline (times in %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due if resumed now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 past due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting on the customer</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer or system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, deactivated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed</source>
        <comment>history event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity changed to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan changed to %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reopened</source>
        <comment>history event</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response due set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolution due set to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who dueline-cli acts as on the database, and why: remembered, --as or the server login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3) on %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left, %2 of working time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD, in --tz) or an ISO 8601 instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, included (YYYY-MM-DD, in --tz), or an ISO 8601 instant (excluded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the days and of --from and --to dates (IANA name, default UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response due time falls outside the supported years %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the resolution due time falls outside the supported years %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a customer and a ticket&apos;s subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n %1 ticket(s) breach during %2 (%3 – %4) unless answered by %5</source>
        <translation>
            <numerusform>%n %1 ticket breaches during %2 (%3 – %4) unless answered by %5</numerusform>
            <numerusform>%n %1 tickets breach during %2 (%3 – %4) unless answered by %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n business day</numerusform>
            <numerusform>%n business days</numerusform>
        </translation>
    </message>
    <message>
        <source>The SLA report of this customer (id) for --pdf and --csv; days in the customer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the SLA report of --customer (or of --plan) as a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the figures of that SLA report as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA report&apos;s language: en, ru or zh_CN (default: the customer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer and --lang need --pdf FILE or --csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 cannot be used with --pdf or --csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pdf and --csv need either --customer or --plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer: &quot;%1&quot; is not a customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not one of en, ru, zh_CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customer: there is no customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dueline-cli complete: expected commands, options COMMAND, plans or severities [PLAN]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::AboutDialog</name>
    <message>
        <source>About Dueline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop SLA console for technical-support teams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running on Qt %1 (built with Qt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Icons: %1 by KDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::AgentEditDialog</name>
    <message>
        <source>New Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s name as colleagues know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a login: one word, as in the team&apos;s other systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has no spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agent already has the login “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tive: offered for assignment and can act</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::AgentPickerDialog</name>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <comment>the agent who works now</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself; choose another person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deactivated agent is not offered for assignment and cannot act; their name stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dueline records every action under the person who does it. Choose yourself in %1, or add yourself; Dueline remembers the choice for this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show deactivated agents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::AssignDialog</name>
    <message>
        <source>Assign Ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who works on #%1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications now</source>
        <comment>whether the agent is in their hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me, assigned now)</source>
        <comment>myself in the assign list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (assigned now)</source>
        <comment>an agent in the assign list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <comment>myself in the assign list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <comment>assign the ticket to no one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the unassigned tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside their hours until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::CatalogCalendarPage</name>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round the clock (24×7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: its text and a colon (Chinese: a full-width colon)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <comment>a weekday without working hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours, for example 09:00–13:00, 14:00–18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days off, working days and shortened days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>of a special day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <comment>of a working day; empty: Monday&apos;s</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>of a special day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Days Off from .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read all-day events of an iCalendar file as days off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <comment>special day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <comment>special day: a weekend day that works</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened day</source>
        <comment>special day: one hour shorter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday&apos;s hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <comment>no public holidays</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of “%1” apply too; a day listed here wins over the same date there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::CatalogEditorDialog</name>
    <message>
        <source>Saving your team&apos;s catalog to the shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading your team&apos;s catalog from the shared database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <comment>copy a plan or calendar to edit it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make an editable copy of the selected plan or calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <comment>remove a team plan or calendar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <comment>write the team catalog file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <comment>the catalog editor</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <comment>where the catalog editor saves</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <comment>save destination: a local file</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared database (whole team)</source>
        <comment>save destination</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From another team file: read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s: editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan “%1” (%2)</source>
        <comment>plan name, plan id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work calendar “%1” (%2)</source>
        <comment>calendar name, calendar id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan or a work calendar on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team file cannot be edited here (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only. Use “Duplicate…” to make a copy of your own and edit that.</source>
        <comment>%1: a built-in plan, calendar or provider</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of “%1” that your team can edit. It belongs to a provider of your own: one you have, or a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our terms)</source>
        <comment>name of a team provider copied from a built-in one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a copied plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <comment>name of a copied calendar</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Work Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts as Monday to Friday, 09:00–18:00; change it afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Days Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only but for Warn before breach, which your team&apos;s file keeps. “Duplicate…” makes a copy you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::CatalogPlanPage</name>
    <message>
        <source>Severities and targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>severity code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>severity name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <comment>target: first reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>target: resolution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident levels: the severity this plan files each level under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a form label: its text and a colon (Chinese: a full-width colon)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Work calendar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn before breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clock is at risk once its remaining working time falls to this lead time: working hours and minutes (30m, 4h, 1h30m) or a share of the target (10%). Empty: the value for all severities, else 25%. Saved in your team&apos;s catalog file, for built-in plans too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::CatalogProviderPage</name>
    <message>
        <source>ID: %1. Plans: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::ConnectionDialog</name>
    <message>
        <source>Choose the database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not on this computer and its certificate is not verified: choose verify-full unless you trust every network in between. Dueline asks before it connects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dueline databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server shared by the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from ~/.pgpass when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the server insists (allow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, without checking the certificate (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, certificate signed by the CA (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always, certificate and host name checked (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;LS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::CustomerReportDialog</name>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer SLA Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan (every customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save C&amp;SV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a provider and its plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Report&apos;s Figures as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a customer&apos;s company and name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::DashboardWorkspace</name>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every figure of the dashboard as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the dashboard full screen for a wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance by severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches per day, by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response time against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent workload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chart as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard reads the ticket database in the background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance, breaches, open tickets and what breaches next, for team leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket database to see its figures. For a demo, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket database has no tickets yet. Charts appear with the first ticket. For a demo, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next hour</source>
        <comment>breaching within</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next 4 hours</source>
        <comment>breaching within</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by end of today</source>
        <comment>breaching</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance</source>
        <comment>SLA compliance in the period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;everity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a period and its days: Last 7 days, 27 Nov – 3 Dec 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>between the filters of the dashboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n %1 ticket(s)&lt;/b&gt; breach during %2 (%3) unless answered by %4</source>
        <translation>
            <numerusform>&lt;b&gt;%n %1 ticket&lt;/b&gt; breaches during %2 (%3) unless answered by %4</numerusform>
            <numerusform>&lt;b&gt;%n %1 tickets&lt;/b&gt; breach during %2 (%3) unless answered by %4</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a chart&apos;s category and its value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≤ %1</source>
        <comment>at most this share of the target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <comment>more than this share of the target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the SLA report of a customer or a plan for a month, as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::DayBarChartView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>a day and its number of breaches</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a plan and its number of breaches on a day</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::DesktopNotifications</name>
    <message>
        <source>Open</source>
        <comment>notification action: open the ticket in Dueline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <comment>notification action: assign the ticket to myself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign…</source>
        <comment>notification action: choose who works on the ticket</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::DialogKeys</name>
    <message>
        <source>Submit a dialog from its text, where Enter starts a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel a dialog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::FinishedTicketsView</name>
    <message>
        <source>Finished tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the %n most recently changed tickets; search by number or words to find older ones.</source>
        <translation>
            <numerusform>Showing the %n most recently changed ticket; search by number or words to find older ones.</numerusform>
            <numerusform>Showing the %n most recently changed tickets; search by number or words to find older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::MainWindow</name>
    <message>
        <source>About Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <comment>workspace: the ticket queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <comment>workspace: support plans compared side by side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <comment>workspace: charts for team leads</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <comment>View menu: the ticket queue workspace</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <comment>View menu: the support plans workspace</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <comment>View menu: the dashboard workspace</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ticket queue, with a live countdown to every SLA breach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plans side by side, and the real deadline each gives for the same incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance, breaches and what breaches next, for team leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a ticket, or fill a demo database with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plans to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans come from the built-in catalog and your team&apos;s catalog files. To list them, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts appear once the queue has tickets. For a demo, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wallboard</source>
        <comment>View menu: full-screen dashboard for a wall</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the dashboard full screen for a wall display; Escape leaves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <comment>menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another database: a SQLite file or the team&apos;s PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <comment>leave the application</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window and leave Dueline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the interface language and appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dueline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, license and credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt toolkit Dueline is built with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database</source>
        <comment>status bar: no ticket database is open</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <comment>the interface language, named in itself</comment>
        <extracomment>The name of the language you translate into, written in that language.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language; change it in Settings ▸ Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit F&amp;ull Screen Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull Screen Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the window its normal size back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the whole screen with the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>database on host</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether other agents&apos; changes reach this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server clock %1%2 s</source>
        <comment>status bar: server minus local clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database server&apos;s clock stamps every action; this is how far it is from this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not verified</source>
        <comment>status bar: TLS certificate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not verified: someone on the network between you and the server could read or change what you send, including the password. Choose TLS verify-full in File &gt; Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open · %2 at risk · %3 breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unconfirmed Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has not confirmed %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you quit now and the server did not receive it, it is lost. Stay, and it is sent again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Not Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to %1 without verifying its certificate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is not on this computer and the TLS setting is not &quot;verify-full&quot;, so Dueline cannot tell it from an impostor: someone on the network could read or change the tickets and learn the password. Connect only on a network you trust; better, ask the administrator for the server&apos;s CA certificate and choose verify-full in File &gt; Connect. Dueline remembers your answer for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key Dueline knows, menu by menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialogs</source>
        <comment>keyboard shortcuts: the keys of every dialog</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;Order</source>
        <comment>View menu: sort the ticket table by the next breach again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort the tickets as they first came: the next breach first in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <comment>Settings menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when you are notified about tickets at risk: your hours, do not disturb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings are kept in the ticket database for each person: open a database first (File ▸ Connect to Database…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings saved for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::MissedNotificationsDialog</name>
    <message>
        <source>Missed Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) came while you were away. Click one to open its ticket.</source>
        <translation type="unfinished">
            <numerusform>%n notification came while you were away. Click it to open its ticket.</numerusform>
            <numerusform>%n notifications came while you were away. Click one to open its ticket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications that come while Dueline is hidden, minimized or in the background, outside your notification hours or with do not disturb on are kept here until you have seen them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::NewTicketDialog</name>
    <message>
        <source>New Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (company)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <comment>how the customer reached support</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cus&amp;tomer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::NotificationSettingsDialog</name>
    <message>
        <source>Add at least one interval to your hours, or choose &quot;Always while Dueline runs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day for every interval, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1
Your choices are still here: try again, or Cancel to leave them unsaved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not disturb: nothing until you turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always while Dueline runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (no hours)</source>
        <comment>notification hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <comment>dialog title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When:</source>
        <comment>notifications: at what times</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Always while Dueline runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only during &amp;my hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System (%1)</source>
        <comment>time zone: the computer&apos;s own</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;not disturb: nothing until I turn it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me a&amp;bout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <comment>notification scope: the role&apos;s default</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My tickets and unassigned ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only my tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;tell me when an assigned agent is outside their hours while their ticket is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: when Dueline tells you that a ticket is at risk or breached. Saved in the database, so these settings follow you to any computer.</source>
        <comment>%1 is the person&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::OfflineBanner</name>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost. Reconnecting now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection to %1 lost. Reconnecting in %n s…</source>
        <comment>seconds until the next attempt</comment>
        <translation>
            <numerusform>Connection to %1 lost. Reconnecting in %n s…</numerusform>
            <numerusform>Connection to %1 lost. Reconnecting in %n s…</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket actions are off until the connection is back; countdowns continue from the last known state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet: %1. It will be sent again, once, when the connection is back, and recorded at the time the server receives it (not now); you will see whether it was saved.</source>
        <comment>%1: an action, e.g. &apos;your reply to ticket #12&apos;</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry Now</source>
        <comment>reconnect to the database now</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PersonSwitcher</name>
    <message>
        <source>S&amp;witch Person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are in this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work as %1 (%2), a team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You work as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who you are in this database; every action is recorded under that person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to switch person or to manage the agents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared server you are the login you connect as (File ▸ Connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared server you are the login you connect as.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansBanner</name>
    <message>
        <source>Close</source>
        <comment>close an inline message</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansCalculatorView</name>
    <message>
        <source>The coming Spring Festival&apos;s days off are not in the holiday data yet; this is the last one known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real response time by opening hour, week of %1 (%2)</source>
        <comment>%1 a date, %2 a time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real resolution time by opening hour, week of %1 (%2)</source>
        <comment>%1 a date, %2 a time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not drawn, no commitment: %1</source>
        <comment>plans left out of the chart</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <comment>export: the question</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened: %1 (%2)</source>
        <comment>export: the opening moment and its zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident:</source>
        <comment>calculator: what happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <comment>incident level P1-P4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An incident described by its level, filed under the severity each plan names for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s o&amp;wn severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A severity of one provider, for that provider&apos;s plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <comment>of an incident</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened:</source>
        <comment>calculator: when the ticket was opened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any IANA time zone; type to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presets:</source>
        <comment>ready-made opening moments</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <comment>preset: the current moment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday 19:30 Moscow</source>
        <comment>preset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eve of the Russian New Year holidays</source>
        <comment>preset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day before Spring Festival</source>
        <comment>preset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday 09:00 Berlin</source>
        <comment>preset</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <comment>chart: time to the first reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>chart: time to the resolution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which target the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours on a logarithmic scale, colours as in the table. Point at a line for the exact times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time in %1</source>
        <comment>export: the time zone of the times shown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a date and time, and its time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a provider and one of its severities</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansChooser</name>
    <message>
        <source>&amp;Plans…</source>
        <comment>choose the plans to compare</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plans (%1 of %2)…</source>
        <comment>choose the plans to compare; chosen of all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the plans to compare, by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Plans</source>
        <comment>choose every plan of the catalog</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansExplanationView</name>
    <message>
        <source>Working time, counted</source>
        <comment>why this deadline: the SLA clock runs</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <comment>why this deadline: night or a break</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekend</source>
        <comment>why this deadline</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off</source>
        <comment>why this deadline: a holiday without a name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day off: %1</source>
        <comment>why this deadline: %1 is the holiday&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortened pre-holiday day</source>
        <comment>why this deadline: the hour cut from the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <comment>why this deadline: waiting on the customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a plan in the results above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline? — %1, filed as “%2”</source>
        <comment>%1 plan, %2 severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <comment>the first reply&apos;s SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>the resolution&apos;s SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no commitment</source>
        <comment>%1 is Response or Resolution</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, target %2</source>
        <comment>%1 Response/Resolution, %2 a target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted on “%1” (%2)</source>
        <comment>calendar name, time zone</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <comment>why this deadline: kind of time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>start of a piece of time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <comment>end of a piece of time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <comment>wall-clock length of a piece of time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <comment>working time counted towards the target</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansHeaderView</name>
    <message numerus="yes">
        <source>%n plan(s)</source>
        <comment>a collapsed provider</comment>
        <translation>
            <numerusform>%n plan</numerusform>
            <numerusform>%n plans</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: click to show its plans</source>
        <comment>provider band</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: click to collapse its plans</source>
        <comment>provider band</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansMatrixView</name>
    <message>
        <source>Show the Plans of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse the Plans of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show All Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Differences only</source>
        <comment>show only the rows where plans differ</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the rows where every chosen plan says the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best value in its row</source>
        <comment>legend of the tinted cells</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan comparison</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PlansWorkspace</name>
    <message>
        <source>Dueline is not connected to a shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <comment>CSV column: a section of the comparison</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <comment>CSV column: what a row compares</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as</source>
        <comment>CSV column: the severity a plan files the incident under</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: real wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution: real wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support plans compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans: %1 of %2</source>
        <comment>export: chosen plans of all</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows where the plans differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best value in each row: bold on green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real deadlines by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was saved but could not be loaded again.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog saved to the shared database %1; the team gets it at the next start of Dueline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (our terms)</source>
        <comment>name of a team provider copied from a built-in one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comparison</source>
        <comment>tab: plans side by side</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets, channels and features of the chosen plans side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Real Deadline</source>
        <comment>tab: the deadline calculator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real deadline each plan gives for the same incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <comment>export the table in view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the table in view as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the table in view (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ca&amp;talog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change your team&apos;s plans, work calendars and lead times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <comment>CSV column: the question asked</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>CSV column: when the incident was opened (ISO 8601)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <comment>CSV column: the zone of every time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not chosen: %2)</source>
        <comment>export: %1 the chosen plans of all, %2 the others</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <comment>interface language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <comment>colours of the interface</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <comment>language: follow the system&apos;s language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <comment>appearance: follow the desktop&apos;s colours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <comment>appearance: dark text on a light background</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <comment>appearance: light text on a dark background</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifications:</source>
        <comment>desktop notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes apply at once to every open window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <comment>notification settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and about which tickets you are notified: your hours, do not disturb. Saved in the database for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket database to choose when you are notified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::QueueEmptyState</name>
    <message>
        <source>No tickets in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets appear here as soon as they fit this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another view in the list on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in “%1” matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by ticket number, subject or customer; Esc clears the search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::QueueNotifier</name>
    <message>
        <source>Ticket #%1 breached its SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tickets at risk</source>
        <comment>a summary notification</comment>
        <translation type="unfinished">
            <numerusform>%n ticket at risk</numerusform>
            <numerusform>%n tickets at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets breached</source>
        <comment>a summary notification</comment>
        <translation type="unfinished">
            <numerusform>%n ticket breached</numerusform>
            <numerusform>%n tickets breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tickets at risk or breached</source>
        <comment>a summary notification</comment>
        <translation type="unfinished">
            <numerusform>%n ticket at risk or breached</numerusform>
            <numerusform>%n tickets at risk or breached</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <comment>of the tickets in a summary</comment>
        <translation type="unfinished">
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <comment>of the tickets in a summary</comment>
        <translation type="unfinished">
            <numerusform>%n breached</numerusform>
            <numerusform>%n breached</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>a ticket&apos;s number and subject in a list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <comment>tickets in a summary</comment>
        <translation type="unfinished">
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>SLA state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>SLA state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution was due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>wall-clock time since the due instant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <comment>working time until the due instant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assigned to anyone yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Missed Notifications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was notified while Dueline was hidden, minimized or in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n missed</source>
        <comment>notifications missed while away</comment>
        <translation type="unfinished">
            <numerusform>%n missed</numerusform>
            <numerusform>%n missed</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications that came while you were away; click to see them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another agent</source>
        <comment>an agent whose name is not known</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1, who has do not disturb on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1, who is outside their hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to %1, outside their hours until %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::QueueSidebar</name>
    <message>
        <source>Queue views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All open</source>
        <comment>queue view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>queue view: tickets assigned to me</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <comment>queue view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk</source>
        <comment>queue view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breached</source>
        <comment>queue view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>queue view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>queue view: tickets resolved, most recent first</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>queue view: tickets closed, most recent first</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::QueueTableView</name>
    <message>
        <source>Default &amp;Order</source>
        <comment>sort the table as it first came</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by the next breach again, the soonest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by the last change again, the most recent first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::QueueWorkspace</name>
    <message>
        <source>Waiting for the database: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a ticket for a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <comment>assign the ticket to myself</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the ticket to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer (meets the response target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal note the customer does not see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer answered: run the SLA clocks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the targets from the ticket&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the ticket to another support plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;solve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the ticket resolved (meets the resolution target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen a resolved ticket; its resolution clock resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leads: set a due instant, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the queue by number, subject or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the whole queue again from the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, subject, customer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Not&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Se&amp;verity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override &amp;Due…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between the views, the ticket list, the ticket panel and the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ticket in the list (J also from the ticket panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous ticket in the list (K also from the ticket panel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the ticket in the panel, where the arrow keys scroll it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the ticket list from the panel; in the search field, clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be taken now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply and &amp;Wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer, then pause the SLA clocks until they answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo a take or an assignment while its bar shows (10 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <comment>choose who works on the ticket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose who works on the ticket, or give it back to nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket #%1 cannot be assigned now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sidebar&apos;s view without the other filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1</source>
        <comment>the queue is also filtered by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1</source>
        <comment>the queue is also filtered by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity %1</source>
        <comment>the queue is also filtered by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <comment>the queue is also filtered by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <comment>the queue is also filtered by</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also filtered: %1</source>
        <comment>the list of filters, joined by the next text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the filters of the queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a provider and its plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer&apos;s SLA Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SLA report of this ticket&apos;s customer for a month, as PDF or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <comment>keyboard shortcuts: what a key does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <comment>keyboard shortcuts: the keys that do it</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::TargetEdit</name>
    <message>
        <source>No commitment</source>
        <comment>target: the plan promises no time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <comment>unit of a target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <comment>unit of a target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>business days</source>
        <comment>unit of a target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <comment>of a target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <comment>of a target</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::TicketActionDialog</name>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number and subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply:</source>
        <comment>a public reply to the customer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>an internal note on a ticket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <comment>what solved the ticket</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <comment>SLA target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <comment>SLA target</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <comment>which SLA clock</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due (your time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply and Wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply goes to the customer and meets the response target; then the SLA clocks pause until the customer answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket was opened on %1: a due instant before that cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::TicketPanel</name>
    <message>
        <source>Ticket #%1 cannot be loaded while the connection to the database is lost. It appears here once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ticket to see its clocks and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <comment>ticket number and subject</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>customer name (company)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <comment>ticket status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA clocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left · at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left · outside working hours, resumes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>met late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due if resumed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>SLA due instant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed past the calendar&apos;s verified holiday data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this deadline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of working time counted, %2 (times in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shortened day, counted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused, %1 of working time not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a service stage and the provider&apos;s description of it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached %1 ago</source>
        <comment>wall-clock time since the due instant</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in your time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;: %3</source>
        <comment>an SLA clock, its target and its state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <comment>an SLA clock and its state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a label and its value</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::TrayNotifications</name>
    <message numerus="yes">
        <source>Dueline: %n at risk</source>
        <translation type="unfinished">
            <numerusform>Dueline: %n at risk</numerusform>
            <numerusform>Dueline: %n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breached</source>
        <translation type="unfinished">
            <numerusform>%n breached</numerusform>
            <numerusform>%n breached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::UndoBar</name>
    <message>
        <source>#%1 taken</source>
        <comment>a ticket number: the ticket was assigned to me</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 unassigned</source>
        <comment>a ticket number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 assigned to %2</source>
        <comment>a ticket number and an agent&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>take back a take or an assignment</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the ticket back to whoever had it before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::WaitingChangesButton</name>
    <message>
        <source>The list holds still while the pointer is over it, so that no row moves under it. Click to move the changed tickets to their places now; they also move when the pointer leaves the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) — show</source>
        <comment>the queue holds still; moved rows wait</comment>
        <translation>
            <numerusform>%n change — show</numerusform>
            <numerusform>%n changes — show</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dueline::WallboardWidget</name>
    <message>
        <source>Dueline Wallboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <comment>SLA clock state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach within 4 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach by end of today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tickets now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n %1 ticket(s)&lt;/b&gt; breach during %2 unless answered by %3</source>
        <translation>
            <numerusform>&lt;b&gt;%n %1 ticket&lt;/b&gt; breaches during %2 unless answered by %3</numerusform>
            <numerusform>&lt;b&gt;%n %1 tickets&lt;/b&gt; breach during %2 unless answered by %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a provider and its plan</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breaches in this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::WeeklyHoursRow</name>
    <message>
        <source>Starts on %1</source>
        <comment>notification hours: the interval starts on this weekday</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>notification hours: start of the interval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To (00:00 is midnight at the end of the day)</source>
        <comment>notification hours: end of the interval</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all day</source>
        <comment>notification hours: 00:00 to midnight</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends next day %1</source>
        <comment>notification hours: the interval crosses midnight</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dueline::WeeklyWaitChart</name>
    <message>
        <source>Opened %1: no commitment</source>
        <comment>chart point</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 → answered %2 (%3)</source>
        <comment>chart point: ticket opened, first reply due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 → resolved %2 (%3)</source>
        <comment>chart point: ticket opened, resolution due</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours (log scale)</source>
        <comment>chart axis: the real wait in hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real wait by opening hour over a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop SLA console for technical-support teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: en, ru or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (expected en, ru or zh_CN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark or system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workspace &quot;%1&quot; (expected queue, plans or dashboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team Catalog Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of your team&apos;s catalog has an error, so Dueline uses the built-in catalog only. Correct the file and start Dueline again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first run: filling %1 with %2 demo tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket database: sqlite:PATH or postgresql://… (default: DUELINE_DB, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team catalog file in the shared database was not loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dueline could not start again on the chosen database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: login %2 is not a Dueline agent; ask the administrator to run &quot;dueline-cli db add-user %2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1: its certificate is not verified and you chose not to connect without. Choose TLS verify-full in File &gt; Connect, or choose the server there again to be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>database error on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after a quoted field (field %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (field %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of tickets must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data goes into an empty database, and %1 already holds data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date-time with a UTC offset (e.g. 2026-01-12T08:00:00+00:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has an invalid UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a SQLite URL needs a file (sqlite:PATH)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL URL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a database URL must not contain a password: put it in ~/.pgpass or the PGPASSWORD variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the database after the host (postgresql://user@host:port/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown connection option &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a database URL: use sqlite:PATH or postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no database at %1; create it with &quot;dueline-cli db init&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQLite driver is missing (Debian: libqt6sql6-sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot switch to write-ahead logging (journal mode %2); is the file on a network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the session on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by a %1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a positive whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login has no spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected agent or lead, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1 exists in the database with a different id, name or role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent id %1 is taken in the database by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected en, ru or zh_CN, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer #%1 exists in the database with different data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 exists in the database already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown customer #%1 (customers come before their tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agent &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an event must follow its ticket&apos;s record (ticket #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used by a %1 event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected response or resolution, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 has no events (it needs at least &quot;created&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 event needs an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead can override a due time (%1 is not one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 has no channel &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not match the ticket&apos;s events, which lead to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (expected the header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;dueline-tickets&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 (this Dueline reads version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a .csv or .json file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in migrations are broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up %1 before updating its schema: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot back up %1 to %2 before updating its schema, nothing was changed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, made by a newer Dueline (this one knows up to %3); update Dueline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration %1 (%2) failed on %3, nothing was changed: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Dueline schema; create it with &quot;dueline-cli db init&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2 but this Dueline needs %3; run &quot;dueline-cli db migrate&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the team catalog of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a lead may change the team catalog in the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a team catalog file: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; and end it in .json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the shared database: someone removed it; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the shared database: someone saved it first; open the catalog editor again to see it. Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you edited version %3); open the catalog editor again to see it. Nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by someone else (version %2, you saw version %3); nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed: the other files need it (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected event number %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first event of a ticket must be &quot;created&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket is created only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is earlier than the previous event (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is closed; only internal notes can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plan is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a severity is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 has no severity &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider %1 has no service stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is not assigned to anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already assigned to that agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reply needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note needs a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a new or open ticket can wait on the customer (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a ticket waiting on the customer can resume (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a resolved ticket can be closed (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a status event sets waiting_customer, open or closed, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the severity is already %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket is already on plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only an open ticket can be resolved (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a resolved ticket can be reopened (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a due override needs the new due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a due override needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent needs a login without spaces (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add agent %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan &quot;%1&quot; (see dueline-cli plans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot add customer %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action needs an action id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no agent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no customer #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ticket needs a subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 has no channel &quot;%2&quot; (it has: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action id %1 was already used for ticket #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 was changed by someone else; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this action needs an agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a team lead: only a lead can override a due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 has a damaged history (event %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the copy %1 made before the last schema update (it lacks the changes made since) or another backup, or move the file away and run &quot;dueline-cli db init&quot; to start a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore it from a backup, or move the file away and run &quot;dueline-cli db init&quot; to start a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or not a Dueline database (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 (%2): give your user read and write access to the file and its folder, or open another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file (0 bytes), not a Dueline database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the connection to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least a &quot;created&quot; event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again in event %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each action id once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 (event %2 has no action id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no ticket #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 events (tickets #%3 … #%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid Unicode (a lone surrogate at character %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL character at character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a line break (one line expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the control character U+%1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long: %1 bytes (UTF-8), at most %2 (%3 MiB) are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the years Dueline accepts (%2 to %3, UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no schema to create the tables in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field time_zone: unknown time zone &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field language: expected en, ru or zh_CN, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the action: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a SQLite file: database roles exist only on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;db init --admin&quot; needs a superuser or a role with CREATEROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login &quot;%1&quot;: use letters, digits, _ . - @ (at most 63 bytes), starting with a letter, not pg_ or dueline_</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password for %1 is too short (at least 8 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Dueline roles yet; run &quot;dueline-cli db init --admin&quot; first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot protect the password for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is busy: another program (dueline-cli, another Dueline window or a sqlite3 shell) kept it locked for more than %n second(s); nothing was changed, try again</source>
        <translation>
            <numerusform>%1 is busy: another program (dueline-cli, another Dueline window or a sqlite3 shell) kept it locked for more than %n second; nothing was changed, try again</numerusform>
            <numerusform>%1 is busy: another program (dueline-cli, another Dueline window or a sqlite3 shell) kept it locked for more than %n seconds; nothing was changed, try again</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a Dueline service role: add-user never changes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 has %2: add-user never changes a superuser or a role with CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 is a member of %2: add-user never changes a role that acts as the schema owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role %1 exists but is not a Dueline user: add-user changes it only when told to adopt it (--adopt), which replaces its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection option %1: a semicolon is not allowed in its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection option %1: control characters are not allowed in its value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection option %1 must be one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection option %1 must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sslmode is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on this computer and %2, so the server&apos;s certificate is not verified: add sslmode=verify-full to the URL (and sslrootcert=FILE when the CA is not in ~/.postgresql/root.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the schema owner (or a superuser) repairs the tickets of a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog records come before agents, customers and tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog file %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog file %1 is in the database with other content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected catalog, agent, customer, ticket or event, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 is busy: another agent is changing it right now; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: the server derives %2 %3, the engine %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the server-side write functions of this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated and cannot act on tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: tickets cannot be assigned to them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an agent needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the only active team lead; make another agent a lead first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the due instant: it is before the ticket was opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the pause: waiting on the customer needs a reply to them in the same action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the undo: only the agent who made a ticket&apos;s latest assignment can undo it, back to the assignee before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1: waiting on the customer needs a reply to them in the same action (a pause is earned by a reply)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 was opened at %2: a due instant before that cannot be set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 has no such assignment to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the agent who assigned ticket #%1 can undo it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket #%1 was assigned again since: only its latest assignment can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification settings of agent #%1 do not read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notification settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the notification settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket has no response commitment to override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ticket has no resolution commitment to override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 no longer offers channel &quot;%2&quot;: its existing tickets keep it, a new one takes another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
