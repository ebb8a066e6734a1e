package cn.helituan.app.dashboard;

import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A team of its own whose figures are worked out by hand (in 2025; one activity of 2024 outside the period):
 * <pre>
 * team ─ sub-team A ─ group A1 (leader 甲 + 1 member)   paired with village V1 and enterprise E1 (chain C)
 *      │            └ group A2 (1 member)               paired with village V1
 *      └ sub-team B ─ group B1 (1 member)               paired with village V2; school S1 ended 2025-06-30
 * (every term from 2025-01-01 until 300 days after today)
 *
 * a1 A1 2025-03-10 PROJECT         CONFIRMED  funds 1,000,000  projects 2
 * a2 A1 2025-03-20 SKILLS_TRAINING REPORTED   trainings 3, people trained 120
 * a3 A2 2025-07-01 SKILLS_TRAINING DISPUTED   trainings 1, people trained 30
 * a4 B1 2025-11-30 CONSUMPTION     CONFIRMED  produce sold 50,000.50, beneficiaries 200
 * a5 B1 2025-05-05 FUNDING         WITHDRAWN  funds 9,999,999
 * a6 A1 2024-12-31 FUNDING         CONFIRMED  funds 777
 * </pre>
 * Demands: two of V1 raised in 2025 (one resolved), one of V2 in 2024.
 * The team in 2025: 4 activities reported, 2 confirmed, 1 disputed; funds 1,000,000 reported and confirmed;
 * trainings 4 reported, 0 confirmed; people trained 150 / 0; produce sold 50,000.50 / 50,000.50; 4 members,
 * 2 sub-teams, 3 groups, 2 villages and 1 enterprise paired, 1 chain, 4 active relationships. Sub-team A: 3
 * reported, 1 confirmed, 3 members, 2 groups, 1 village, 1 enterprise, 3 relationships.
 */
public final class DashboardFixture {

    public final long team;
    public final long subA;
    public final long subB;
    public final long groupA1;
    public final long groupA2;
    public final long groupB1;
    public final long a2;
    public final long a3;
    public final long a4;
    public final String leaderName;

    public DashboardFixture(UnitService units, MemberService members, JdbcTemplate jdbc, TransactionTemplate tx) {
        Scope system = Scope.system();
        long[] ids = tx.execute(status -> {
            long t = units.create(system, null, UnitKind.TEAM, details("看板团")).getId();
            long a = units.create(system, t, UnitKind.SUB_TEAM, details("甲分团")).getId();
            long b = units.create(system, t, UnitKind.SUB_TEAM, details("乙分团")).getId();
            long a1 = units.create(system, a, UnitKind.GROUP, details("甲一组")).getId();
            long a2 = units.create(system, a, UnitKind.GROUP, details("甲二组")).getId();
            long b1 = units.create(system, b, UnitKind.GROUP, details("乙一组")).getId();
            return new long[] {t, a, b, a1, a2, b1};
        });
        team = ids[0];
        subA = ids[1];
        subB = ids[2];
        groupA1 = ids[3];
        groupA2 = ids[4];
        groupB1 = ids[5];
        leaderName = Pages.unique("组长甲");
        tx.executeWithoutResult(status -> {
            member(members, jdbc, leaderName, groupA1, Position.GROUP_LEADER);
            member(members, jdbc, Pages.unique("组员"), groupA1, Position.MEMBER);
            member(members, jdbc, Pages.unique("组员"), groupA2, Position.MEMBER);
            member(members, jdbc, Pages.unique("组员"), groupB1, Position.MEMBER);
        });
        long chain = jdbc.queryForObject("insert into industrial_chain (name, created_at) values (?, now()) returning id",
                Long.class, Pages.unique("看板产业链"));
        long v1 = object(jdbc, "VILLAGE", null);
        long v2 = object(jdbc, "VILLAGE", null);
        long e1 = object(jdbc, "ENTERPRISE", chain);
        long s1 = object(jdbc, "SCHOOL", null);
        pair(jdbc, groupA1, v1, "ACTIVE");
        pair(jdbc, groupA1, e1, "ACTIVE");
        pair(jdbc, groupA2, v1, "ACTIVE");
        pair(jdbc, groupB1, v2, "ACTIVE");
        pair(jdbc, groupB1, s1, "ENDED");
        // two demands of V1 raised in 2025 (one resolved), one of V2 in 2024
        jdbc.update("""
                insert into demand (object_id, category_id, title, urgency, status, created_at, created_by)
                select o, (select min(id) from demand_category), '看板需求', 'NORMAL', st, at, 'test'
                from (values (?, 'RAISED', timestamptz '2025-04-01 10:00+08'),
                             (?, 'RESOLVED', timestamptz '2025-06-01 10:00+08'),
                             (?, 'RAISED', timestamptz '2024-06-01 10:00+08')) d (o, st, at)""", v1, v1, v2);
        activity(jdbc, groupA1, "PROJECT", "2025-03-10", "CONFIRMED", "funds_secured", "1000000", "projects_introduced", "2");
        a2 = activity(jdbc, groupA1, "SKILLS_TRAINING", "2025-03-20", "REPORTED", "trainings_held", "3",
                "people_trained", "120");
        a3 = activity(jdbc, groupA2, "SKILLS_TRAINING", "2025-07-01", "DISPUTED", "trainings_held", "1",
                "people_trained", "30");
        a4 = activity(jdbc, groupB1, "CONSUMPTION", "2025-11-30", "CONFIRMED", "produce_sold", "50000.50",
                "beneficiaries", "200");
        activity(jdbc, groupB1, "FUNDING", "2025-05-05", "WITHDRAWN", "funds_secured", "9999999");
        activity(jdbc, groupA1, "FUNDING", "2024-12-31", "CONFIRMED", "funds_secured", "777");
    }

    private static UnitDetails details(String name) {
        return new UnitDetails(Pages.unique(name), null, UnitField.GENERAL, null);
    }

    private static void member(MemberService members, JdbcTemplate jdbc, String name, long unit, Position position) {
        members.create(Scope.system(), new MemberDetails(name, Gender.FEMALE,
                jdbc.queryForObject("select min(id) from work_unit", Long.class), "干部", null, null, Pages.mobile(),
                false, MemberType.CADRE, null), unit, position, LocalDate.of(2025, 1, 1));
    }

    static long object(JdbcTemplate jdbc, String kind, Long chain) {
        return jdbc.queryForObject("""
                insert into assisted_object (kind, name, code, chain_id, created_at, created_by)
                values (?, ?, ?, ?, now(), 'test') returning id""", Long.class, kind, Pages.unique("看板对象"),
                Pages.unique("DB"), chain);
    }

    /** A term as a row, with its own dates (an open one past its end date is how a county's old pairings look). */
    static long pair(JdbcTemplate jdbc, long group, long object, String startsOn, String endsOn) {
        return jdbc.queryForObject("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status,
                                                     created_at, created_by)
                values (?, ?, cast(? as date), cast(? as date), 'RURAL_REVITALIZATION', 'ACTIVE', now(), 'test')
                returning id""", Long.class, group, object, startsOn, endsOn);
    }

    private static void pair(JdbcTemplate jdbc, long group, long object, String status) {
        jdbc.update("""
                insert into assistance_relationship (group_id, object_id, starts_on, ends_on, focus, status, ended_on,
                                                     created_at, created_by)
                values (?, ?, date '2025-01-01', current_date + 300, 'RURAL_REVITALIZATION', ?,
                        case when ? = 'ENDED' then date '2025-06-30' end, now(), 'test')""",
                group, object, status, status);
    }

    /** An activity as a row (the tallies are the database's: they count whatever writes it). */
    public static long activity(JdbcTemplate jdbc, long group, String type, String day, String status, String... figures) {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        Object[] args = new Object[4 + figures.length / 2];
        args[0] = group;
        args[1] = type;
        args[2] = java.sql.Date.valueOf(day);
        args[3] = status;
        for (int i = 0; i < figures.length; i += 2) {
            columns.append(", ").append(figures[i]);
            values.append(", ?");
            args[4 + i / 2] = new BigDecimal(figures[i + 1]);
        }
        return jdbc.queryForObject("insert into activity (group_id, type_id, occurred_on, title, status, created_at"
                + columns + ") values (?, (select id from activity_type where code = ?), ?, '看板活动', ?, now()"
                + values + ") returning id", Long.class, args);
    }
}
