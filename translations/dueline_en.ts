<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
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
</context>
<context>
    <name>CatalogWriter</name>
    <message>
        <source>cannot create a temporary folder to validate the catalog</source>
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
    <name>MainWindow</name>
    <message>
        <source>About Qt</source>
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
        <source>No plans to compare yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to chart yet</source>
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
        <source>Create a ticket, or fill a demo database with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans come from the built-in catalog and your team&apos;s catalog files. To list them, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts appear once the queue has tickets. For a demo, run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
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
</context>
<context>
    <name>PreferencesDialog</name>
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
        <source>Changes apply at once to every open window.</source>
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
        <source>the %1 due time falls outside the supported years %2-%3</source>
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
        <source>1 business day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 business days</source>
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
</context>
</TS>
