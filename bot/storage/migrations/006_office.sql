-- The campaign office's desk: units and staff lists, roles, review of registrations with its
-- record, announcements and nudges. The messages they send (notices, announcements) are rows
-- of the one outbox (004), with ref naming their source.

CREATE TABLE units (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at TEXT NOT NULL
);

-- The staff list the office imports; a row is matched to the person who writes to the bot.
CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES units (id),
    full_name  TEXT NOT NULL,
    position   TEXT NOT NULL,
    phone      TEXT,
    email      TEXT,
    telegram   TEXT,            -- Telegram username without @
    channel    TEXT,            -- the matched identity, NULL until matched
    user_id    TEXT,
    match      TEXT NOT NULL DEFAULT 'none' CHECK (match IN ('none', 'unsure', 'confirmed')),
    UNIQUE (unit_id, full_name, position)
);
CREATE UNIQUE INDEX staff_identity ON staff (channel, user_id) WHERE channel IS NOT NULL;

-- Roles granted in the chat: administrators (THIDUA_ADMINS) appoint the office, the office
-- appoints unit heads. Staff is everyone else; nothing here is self-declared.
CREATE TABLE roles (
    channel    TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('office', 'unit_head')),
    unit       TEXT,            -- the unit a unit head leads
    granted_by TEXT NOT NULL,   -- "channel:user_id"
    granted_at TEXT NOT NULL,
    PRIMARY KEY (channel, user_id, role)
);
CREATE TABLE role_events (
    id      INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    role    TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('grant', 'revoke')),
    actor   TEXT NOT NULL,
    at      TEXT NOT NULL
);

-- Review: đã gửi → đã tiếp nhận → đã duyệt, or trả lại (with a reason) → sửa và gửi lại.
ALTER TABLE pledges ADD COLUMN review TEXT NOT NULL DEFAULT 'submitted'
    CHECK (review IN ('submitted', 'received', 'approved', 'returned', 'resubmitted'));
ALTER TABLE pledges ADD COLUMN review_note TEXT;
ALTER TABLE initiatives ADD COLUMN review TEXT NOT NULL DEFAULT 'submitted'
    CHECK (review IN ('submitted', 'received', 'approved', 'returned', 'resubmitted'));
ALTER TABLE initiatives ADD COLUMN review_note TEXT;
ALTER TABLE nominations ADD COLUMN review TEXT NOT NULL DEFAULT 'submitted'
    CHECK (review IN ('submitted', 'received', 'approved', 'returned', 'resubmitted'));
ALTER TABLE nominations ADD COLUMN review_note TEXT;

-- Every change to a registration: who, when, what, before and after (JSON or a status).
CREATE TABLE registration_events (
    id        INTEGER PRIMARY KEY,
    kind      TEXT NOT NULL,
    record_id INTEGER NOT NULL,
    ref       TEXT NOT NULL,
    actor     TEXT NOT NULL,    -- "channel:user_id"
    action    TEXT NOT NULL,    -- submit, edit, receive, approve, return, withdraw
    before    TEXT,
    after     TEXT,
    note      TEXT,
    at        TEXT NOT NULL
);
CREATE INDEX registration_events_record ON registration_events (kind, record_id);

CREATE TABLE announcements (
    id         INTEGER PRIMARY KEY,
    text       TEXT NOT NULL,
    audience   TEXT NOT NULL,   -- everyone, unit:<name>, unit_heads, unregistered:<campaign>
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    -- Its messages are outbox rows with ref "announcement:<id>". Once none is pending, the
    -- author is told the outcome once and the counts are kept here (outbox rows are dropped
    -- a week after sending).
    reported_at TEXT,
    delivered   INTEGER,
    blocked     INTEGER,
    failed      INTEGER
);

-- An announcement's outcome is counted from its outbox rows.
CREATE INDEX outbox_ref ON outbox (ref, status) WHERE ref IS NOT NULL;

-- Nudges from /donvicuatoi: at most one a day per person.
CREATE TABLE nudges (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    day     TEXT NOT NULL,      -- local date
    sent_by TEXT NOT NULL,
    PRIMARY KEY (channel, user_id, day)
);
