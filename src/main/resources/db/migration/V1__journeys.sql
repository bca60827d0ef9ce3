-- A buyer's journey through the guide, found again by mobile number (JRN-04).
CREATE TABLE journey (
    id            VARCHAR(36)  PRIMARY KEY,
    mobile_e164   VARCHAR(20)  NOT NULL UNIQUE,
    country_code  VARCHAR(5)   NOT NULL,
    mobile        VARCHAR(40)  NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The steps a buyer has finished (or skipped), one row per step, written in one statement.
CREATE TABLE journey_step (
    journey_id    VARCHAR(36)  NOT NULL REFERENCES journey (id),
    step          VARCHAR(40)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    reference     VARCHAR(100),
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (journey_id, step)
);
