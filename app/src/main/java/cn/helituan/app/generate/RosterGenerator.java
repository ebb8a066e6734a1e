package cn.helituan.app.generate;

import cn.helituan.app.generate.RosterPlan.PlannedMember;
import cn.helituan.app.generate.RosterPlan.PlannedMembership;
import cn.helituan.app.generate.RosterPlan.PlannedUnit;
import cn.helituan.app.generate.RosterPlan.PlannedWorkUnit;
import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.Role;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a {@link RosterPlan} straight into the tables with JDBC batches (30,000 members in seconds, where the
 * services would take minutes), filling every column the entities map: version 0, created_at now, created_by
 * {@value #BY}, unit paths and depths, one "CREATED" history row per record. Everything happens in one transaction.
 * It writes only into a database without generated data: a second run logs that and does nothing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RosterGenerator {

    static final String BY = "generator";
    static final String PASSWORD = "demo1234";
    private static final Logger log = LoggerFactory.getLogger(RosterGenerator.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final ChoiceCache choices;

    /** The accounts the generator adds, one per role, all with password {@value #PASSWORD}. */
    record GeneratedAccount(String username, Role role) {
    }

    static final List<GeneratedAccount> ACCOUNTS = List.of(
            new GeneratedAccount("prov-admin", Role.ORG_ADMIN),
            new GeneratedAccount("prov-city", Role.SUB_TEAM_LEADER),
            new GeneratedAccount("prov-subteam", Role.SUB_TEAM_LEADER),
            new GeneratedAccount("prov-leader", Role.GROUP_LEADER),
            new GeneratedAccount("prov-member", Role.MEMBER),
            new GeneratedAccount("prov-secretary", Role.FIRST_SECRETARY),
            new GeneratedAccount("prov-reviewer", Role.REVIEWER));

    /** Generates the roster unless generated data is already there; returns whether it wrote anything. */
    boolean generate(int memberCount, long seed) {
        long started = System.nanoTime();
        RosterPlan plan = RosterPlan.of(memberCount, seed);
        Boolean written = tx.execute(status -> {
            if (alreadyGenerated()) {
                return false;
            }
            write(plan);
            // units and work units written past their services: the cached filter choices must go
            choices.invalidateAfterCommit();
            return true;
        });
        if (!Boolean.TRUE.equals(written)) {
            log.warn("Generated roster already present (created_by '{}' or a prov-* account): nothing generated", BY);
            return false;
        }
        log.info("Generated roster (seed {}): 1 team, {} city and {} county sub-teams, {} groups, {} work units, "
                        + "{} members, {} memberships, accounts {} (password {}) in {} ms",
                seed, plan.cityCount(), plan.countyCount(), plan.groupCount(), plan.workUnits().size(),
                plan.members().size(), plan.memberships().size(),
                ACCOUNTS.stream().map(GeneratedAccount::username).toList(), PASSWORD,
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /**
     * Fresh statistics for the planner and a visibility map for index-only scans right away, rather than whenever
     * autovacuum comes by. VACUUM cannot run inside a transaction: call it after {@link #generate}, outside one.
     * The load's commit must be on disk first: after an asynchronous commit VACUUM cannot set the rows' hint bits,
     * leaves them out of the visibility map, and an "index-only" walk to page 700 then reads 14,000 heap rows (10 ms
     * instead of 2, docs/performance.md); the embedded PostgreSQL commits synchronously for that (and for safety).
     */
    void vacuum() {
        jdbc.execute("vacuum (freeze, analyze) unit, work_unit, member, membership, account, record_history");
    }

    private boolean alreadyGenerated() {
        // lock the team table so that two instances started together cannot both generate
        jdbc.execute("lock table unit in share row exclusive mode");
        Long units = jdbc.queryForObject("select count(*) from unit where created_by = ?", Long.class, BY);
        Long accounts = jdbc.queryForObject("select count(*) from account where lower(username) like 'prov-%'",
                Long.class);
        return units > 0 || accounts > 0;
    }

    private void write(RosterPlan plan) {
        Timestamp now = Timestamp.from(clock.instant());
        long[] workUnitIds = writeWorkUnits(plan.workUnits(), now);
        long[] unitIds = writeUnits(plan.units(), now);
        long[] memberIds = writeMembers(plan.members(), workUnitIds, now);
        writeMemberships(plan.memberships(), memberIds, unitIds, now);
        long villageId = jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, archived, version, created_at, created_by)
                values ('VILLAGE', ?, ?, false, 0, ?, ?) returning id""", Long.class,
                plan.units().get(plan.firstCounty()).name().replace("服务团", "") + "示范村", "GEN-V0001", now, BY);
        writeAccounts(plan, unitIds, memberIds, villageId, now);
        for (String[] table : new String[][] {{"unit", "Unit"}, {"work_unit", "WorkUnit"}, {"member", "Member"},
            {"membership", "Membership"}, {"assisted_object", "AssistedObject"}, {"account", "Account"}}) {
            jdbc.update("insert into record_history (entity_type, entity_id, action, changed_at, changed_by) "
                    + "select ?, id, 'CREATED', created_at, created_by from " + table[0] + " where created_by = ?",
                    table[1], BY);
        }
    }

    /** Work units are matched by name: one that already exists is used rather than added again. */
    private long[] writeWorkUnits(List<PlannedWorkUnit> planned, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (PlannedWorkUnit w : planned) {
            rows.add(new Object[] {w.name(), w.kind().name(), now, BY});
        }
        jdbc.batchUpdate("""
                insert into work_unit (name, kind, archived, version, created_at, created_by)
                values (?, ?, false, 0, ?, ?) on conflict (name) do nothing""", rows);
        long[] ids = new long[planned.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = jdbc.queryForObject("select id from work_unit where name = ?", Long.class,
                    planned.get(i).name());
        }
        return ids;
    }

    private long[] writeUnits(List<PlannedUnit> planned, Timestamp now) {
        long[] ids = nextIds("unit", planned.size());
        String[] paths = new String[planned.size()];
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedUnit u = planned.get(i);
            // parents come before their children in the plan
            paths[i] = (u.parent() < 0 ? "/" : paths[u.parent()]) + ids[i] + "/";
            int depth = (int) paths[i].chars().filter(c -> c == '/').count() - 2;
            rows.add(new Object[] {ids[i], u.parent() < 0 ? null : ids[u.parent()], u.kind().name(), u.name(),
                u.localName(), u.field().name(), paths[i], depth, now, BY});
        }
        batch("""
                insert into unit (id, parent_id, kind, name, local_name, field, path, depth, archived, version,
                                  created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", rows);
        return ids;
    }

    private long[] writeMembers(List<PlannedMember> planned, long[] workUnitIds, Timestamp now) {
        long[] ids = nextIds("member", planned.size());
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            PlannedMember m = planned.get(i);
            rows.add(new Object[] {ids[i], m.name(), m.gender().name(), workUnitIds[m.workUnit()], m.post(), m.rank(),
                m.specialty(), m.mobile(), m.partyMember(), m.type().name(), now, BY});
        }
        batch("""
                insert into member (id, name, gender, work_unit_id, post, rank, specialty, mobile, party_member, type,
                                    archived, version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, 0, ?, ?)""", rows);
        return ids;
    }

    private void writeMemberships(List<PlannedMembership> planned, long[] memberIds, long[] unitIds, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (PlannedMembership s : planned) {
            rows.add(new Object[] {memberIds[s.member()], unitIds[s.unit()], s.position().name(),
                Date.valueOf(s.joinedOn()), s.leftOn() == null ? null : Date.valueOf(s.leftOn()), now, BY});
        }
        batch("""
                insert into membership (member_id, unit_id, position, joined_on, left_on, version, created_at,
                                        created_by)
                values (?, ?, ?, ?, ?, 0, ?, ?)""", rows);
    }

    private void writeAccounts(RosterPlan plan, long[] unitIds, long[] memberIds, long villageId, Timestamp now) {
        List<Object[]> rows = new ArrayList<>();
        for (GeneratedAccount account : ACCOUNTS) {
            Long unit = null;
            Long object = null;
            Long member = null;
            String display;
            switch (account.username()) {
                case "prov-admin" -> display = "省委组织部管理员";
                case "prov-city" -> {
                    unit = unitIds[plan.firstCity()];
                    member = memberIds[plan.leaderOf(plan.firstCity())];
                    display = plan.members().get(plan.leaderOf(plan.firstCity())).name();
                }
                case "prov-subteam" -> {
                    unit = unitIds[plan.firstCounty()];
                    member = memberIds[plan.leaderOf(plan.firstCounty())];
                    display = plan.members().get(plan.leaderOf(plan.firstCounty())).name();
                }
                case "prov-leader" -> {
                    unit = unitIds[plan.firstGroup()];
                    member = memberIds[plan.leaderOf(plan.firstGroup())];
                    display = plan.members().get(plan.leaderOf(plan.firstGroup())).name();
                }
                case "prov-member" -> {
                    unit = unitIds[plan.firstGroup()];
                    member = memberIds[plan.plainMemberOfFirstGroup()];
                    display = plan.members().get(plan.plainMemberOfFirstGroup()).name();
                }
                case "prov-secretary" -> {
                    object = villageId;
                    display = "示范村第一书记";
                }
                case "prov-reviewer" -> {
                    unit = unitIds[0];
                    display = "考核评审员";
                }
                default -> throw new IllegalStateException(account.username());
            }
            rows.add(new Object[] {account.username(), passwordEncoder.encode(PASSWORD), display,
                account.role().name(), unit, object, member, now, now, BY});
        }
        batch("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, scope_object_id,
                                     member_id, must_change_password, failed_attempts, enabled, password_changed_at,
                                     version, created_at, created_by)
                values (?, ?, ?, ?, ?, ?, ?, false, 0, true, ?, 0, ?, ?)""", rows);
    }

    /** Takes {@code count} ids from the table's own sequence, so that later inserts by the app carry on after them. */
    private long[] nextIds(String table, int count) {
        return jdbc.queryForList("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)",
                Long.class, table, count).stream().mapToLong(Long::longValue).toArray();
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
    }
}
