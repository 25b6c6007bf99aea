-- Messages to send, written in the same transaction as the change they report: a reply to an
-- update, a reminder, an announcement. A process claims rows with a lease before sending them,
-- so two processes never send the same row, and a row whose sender died is sent by whoever
-- claims it after the lease ran out (at least once; only a crash mid-send repeats one).
CREATE TABLE outbox (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,          -- "reply", "reminder", "announcement", ...
    channel     TEXT NOT NULL,
    chat_id     TEXT NOT NULL,
    body        TEXT NOT NULL,          -- one reply as JSON: {"text": ..., "choices": [[label, value]]}
    dedup_key   TEXT NOT NULL UNIQUE,   -- the same key queued twice is one message
    ref         TEXT,                   -- what the row is about, for the feature that queued it
    status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    claimed_by  TEXT,                   -- the process sending it
    lease_until TEXT,                   -- UTC: after it, another process may claim the row
    attempts    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    sent_at     TEXT,
    note        TEXT
);
CREATE INDEX outbox_pending ON outbox (channel, id) WHERE status = 'pending';
CREATE INDEX outbox_done ON outbox (sent_at) WHERE status <> 'pending';

-- The local day a reminder was handed to the outbox: one reminder per deadline per day.
ALTER TABLE reminders ADD COLUMN queued_on TEXT;
CREATE INDEX reminders_person ON reminders (channel, user_id, deadline_id);
