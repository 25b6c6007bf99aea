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

