-- Dueline schema 5: the work calendars and SLA targets a shared server computes clocks with
-- (DESIGN §2 and §4). Each calendar is stored as the C++ engine compiles it (WorkCalendar): its
-- working spans [span_start, span_end) in UTC epoch seconds with the working seconds before each
-- (cum_before), and its working days (local dates with working time) as the cumulative working
-- time at their start and end, for the years the engine supports. The SQL never re-derives
-- holidays, transferred days, shortened days or time zones: it reads these rows. Written through
-- the server's publishing functions only: the built-in part by the schema owner ("dueline-cli db
-- migrate"), the team part by a lead when the team catalog changes. builtin: 1 for the built-in
-- catalog, 0 for the team's; complete: 1 once every row of the calendar is written and checked.
-- A SQLite file is one user's: the tables stay empty.
CREATE TABLE catalog_calendars (
    calendar_id TEXT NOT NULL PRIMARY KEY,
    builtin SMALLINT NOT NULL,
    time_zone TEXT NOT NULL,
    range_start BIGINT NOT NULL,
    range_end BIGINT NOT NULL,
    span_count INTEGER NOT NULL,
    day_count INTEGER NOT NULL,
    total_working BIGINT NOT NULL,
    fingerprint TEXT NOT NULL,
    complete SMALLINT NOT NULL
);

CREATE TABLE calendar_spans (
    calendar_id TEXT NOT NULL REFERENCES catalog_calendars (calendar_id) ON DELETE CASCADE,
    span_start BIGINT NOT NULL,
    span_end BIGINT NOT NULL,
    cum_before BIGINT NOT NULL,
    PRIMARY KEY (calendar_id, span_start)
);

CREATE UNIQUE INDEX calendar_spans_by_cumulative ON calendar_spans (calendar_id, cum_before);

CREATE TABLE calendar_days (
    calendar_id TEXT NOT NULL REFERENCES catalog_calendars (calendar_id) ON DELETE CASCADE,
    day_index INTEGER NOT NULL,
    cum_start BIGINT NOT NULL,
    cum_end BIGINT NOT NULL,
    PRIMARY KEY (calendar_id, day_index)
);

CREATE UNIQUE INDEX calendar_days_by_cumulative ON calendar_days (calendar_id, cum_start);

-- Each plan's committed targets per severity and kind (response | resolution): amount, unit
-- (minutes | hours | business_days) and the calendar the clock runs on (the target's own or the
-- plan's); a severity without a row for a kind has no commitment for it. And the statuses that
-- pause a plan's clocks.
CREATE TABLE catalog_targets (
    plan_id TEXT NOT NULL REFERENCES catalog_plans (plan_id) ON DELETE CASCADE,
    severity TEXT NOT NULL,
    kind TEXT NOT NULL,
    amount BIGINT NOT NULL,
    unit TEXT NOT NULL,
    calendar_id TEXT NOT NULL,
    PRIMARY KEY (plan_id, severity, kind)
);

CREATE TABLE catalog_pausing (
    plan_id TEXT NOT NULL REFERENCES catalog_plans (plan_id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    PRIMARY KEY (plan_id, status)
);
