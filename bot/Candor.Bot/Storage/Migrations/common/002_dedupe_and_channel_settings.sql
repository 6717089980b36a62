-- Deliveries already taken (a Slack event retried, or delivered twice as app_mention and message), so a retry
-- after a restart is not answered again. Kept for a day; Slack retries for minutes.
CREATE TABLE dedupe_keys (
    dedupe_key TEXT   NOT NULL PRIMARY KEY,
    seen_ms    BIGINT NOT NULL
);

CREATE INDEX dedupe_keys_seen ON dedupe_keys (seen_ms);

-- What a channel's members chose for it: whether Candor reads every message there (0 or 1).
CREATE TABLE channel_settings (
    channel         TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    listening       INTEGER NOT NULL DEFAULT 0,
    updated_ms      BIGINT  NOT NULL,
    PRIMARY KEY (channel, conversation_id)
);
