-- The activity figures of every unit by month, kept exact by triggers in the writing transaction, so that the
-- dashboard and the monthly notification read a few hundred rows however many activities there are. An activity
-- counts in every unit on its group's path (the group, its sub-team, its team): a scope's year is its own twelve
-- rows, its sub-teams' figures are theirs. A figure is kept twice, as ActivityTotals adds it up: as reported (every
-- activity not withdrawn) and as confirmed (those every covered object has confirmed). month is the first day of
-- the activity's month. Rows are never deleted: a row of zeros means "none any more".
CREATE TABLE activity_tally (
    unit_id    bigint  NOT NULL REFERENCES unit (id),
    month      date    NOT NULL,
    reported   integer NOT NULL,
    confirmed  integer NOT NULL,
    disputed   integer NOT NULL,
    funds_secured_reported           numeric(20,2) NOT NULL,
    funds_secured_confirmed          numeric(20,2) NOT NULL,
    projects_introduced_reported     numeric(20,2) NOT NULL,
    projects_introduced_confirmed    numeric(20,2) NOT NULL,
    technologies_promoted_reported   numeric(20,2) NOT NULL,
    technologies_promoted_confirmed  numeric(20,2) NOT NULL,
    trainings_held_reported          numeric(20,2) NOT NULL,
    trainings_held_confirmed         numeric(20,2) NOT NULL,
    people_trained_reported          numeric(20,2) NOT NULL,
    people_trained_confirmed         numeric(20,2) NOT NULL,
    beneficiaries_reported           numeric(20,2) NOT NULL,
    beneficiaries_confirmed          numeric(20,2) NOT NULL,
    people_employed_reported         numeric(20,2) NOT NULL,
    people_employed_confirmed        numeric(20,2) NOT NULL,
    produce_sold_reported            numeric(20,2) NOT NULL,
    produce_sold_confirmed           numeric(20,2) NOT NULL,
    donations_reported               numeric(20,2) NOT NULL,
    donations_confirmed              numeric(20,2) NOT NULL,
    patients_seen_reported           numeric(20,2) NOT NULL,
    patients_seen_confirmed          numeric(20,2) NOT NULL,
    PRIMARY KEY (unit_id, month)
);

-- The same by activity type, counts only: the dashboard's breakdown by type.
CREATE TABLE activity_type_tally (
    unit_id    bigint  NOT NULL REFERENCES unit (id),
    month      date    NOT NULL,
    type_id    bigint  NOT NULL REFERENCES activity_type (id),
    reported   integer NOT NULL,
    confirmed  integer NOT NULL,
    PRIMARY KEY (unit_id, month, type_id)
);

-- What of one version of an activity the tallies count, with the sign to count it by (+1 for a new version, -1
-- for an old one).
CREATE TYPE activity_tally_delta AS (
    sign integer, group_id bigint, month date, type_id bigint, status varchar(16),
    funds_secured numeric(18,2), projects_introduced integer, technologies_promoted integer, trainings_held integer,
    people_trained integer, beneficiaries integer, people_employed integer, produce_sold numeric(18,2),
    donations numeric(18,2), patients_seen integer
);

CREATE FUNCTION activity_tally_delta_of(sign integer, a activity) RETURNS activity_tally_delta
LANGUAGE sql IMMUTABLE AS $$
    SELECT ROW(sign, a.group_id, date_trunc('month', a.occurred_on)::date, a.type_id, a.status,
               coalesce(a.funds_secured, 0), coalesce(a.projects_introduced, 0),
               coalesce(a.technologies_promoted, 0), coalesce(a.trainings_held, 0), coalesce(a.people_trained, 0),
               coalesce(a.beneficiaries, 0), coalesce(a.people_employed, 0), coalesce(a.produce_sold, 0),
               coalesce(a.donations, 0), coalesce(a.patients_seen, 0))::activity_tally_delta
$$;

-- Adds rows to activity_tally, key by key in the key's order, so that two writers never wait for each other in a
-- circle.
CREATE FUNCTION activity_tally_merge(rows activity_tally[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO activity_tally AS t SELECT * FROM unnest(rows) ORDER BY unit_id, month
    ON CONFLICT (unit_id, month) DO UPDATE SET
        reported = t.reported + excluded.reported,
        confirmed = t.confirmed + excluded.confirmed,
        disputed = t.disputed + excluded.disputed,
        funds_secured_reported = t.funds_secured_reported + excluded.funds_secured_reported,
        funds_secured_confirmed = t.funds_secured_confirmed + excluded.funds_secured_confirmed,
        projects_introduced_reported = t.projects_introduced_reported + excluded.projects_introduced_reported,
        projects_introduced_confirmed = t.projects_introduced_confirmed + excluded.projects_introduced_confirmed,
        technologies_promoted_reported = t.technologies_promoted_reported + excluded.technologies_promoted_reported,
        technologies_promoted_confirmed = t.technologies_promoted_confirmed + excluded.technologies_promoted_confirmed,
        trainings_held_reported = t.trainings_held_reported + excluded.trainings_held_reported,
        trainings_held_confirmed = t.trainings_held_confirmed + excluded.trainings_held_confirmed,
        people_trained_reported = t.people_trained_reported + excluded.people_trained_reported,
        people_trained_confirmed = t.people_trained_confirmed + excluded.people_trained_confirmed,
        beneficiaries_reported = t.beneficiaries_reported + excluded.beneficiaries_reported,
        beneficiaries_confirmed = t.beneficiaries_confirmed + excluded.beneficiaries_confirmed,
        people_employed_reported = t.people_employed_reported + excluded.people_employed_reported,
        people_employed_confirmed = t.people_employed_confirmed + excluded.people_employed_confirmed,
        produce_sold_reported = t.produce_sold_reported + excluded.produce_sold_reported,
        produce_sold_confirmed = t.produce_sold_confirmed + excluded.produce_sold_confirmed,
        donations_reported = t.donations_reported + excluded.donations_reported,
        donations_confirmed = t.donations_confirmed + excluded.donations_confirmed,
        patients_seen_reported = t.patients_seen_reported + excluded.patients_seen_reported,
        patients_seen_confirmed = t.patients_seen_confirmed + excluded.patients_seen_confirmed;
$$;

CREATE FUNCTION activity_type_tally_merge(rows activity_type_tally[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO activity_type_tally AS t SELECT * FROM unnest(rows) ORDER BY unit_id, month, type_id
    ON CONFLICT (unit_id, month, type_id) DO UPDATE SET
        reported = t.reported + excluded.reported,
        confirmed = t.confirmed + excluded.confirmed;
$$;

-- Counts the deltas in every unit on their group's current path.
CREATE FUNCTION activity_tally_apply(deltas activity_tally_delta[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_tally_merge(ARRAY(
        SELECT ROW(u.unit_id, d.month,
                   sum(d.sign * (d.status <> 'WITHDRAWN')::int),
                   sum(d.sign * (d.status = 'CONFIRMED')::int),
                   sum(d.sign * (d.status = 'DISPUTED')::int),
                   coalesce(sum(d.sign * d.funds_secured) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.funds_secured) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.projects_introduced) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.projects_introduced) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.technologies_promoted) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.technologies_promoted) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.trainings_held) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.trainings_held) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.people_trained) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.people_trained) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.beneficiaries) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.beneficiaries) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.people_employed) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.people_employed) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.produce_sold) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.produce_sold) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.donations) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.donations) FILTER (WHERE d.status = 'CONFIRMED'), 0),
                   coalesce(sum(d.sign * d.patients_seen) FILTER (WHERE d.status <> 'WITHDRAWN'), 0),
                   coalesce(sum(d.sign * d.patients_seen) FILTER (WHERE d.status = 'CONFIRMED'), 0))::activity_tally
        FROM unnest(deltas) d
        JOIN unit g ON g.id = d.group_id
        CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM g.path), '/')::bigint[]) AS u (unit_id)
        GROUP BY u.unit_id, d.month));
    PERFORM activity_type_tally_merge(ARRAY(
        SELECT ROW(u.unit_id, d.month, d.type_id, sum(d.sign * (d.status <> 'WITHDRAWN')::int),
                   sum(d.sign * (d.status = 'CONFIRMED')::int))::activity_type_tally
        FROM unnest(deltas) d
        JOIN unit g ON g.id = d.group_id
        CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM g.path), '/')::bigint[]) AS u (unit_id)
        GROUP BY u.unit_id, d.month, d.type_id));
END $$;

CREATE FUNCTION activity_tally_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_tally_apply(ARRAY(SELECT activity_tally_delta_of(1, n) FROM new_rows n));
    RETURN NULL;
END $$;

-- Most updates (a title, a description) change nothing counted: only the activities whose group, month, type,
-- status or a figure changed are taken out in their old version and counted in their new one.
CREATE FUNCTION activity_tally_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_tally_apply(ARRAY(
        SELECT d FROM old_rows o JOIN new_rows n ON n.id = o.id
        CROSS JOIN LATERAL (VALUES (activity_tally_delta_of(-1, o)), (activity_tally_delta_of(1, n))) AS v (d)
        WHERE activity_tally_delta_of(1, o) IS DISTINCT FROM activity_tally_delta_of(1, n)));
    RETURN NULL;
END $$;

CREATE FUNCTION activity_tally_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM activity_tally_apply(ARRAY(SELECT activity_tally_delta_of(-1, o) FROM old_rows o));
    RETURN NULL;
END $$;

CREATE TRIGGER activity_tally_insert AFTER INSERT ON activity
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_inserted();
CREATE TRIGGER activity_tally_update AFTER UPDATE ON activity
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION activity_tally_updated();
CREATE TRIGGER activity_tally_delete AFTER DELETE ON activity
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activity_tally_deleted();

-- A unit moved under another parent takes its own rows (its whole subtree's figures) out of the ancestors it leaves
-- and adds them to the ones it joins. Its subtree's paths are rewritten by a second statement that changes no parent.
CREATE FUNCTION activity_tally_unit_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    old_path bigint[] := string_to_array(trim(BOTH '/' FROM OLD.path), '/')::bigint[];
    new_path bigint[] := string_to_array(trim(BOTH '/' FROM NEW.path), '/')::bigint[];
BEGIN
    CREATE TEMP TABLE IF NOT EXISTS moved_to (unit_id bigint, sign integer) ON COMMIT DROP;
    TRUNCATE moved_to;
    INSERT INTO moved_to SELECT x, -1 FROM unnest(old_path) x WHERE x <> OLD.id AND x <> ALL (new_path);
    INSERT INTO moved_to SELECT x, 1 FROM unnest(new_path) x WHERE x <> NEW.id AND x <> ALL (old_path);
    PERFORM activity_tally_merge(ARRAY(
        SELECT ROW(m.unit_id, t.month,
                   m.sign * t.reported, m.sign * t.confirmed, m.sign * t.disputed, m.sign * t.funds_secured_reported,
                   m.sign * t.funds_secured_confirmed, m.sign * t.projects_introduced_reported,
                   m.sign * t.projects_introduced_confirmed, m.sign * t.technologies_promoted_reported,
                   m.sign * t.technologies_promoted_confirmed, m.sign * t.trainings_held_reported,
                   m.sign * t.trainings_held_confirmed, m.sign * t.people_trained_reported,
                   m.sign * t.people_trained_confirmed, m.sign * t.beneficiaries_reported,
                   m.sign * t.beneficiaries_confirmed, m.sign * t.people_employed_reported,
                   m.sign * t.people_employed_confirmed, m.sign * t.produce_sold_reported,
                   m.sign * t.produce_sold_confirmed, m.sign * t.donations_reported, m.sign * t.donations_confirmed,
                   m.sign * t.patients_seen_reported, m.sign * t.patients_seen_confirmed)::activity_tally
        FROM activity_tally t CROSS JOIN moved_to m WHERE t.unit_id = NEW.id));
    PERFORM activity_type_tally_merge(ARRAY(
        SELECT ROW(m.unit_id, t.month, t.type_id, m.sign * t.reported, m.sign * t.confirmed)::activity_type_tally
        FROM activity_type_tally t CROSS JOIN moved_to m WHERE t.unit_id = NEW.id));
    RETURN NULL;
END $$;

CREATE TRIGGER activity_tally_unit_move AFTER UPDATE OF parent_id ON unit
    FOR EACH ROW WHEN (OLD.parent_id IS DISTINCT FROM NEW.parent_id) EXECUTE FUNCTION activity_tally_unit_moved();

-- Counts everything again from the activities: the first fill below, and after a bulk load made with the triggers
-- off (bench/province.sql). A month at a time, so a province's million activities are never one array in memory.
CREATE FUNCTION activity_tally_rebuild() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    m date;
BEGIN
    DELETE FROM activity_tally;
    DELETE FROM activity_type_tally;
    FOR m IN SELECT DISTINCT date_trunc('month', occurred_on)::date FROM activity ORDER BY 1 LOOP
        PERFORM activity_tally_apply(ARRAY(SELECT activity_tally_delta_of(1, a) FROM activity a
                                           WHERE a.occurred_on >= m AND a.occurred_on < m + 31
                                             AND date_trunc('month', a.occurred_on) = m));
    END LOOP;
END $$;

SELECT activity_tally_rebuild();
