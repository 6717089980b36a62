-- Where Candor may post later (digests): one row per chat or channel it was added to or spoken to in.
CREATE TABLE conversations (
    channel         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    kind            TEXT   NOT NULL,
    service_url     TEXT,
    tenant_id       TEXT,
    team_id         TEXT,
    bot_id          TEXT,
    bot_name        TEXT,
    title           TEXT,
    seen_ms         BIGINT NOT NULL,
    PRIMARY KEY (channel, conversation_id)
);

-- Removing Candor from a team forgets every channel of it at once.
CREATE INDEX conversations_team ON conversations (channel, team_id);
