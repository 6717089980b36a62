-- What a conversation checked, for its digests and for pod detection across threads: verdicts and ids, never
-- pasted drafts. Kept for Retention:Days.
CREATE TABLE checks (
    check_id        TEXT    NOT NULL PRIMARY KEY,
    channel         TEXT    NOT NULL,
    conversation_id TEXT    NOT NULL,
    checked_ms      BIGINT  NOT NULL,
    kind            TEXT    NOT NULL,
    verdict         TEXT    NOT NULL,
    score           INTEGER NOT NULL,
    thread_key      TEXT    NOT NULL,
    signal_ids      TEXT    NOT NULL,
    issue_ids       TEXT    NOT NULL
);

CREATE INDEX checks_conversation ON checks (channel, conversation_id, checked_ms);
CREATE INDEX checks_checked ON checks (checked_ms);

-- The commenters of a checked thread: who, when, how they were judged, and what they wrote only when it was
-- generic (the evidence of a pod), clipped.
CREATE TABLE check_comments (
    check_id   TEXT    NOT NULL,
    position   INTEGER NOT NULL,
    author     TEXT    NOT NULL,
    headline   TEXT,
    written_ms BIGINT,
    verdict    TEXT    NOT NULL,
    excerpt    TEXT,
    PRIMARY KEY (check_id, position)
);
