-- Year end of the contests: each town's sub-team recommends one or two village secretaries (presenters who are roster
-- members) from its published town contests of the year; the county (an org admin) selects among them the year's
-- 担当作为好支书, marked on the member's page. A recommendation is withdrawn by marking, never deleted; a trigger
-- holds the quota of two live recommendations per town and year whatever code runs (serialised by an advisory lock
-- on the town and year, so two at once cannot both pass the count).
CREATE TABLE contest_recommendation (
    id             bigserial     PRIMARY KEY,
    year           integer       NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    unit_id        bigint        NOT NULL REFERENCES unit (id),
    member_id      bigint        NOT NULL REFERENCES member (id),
    presenter_id   bigint        NOT NULL REFERENCES contest_presenter (id),
    reason         varchar(1000),
    withdrawn      boolean       NOT NULL DEFAULT false,
    selected       boolean       NOT NULL DEFAULT false,
    selected_at    timestamptz,
    selected_by    varchar(64),
    version        bigint        NOT NULL DEFAULT 0,
    created_at     timestamptz   NOT NULL,
    created_by     varchar(64),
    updated_at     timestamptz,
    updated_by     varchar(64),
    CHECK (NOT (withdrawn AND selected))
);
CREATE UNIQUE INDEX contest_recommendation_member_uq ON contest_recommendation (year, member_id) WHERE NOT withdrawn;
CREATE INDEX contest_recommendation_unit_idx ON contest_recommendation (unit_id, year);
CREATE INDEX contest_recommendation_member_idx ON contest_recommendation (member_id);
CREATE INDEX contest_recommendation_presenter_idx ON contest_recommendation (presenter_id);
ALTER SEQUENCE contest_recommendation_id_seq INCREMENT BY 50;

CREATE FUNCTION contest_recommendation_quota() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT NEW.withdrawn THEN
        PERFORM pg_advisory_xact_lock(hashtext('contest_recommendation'), hashtext(NEW.unit_id || '/' || NEW.year));
        IF (SELECT count(*) FROM contest_recommendation
            WHERE unit_id = NEW.unit_id AND year = NEW.year AND NOT withdrawn AND id <> NEW.id) >= 2 THEN
            RAISE EXCEPTION 'contest_recommendation_quota: a town recommends at most two secretaries a year';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER contest_recommendation_quota BEFORE INSERT OR UPDATE ON contest_recommendation
    FOR EACH ROW EXECUTE FUNCTION contest_recommendation_quota();
