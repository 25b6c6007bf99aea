-- Updates already handled: Telegram and Zalo may deliver the same update twice.
CREATE TABLE processed_updates (
    channel   TEXT NOT NULL,
    update_id TEXT NOT NULL,
    seen_at   TEXT NOT NULL,
    PRIMARY KEY (channel, update_id)
) WITHOUT ROWID;
CREATE INDEX processed_updates_seen ON processed_updates (seen_at);

-- Where each person who wrote to the bot privately can be reached (reminders go there).
CREATE TABLE contacts (
    channel    TEXT NOT NULL,
    user_id    TEXT NOT NULL,
    chat_id    TEXT NOT NULL,
    user_name  TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (channel, user_id)
);
