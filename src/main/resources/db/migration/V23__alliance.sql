-- The anti-chaoxin alliance: its members, their monitoring reports, the subjects they report and the feed shared
-- inside the alliance. Runs on PostgreSQL and H2 (regular mode).
CREATE TABLE alliance_member (
    member_id      VARCHAR(40)  NOT NULL PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    kind           VARCHAR(32)  NOT NULL,
    credit_code    VARCHAR(18)  NOT NULL,
    contact_email  VARCHAR(254) NOT NULL,
    contact_phone  VARCHAR(32),
    status         VARCHAR(16)  NOT NULL,
    user_id        VARCHAR(64)  NOT NULL,
    registered_by  VARCHAR(64)  NOT NULL,
    registered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT alliance_member_credit_code UNIQUE (credit_code),
    CONSTRAINT alliance_member_user UNIQUE (user_id),
    CONSTRAINT alliance_member_status CHECK (status IN ('ACTIVE', 'SUSPENDED'))
);

-- One row per reported subject (by credit code or ID number); locked while a report about it is processed, so
-- that two reports arriving at once cannot both open a case. case_number is set once the subject is verified.
CREATE TABLE alliance_subject (
    subject_key    VARCHAR(18)  NOT NULL PRIMARY KEY,
    subject_type   VARCHAR(32)  NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    case_number    VARCHAR(24),
    first_reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    verified_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT alliance_subject_status CHECK (status IN ('WAITING', 'VERIFIED'))
);

CREATE TABLE alliance_report (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    member_id          VARCHAR(40)   NOT NULL,
    reference_id       VARCHAR(64),
    fingerprint        VARCHAR(64)   NOT NULL,
    subject_key        VARCHAR(18)   NOT NULL,
    subject_type       VARCHAR(32)   NOT NULL,
    subject_name       VARCHAR(200)  NOT NULL,
    credit_code        VARCHAR(18),
    id_number          VARCHAR(18),
    platform           VARCHAR(100),
    shop_url           VARCHAR(500),
    order_count        BIGINT,
    fake_review_count  BIGINT,
    shared_addresses   INTEGER,
    linked_accounts    INTEGER,
    note               VARCHAR(2000),
    period_from        DATE          NOT NULL,
    period_to          DATE          NOT NULL,
    received_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    case_number        VARCHAR(24),
    CONSTRAINT alliance_report_reference UNIQUE (member_id, reference_id),
    CONSTRAINT alliance_report_subject_id CHECK (credit_code IS NOT NULL OR id_number IS NOT NULL)
);
CREATE INDEX alliance_report_subject_idx ON alliance_report (subject_key, member_id);
CREATE INDEX alliance_report_waiting_idx ON alliance_report (case_number, received_at);
CREATE INDEX alliance_report_member_idx ON alliance_report (member_id, received_at);

-- What members may see, masked when written: a natural person's name and ID number never enter this table whole.
-- sequence is assigned under the lock of alliance_feed_head, so sequences commit in order and a reader that
-- continues after the last sequence it saw never misses one.
CREATE TABLE alliance_feed_head (
    id             INTEGER NOT NULL PRIMARY KEY,
    last_sequence  BIGINT  NOT NULL
);
INSERT INTO alliance_feed_head (id, last_sequence) VALUES (1, 0);

CREATE TABLE alliance_feed (
    sequence           BIGINT       NOT NULL PRIMARY KEY,
    kind               VARCHAR(24)  NOT NULL,
    occurred_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_type       VARCHAR(32)  NOT NULL,
    subject_name       VARCHAR(200) NOT NULL,
    credit_code        VARCHAR(18),
    id_number_masked   VARCHAR(18),
    list_type          VARCHAR(32),
    entry_status       VARCHAR(16),
    valid_from         DATE,
    valid_until        DATE,
    reporting_members  INTEGER
);
