-- Questions the bot declined, for the office (/cauhoi): what was asked, why it was declined,
-- and whether the office has handled it (added a document, answered the person…).
CREATE TABLE declined_questions (
    id         INTEGER PRIMARY KEY,
    channel    TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    text       TEXT NOT NULL,
    folded     TEXT NOT NULL,  -- without diacritics, for grouping near-duplicates
    kind       TEXT NOT NULL CHECK (kind IN ('off_topic', 'not_held', 'feature', 'not_found')),
    asked_at   TEXT NOT NULL,
    handled_at TEXT,
    handled_by TEXT
);
CREATE INDEX declined_questions_open ON declined_questions (asked_at) WHERE handled_at IS NULL;

-- What each chat was last told about (document, section, audience, year), so that a
-- follow-up ("còn Sóc Trăng?", "văn bản đó ban hành ngày nào?") is understood. Per chat,
-- overwritten by the next answer, ignored once old.
CREATE TABLE chat_topics (
    channel    TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    topic      TEXT NOT NULL,  -- JSON
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel, chat_id, user_id)
);
