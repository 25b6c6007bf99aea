-- The options last offered are kept per person in each chat: in a group chat, one person's
-- "1" picks from the options offered to that person, never from another's. The rows of
-- private chats (where the chat is the person) are kept.
CREATE TABLE offered_per_person (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    choices TEXT NOT NULL,  -- JSON list of [label, value]
    PRIMARY KEY (channel, chat_id, user_id)
);
INSERT INTO offered_per_person (channel, chat_id, user_id, choices)
    SELECT channel, chat_id, chat_id, choices FROM offered_choices;
DROP TABLE offered_choices;
ALTER TABLE offered_per_person RENAME TO offered_choices;
