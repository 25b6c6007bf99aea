-- Documents the office added (or retired) from the chat. The bundled files stay in the
-- package; a row here adds a document, replaces one with the same id, or retires one.
CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    text       TEXT,  -- front matter and body as in a bundled file, NULL when only retired
    status     TEXT NOT NULL CHECK (status IN ('active', 'retired')),
    changed_by TEXT NOT NULL,  -- "channel:user_id" of the office user, or "cli"
    changed_at TEXT NOT NULL
);

-- Bumped by every change of documents or deadlines: other processes sharing this file poll
-- it and reload what they hold in memory when it moves.
CREATE TABLE knowledge_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
);
INSERT INTO knowledge_version (id, version) VALUES (1, 0);

-- A deadline the office removed stays as a tombstone, so the front matter does not bring it
-- back at the next start.
ALTER TABLE deadlines ADD COLUMN removed_at TEXT;

-- Who changed which deadline, how and when.
CREATE TABLE deadline_changes (
    id          INTEGER PRIMARY KEY,
    deadline_id TEXT NOT NULL,
    action      TEXT NOT NULL CHECK (action IN ('add', 'move', 'rename', 'remove')),
    before      TEXT,
    after       TEXT,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL
);
CREATE INDEX deadline_changes_deadline ON deadline_changes (deadline_id, id);

-- The second stage of an initiative: the application for recognition (Phụ lục I, Thông tư
-- 18/2013/TT-BKHCN), one per registered initiative, its fields as JSON.
CREATE TABLE initiative_applications (
    initiative_id INTEGER PRIMARY KEY REFERENCES initiatives (id) ON DELETE CASCADE,
    fields        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
