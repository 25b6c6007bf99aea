-- Deadlines of each campaign: copied from the documents' front matter at start-up, where an
-- administrator may then change the time (edited_by is set and the front matter no longer wins).
CREATE TABLE deadlines (
    id          TEXT PRIMARY KEY,  -- "<campaign id>:<key>"
    campaign_id TEXT NOT NULL,
    kind        TEXT NOT NULL,
    title       TEXT NOT NULL,
    due_at      TEXT NOT NULL,     -- local wall-clock time, "2022-03-31T17:00"
    audience    TEXT NOT NULL CHECK (audience IN ('everyone', 'unit_heads', 'unregistered')),
    edited_by   TEXT,              -- "channel:user_id" of the administrator, NULL if unchanged
    updated_at  TEXT NOT NULL
);

-- Reminder settings; a person with no row gets the defaults (on, 7 days, 1 day, the morning).
CREATE TABLE reminder_leads (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    leads   TEXT NOT NULL,  -- days before the deadline, comma-separated: ",7,1,0,"
    PRIMARY KEY (channel, user_id)
);
CREATE TABLE reminder_mutes (
    channel     TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    campaign_id TEXT NOT NULL,  -- '*' mutes every campaign
    PRIMARY KEY (channel, user_id, campaign_id)
);

-- Every reminder, written when it is decided and before it is sent: a restart resends
-- nothing already sent and loses nothing decided.
CREATE TABLE reminders (
    id          INTEGER PRIMARY KEY,
    deadline_id TEXT NOT NULL,
    due_at      TEXT NOT NULL,  -- the deadline's time when decided (a changed time is a new plan)
    lead_days   INTEGER NOT NULL,
    channel     TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    chat_id     TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('planned', 'sending', 'sent', 'skipped', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    planned_at  TEXT NOT NULL,
    sent_at     TEXT,
    note        TEXT,
    UNIQUE (channel, user_id, deadline_id, due_at, lead_days)
);
CREATE INDEX reminders_open ON reminders (status) WHERE status IN ('planned', 'sending');
CREATE INDEX initiatives_owner ON initiatives (channel, user_id, campaign_id, status);
CREATE INDEX nominations_owner ON nominations (channel, user_id, campaign_id, status);
