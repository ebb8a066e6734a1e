package cn.helituan.app.evaluation;

import cn.helituan.app.dashboard.DashboardFixture;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.RoundForm;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link DashboardFixture}'s team with plans for 2025 and two reviewers, worked out by hand:
 * <pre>
 * A1 plan: routine task done (marked), routine task due 2025-06-30 not done (overdue),
 *          key task "funds 500,000" reached by a1's 1,000,000 (done)
 * A2 no plan
 * B1 plan: key task due 2025-09-30 not done (overdue)
 *
 *     tasks  key   confirmed  funds      projects  beneficiaries  demands  overdue  disputed
 * A1  2/3    1/1   1/2        1,000,000  2         0              1/2      1        0
 * A2  0/0    —     0/1        0          0         0              1/2      0        1
 * B1  0/1    0/1   1/1        0          0         200            —        1        0
 * </pre>
 * With the default weights (tasks 16, key 12, confirmed 8, funds 8, projects 4, trainings 4, people trained 4,
 * beneficiaries 4, jobs 4, demands 8, overdue 4, disputed 4; attendance, doubtful check-ins, findings and
 * rectification do not apply: no stationed cadre, no inspection — the four fifths the first twelve kept leave their
 * proportions, so the scores are those of the former 20/15/10/5 weights): A1 = 100 × (16×⅔ + 12 + 4 + 8 + 4 + 4
 * (demands ½) + 4 (disputed 1 − 0)) ÷ 80 = 58.33; A2 (key tasks do not apply either: Σw 68) = 100 × (8×½ + 4×1) ÷ 68
 * = 11.76; B1 (demands do not apply: Σw 72) = 100 × (8 + 4 + 4) ÷ 72 = 22.22. Members: A1 two, A2 one, B1 one. The tests run on
 * {@link #TODAY} (the application's clock), the round's deadline {@link #DEADLINE}.
 */
final class EvaluationFixture {

    /** The day the evaluation tests run on: the year evaluated is over, the deadline ahead. */
    static final java.time.Instant TODAY = java.time.Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate DEADLINE = LocalDate.of(2026, 12, 31);

    final DashboardFixture team;
    final Scope admin;
    final Scope reviewer1;
    final Scope reviewer2;
    final Scope leaderA1;
    final Scope leaderB1;
    final Scope memberB1;
    final Scope secretaryV1;
    final Scope secretaryV2;
    final long v1;
    final long v2;
    final JdbcTemplate jdbc;

    EvaluationFixture(UnitService units, MemberService members, JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        team = new DashboardFixture(units, members, jdbc, tx);
        admin = scope(Role.ORG_ADMIN, team.team, null);
        reviewer1 = scope(Role.REVIEWER, team.team, null);
        reviewer2 = scope(Role.REVIEWER, team.team, null);
        leaderA1 = scope(Role.GROUP_LEADER, team.groupA1, null);
        leaderB1 = scope(Role.GROUP_LEADER, team.groupB1, null);
        memberB1 = scope(Role.MEMBER, team.groupB1, null);
        v1 = jdbc.queryForObject("select object_id from assistance_relationship where group_id = ?", Long.class,
                team.groupA2);
        v2 = jdbc.queryForObject("""
                select r.object_id from assistance_relationship r join assisted_object o on o.id = r.object_id
                where r.group_id = ? and o.kind = 'VILLAGE'""", Long.class, team.groupB1);
        secretaryV1 = scope(Role.FIRST_SECRETARY, null, v1);
        secretaryV2 = scope(Role.FIRST_SECRETARY, null, v2);

        // the terms as of 2025, whatever day the test runs (the dashboard's fixture dates them from today)
        jdbc.update("""
                update assistance_relationship set starts_on = date '2025-01-01', ends_on = date '2026-12-31',
                       ended_on = case when status = 'ENDED' then date '2026-06-30' end
                where group_id in (?, ?, ?)""", team.groupA1, team.groupA2, team.groupB1);
        long planA1 = plan(team.groupA1);
        task(planA1, "ROUTINE", "2025-05-31", "2025-05-20", null, null);
        task(planA1, "ROUTINE", "2025-06-30", null, null, null);
        long key = task(planA1, "KEY", "2025-12-31", null, "FUNDS_SECURED", "500000");
        jdbc.update("update activity set task_id = ? where group_id = ? and occurred_on = date '2025-03-10'", key,
                team.groupA1);
        long planB1 = plan(team.groupB1);
        task(planB1, "KEY", "2025-09-30", null, null, null);
    }

    /** A round of 2025 over the team, open until the end of next year, reviewed by both reviewers. */
    RoundForm form(int topQuota) {
        return new RoundForm(Pages.unique("考核"), 2025, team.team, DEADLINE, Grade.DEFAULT,
                topQuota, Indicator.defaultWeights(), Set.of(reviewer1.accountId(), reviewer2.accountId()));
    }

    EvaluationRound open(RoundAdministration rounds, int topQuota) {
        return rounds.open(admin, form(topQuota));
    }

    private Scope scope(Role role, Long unit, Long object) {
        String username = Pages.unique("eval");
        long id = jdbc.queryForObject("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, scope_object_id,
                                     must_change_password, created_at)
                values (?, 'x', ?, ?, ?, ?, false, now()) returning id""", Long.class, username, username,
                role.name(), unit, object);
        String path = unit == null ? null : jdbc.queryForObject("select path from unit where id = ?", String.class, unit);
        return new Scope(id, username, role, unit, path, object, null);
    }

    private long plan(long group) {
        return jdbc.queryForObject("""
                insert into annual_plan (group_id, year, status, created_at, created_by)
                values (?, 2025, 'APPROVED', now(), 'test') returning id""", Long.class, group);
    }

    private long task(long plan, String kind, String due, String done, String figure, String target) {
        return jdbc.queryForObject("""
                insert into plan_task (plan_id, kind, title, target_figure, target_value, due_on, done_on, created_at,
                                       created_by)
                values (?, ?, '考核任务', ?, cast(? as numeric), cast(? as date), cast(? as date), now(), 'test')
                returning id""", Long.class, plan, kind, figure, target, due, done);
    }
}
