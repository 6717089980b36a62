-- Each scheduled digest firing, claimed before it is composed: the job's key and the time it was scheduled for
-- (the same when Quartz re-runs a firing whose node died). The state says how far it got: 'composing' (nothing
-- left the process; a recovery may send it), 'sending' (the post may have reached the channel; never repeated),
-- 'sent', 'failed' (not posted; a retry may send it) or 'skipped'. claims counts the runs that took it, so a
-- take-over is won by one run. Kept for Retention:Days.
CREATE TABLE digest_deliveries (
    job_key         TEXT   NOT NULL,
    fire_ms         BIGINT NOT NULL,
    channel         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    state           TEXT    NOT NULL,
    claims          INTEGER NOT NULL,
    updated_ms      BIGINT  NOT NULL,
    message_id      TEXT,
    reason          TEXT,
    PRIMARY KEY (job_key, fire_ms)
);

CREATE INDEX digest_deliveries_conversation ON digest_deliveries (channel, conversation_id);
CREATE INDEX digest_deliveries_updated ON digest_deliveries (updated_ms);

-- "This was right" / "This was wrong" on a card: which kind of card, its verdict and the vote, never the text
-- it judged. Counted in the channel's digest; kept for Retention:Days.
CREATE TABLE card_feedback (
    feedback_id     TEXT   NOT NULL PRIMARY KEY,
    channel         TEXT   NOT NULL,
    conversation_id TEXT   NOT NULL,
    given_ms        BIGINT NOT NULL,
    card_kind       TEXT   NOT NULL,
    verdict         TEXT   NOT NULL,
    vote            TEXT   NOT NULL
);

CREATE INDEX card_feedback_conversation ON card_feedback (channel, conversation_id, given_ms);
CREATE INDEX card_feedback_given ON card_feedback (given_ms);
