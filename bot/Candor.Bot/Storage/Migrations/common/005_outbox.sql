-- The durable outbox: work acknowledged to Teams or Slack and not yet answered, written before the
-- acknowledgement and deleted once the answer has gone (or definitely failed, which is logged). payload is the
-- work as JSON, pasted text included, so a row lives for the seconds an answer takes; after a crash it lives
-- until another run answers it, and never past an hour. state is 'queued' (nothing has left the process: a run
-- that takes it over answers it) or 'sending' (the answer may have reached the channel: never repeated). owner is
-- the run holding it until lease_ms; claims counts the runs that took it, so only the latest can move it on.
CREATE TABLE outbox (
    work_id     TEXT    NOT NULL PRIMARY KEY,
    channel     TEXT    NOT NULL,
    payload     TEXT    NOT NULL,
    state       TEXT    NOT NULL,
    owner       TEXT    NOT NULL,
    claims      INTEGER NOT NULL,
    accepted_ms BIGINT  NOT NULL,
    lease_ms    BIGINT  NOT NULL
);

CREATE INDEX outbox_lease ON outbox (lease_ms);

-- Which piece of work claimed a delivery, so the run that takes the work over after a crash finds the claim its
-- own, while another delivery of the same message still finds it taken. Null for claims made before this.
ALTER TABLE dedupe_keys ADD COLUMN claimant TEXT;
