-- People, the dialog each is in, and what they registered.
CREATE TABLE users (
    channel      TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    full_name    TEXT NOT NULL,
    unit         TEXT NOT NULL,
    position     TEXT NOT NULL,
    is_unit_head INTEGER NOT NULL CHECK (is_unit_head IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    PRIMARY KEY (channel, user_id)
);

-- At most one guided dialog per person; its answers so far, saved at every step.
CREATE TABLE dialogs (
    channel    TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    name       TEXT NOT NULL,
    state      TEXT NOT NULL,  -- JSON: step, answers, history, editing, record id
    paused     INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel, user_id)
);

-- The options last offered in a chat, so "2" still means the same after a restart.
CREATE TABLE offered_choices (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    choices TEXT NOT NULL,  -- JSON list of [label, value]
    PRIMARY KEY (channel, chat_id)
);

CREATE TABLE reference_counters (
    prefix TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (prefix, year)
);

CREATE TABLE pledges (
    id                 INTEGER PRIMARY KEY,
    ref                TEXT NOT NULL UNIQUE,
    channel            TEXT NOT NULL,
    user_id            TEXT NOT NULL,
    campaign_id        TEXT NOT NULL,
    scope              TEXT NOT NULL CHECK (scope IN ('individual', 'collective')),
    titles             TEXT NOT NULL,  -- JSON list of title ids
    targets            TEXT NOT NULL,
    planned_initiative TEXT,
    status             TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    FOREIGN KEY (channel, user_id) REFERENCES users (channel, user_id)
);
-- One active pledge per person, campaign and scope; withdrawn ones are kept.
CREATE UNIQUE INDEX pledges_one_active
    ON pledges (channel, user_id, campaign_id, scope) WHERE status = 'active';

CREATE TABLE initiatives (
    id           INTEGER PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    channel      TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    campaign_id  TEXT NOT NULL,
    name         TEXT NOT NULL,
    field        TEXT NOT NULL,
    first_applied TEXT NOT NULL,  -- ISO date
    description  TEXT NOT NULL,
    conditions   TEXT NOT NULL,
    benefits     TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    FOREIGN KEY (channel, user_id) REFERENCES users (channel, user_id)
);

CREATE TABLE initiative_authors (
    initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    name          TEXT NOT NULL,
    share         INTEGER NOT NULL CHECK (share BETWEEN 1 AND 100),
    PRIMARY KEY (initiative_id, position)
);

CREATE TABLE nominations (
    id           INTEGER PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    channel      TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    campaign_id  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('person', 'collective')),
    nominee      TEXT NOT NULL,
    unit         TEXT NOT NULL,
    achievements TEXT NOT NULL,
    status       TEXT NOT NULL CHECK (status IN ('active', 'withdrawn')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    FOREIGN KEY (channel, user_id) REFERENCES users (channel, user_id)
);
