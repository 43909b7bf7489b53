-- Dueline schema 10: each person's notification settings (issue 20), so that they follow the
-- person to another computer. One row per agent that saved theirs; an agent without a row gets
-- the defaults (notified whenever Dueline runs). settings: the JSON of NotificationSettings
-- (models/sla/notificationsettings.h), as the client wrote it; updated_at: seconds since the
-- epoch, UTC (the server's clock on PostgreSQL). Every login may read every row (a lead's
-- escalation needs the agents' hours); on PostgreSQL a login writes only its own row, through
-- dueline_set_notification_settings (see the PostgreSQL part).
CREATE TABLE notification_settings (
    agent_id BIGINT NOT NULL PRIMARY KEY REFERENCES agents (id),
    settings TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
