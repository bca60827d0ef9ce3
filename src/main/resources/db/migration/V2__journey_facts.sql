-- What a step keeps for a journey beyond its one reference, written once and never changed: the
-- answer to an idempotency key, a provider notification already recorded. A name is written once
-- (the primary key), so two racing writers cannot both win.
CREATE TABLE journey_fact (
    journey_id    VARCHAR(36)   NOT NULL REFERENCES journey (id),
    name          VARCHAR(200)  NOT NULL,
    fact_value    VARCHAR(4000) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (journey_id, name)
);

-- A provider's notification names its account, not the journey: found through the step that recorded it.
CREATE INDEX journey_step_by_reference ON journey_step (step, reference);
