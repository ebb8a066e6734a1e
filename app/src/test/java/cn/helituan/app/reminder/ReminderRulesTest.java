package cn.helituan.app.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.dashboard.DashboardFixture;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.reminder.Reminder;
import cn.helituan.domain.reminder.ReminderJob;
import cn.helituan.domain.reminder.ReminderKind;
import cn.helituan.domain.team.UnitService;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each rule fires on its days and not on the others, and not for those who have done the thing: the reminders every
 * rule finds due on a day ({@link ReminderJob#due}), read for the fixture's own accounts. Each test builds its own
 * team, so the days and records are its own whatever ran before.
 */
class ReminderRulesTest extends FullStackTest {

    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ReminderJob job;

    ReminderFixture f;

    @BeforeEach
    void team() {
        f = new ReminderFixture(units, members, jdbc, tx);
    }

    /** The fixture's accounts reminded of the kind on the day. */
    private List<Reminder> due(String day, ReminderKind kind) {
        Set<Long> ours = Set.of(f.leaderA1, f.leaderA2, f.leaderB1, f.subteamA, f.secretaryV1, f.reviewer);
        return job.due(LocalDate.parse(day)).stream()
                .filter(r -> ours.contains(r.accountId()) && r.kind() == kind).toList();
    }

    private static List<Long> to(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::accountId).sorted().toList();
    }

    @Test
    void thePlanDeadlineRemindsTheLeadersOfGroupsWithoutAPlanHandedInSevenDaysAndOneDayBefore() {
        // 2031 keeps the usual deadline, 31 March: A1 has no plan, A2 handed its plan in, B1's was given back
        jdbc.update("insert into annual_plan (group_id, year, status, created_at) values (?, 2031, 'SUBMITTED', now())",
                f.team.groupA2);
        jdbc.update("insert into annual_plan (group_id, year, status, created_at) values (?, 2031, 'RETURNED', now())",
                f.team.groupB1);

        List<Reminder> week = due("2031-03-24", ReminderKind.PLAN_DEADLINE);
        assertThat(to(week)).containsExactly(f.leaderA1, f.leaderB1);
        Reminder a1 = week.stream().filter(r -> r.accountId() == f.leaderA1).findFirst().orElseThrow();
        assertThat(a1.subject()).isEqualTo("plan-deadline:2031:group:" + f.team.groupA1);
        assertThat(a1.args()).containsExactly(name(f.team.groupA1), "2031", "2031-03-31", "7");
        assertThat(a1.link()).isEqualTo("/plans/group/" + f.team.groupA1 + "?year=2031");
        assertThat(to(due("2031-03-30", ReminderKind.PLAN_DEADLINE))).containsExactly(f.leaderA1, f.leaderB1);

        for (String other : List.of("2031-03-23", "2031-03-25", "2031-03-29", "2031-03-31", "2031-04-01")) {
            assertThat(due(other, ReminderKind.PLAN_DEADLINE)).as(other).isEmpty();
        }
        // handed in: no longer reminded
        jdbc.update("update annual_plan set status = 'SUBMITTED' where group_id = ? and year = 2031", f.team.groupB1);
        assertThat(to(due("2031-03-30", ReminderKind.PLAN_DEADLINE))).containsExactly(f.leaderA1);
    }

    @Test
    void anOpenRoundsDeadlineRemindsOfSelfAssessmentsRatingsAndScoresNotDone() {
        // a round of 2026 over the team (its terms run through 2026), deadline 2031-01-31; A1 self-assessed, V1
        // rated A1 (not A2, also paired with it), the reviewer scored A1 and A2 (not B1)
        long round = jdbc.queryForObject("""
                insert into evaluation_round (year, scope_unit_id, name, deadline, grades, top_quota, weights, status,
                                              created_at)
                select 2026, ?, ?, date '2031-01-31', grades, top_quota, weights, 'OPEN', now()
                from evaluation_round order by id limit 1 returning id""", Long.class, f.team.team,
                "提醒考核" + f.team.team);
        long a1 = entry(round, f.team.groupA1);
        long a2 = entry(round, f.team.groupA2);
        entry(round, f.team.groupB1);
        jdbc.update("update evaluation_entry set self_assessed_at = now() where id = ?", a1);
        jdbc.update("insert into evaluation_reviewer (round_id, account_id, created_at) values (?, ?, now())", round,
                f.reviewer);
        jdbc.update("""
                insert into evaluation_rating (round_id, entry_id, object_id, rating, created_at)
                values (?, ?, ?, 5, now())""", round, a1, f.v1);
        for (long entry : List.of(a1, a2)) {
            jdbc.update("""
                    insert into evaluation_score (round_id, entry_id, reviewer_id, score, created_at)
                    values (?, ?, ?, 80, now())""", round, entry, f.reviewer);
        }

        for (String day : List.of("2031-01-24", "2031-01-30")) {
            assertThat(to(due(day, ReminderKind.EVALUATION_SELF))).as(day).containsExactly(f.leaderA2, f.leaderB1);
            List<Reminder> rating = due(day, ReminderKind.EVALUATION_RATING);
            assertThat(to(rating)).as(day).containsExactly(f.secretaryV1);
            assertThat(rating.get(0).args().get(2)).as("groups V1 has still to rate").isEqualTo("1");
            List<Reminder> score = due(day, ReminderKind.EVALUATION_SCORE);
            assertThat(to(score)).as(day).containsExactly(f.reviewer);
            assertThat(score.get(0).args().get(1)).as("groups still to score").isEqualTo("1");
            assertThat(score.get(0).link()).isEqualTo("/evaluations/" + round);
        }
        for (String other : List.of("2031-01-23", "2031-01-25", "2031-01-31")) {
            assertThat(due(other, ReminderKind.EVALUATION_SELF)).as(other).isEmpty();
            assertThat(due(other, ReminderKind.EVALUATION_RATING)).as(other).isEmpty();
            assertThat(due(other, ReminderKind.EVALUATION_SCORE)).as(other).isEmpty();
        }
        // everything done: nobody is reminded
        jdbc.update("update evaluation_entry set self_assessed_at = now() where round_id = ?", round);
        jdbc.update("""
                insert into evaluation_rating (round_id, entry_id, object_id, rating, created_at)
                values (?, ?, ?, 4, now())""", round, a2, f.v1);
        jdbc.update("""
                insert into evaluation_score (round_id, entry_id, reviewer_id, score, created_at)
                select ?, id, ?, 70, now() from evaluation_entry where round_id = ? and group_id = ?""", round,
                f.reviewer, round, f.team.groupB1);
        assertThat(due("2031-01-30", ReminderKind.EVALUATION_SELF)).isEmpty();
        assertThat(due("2031-01-30", ReminderKind.EVALUATION_RATING)).isEmpty();
        assertThat(due("2031-01-30", ReminderKind.EVALUATION_SCORE)).isEmpty();
    }

    @Test
    void aTermEndingRemindsTheGroupsLeaderThirtyAndSevenDaysBeforeUnlessItWasEnded() {
        long b1v2 = jdbc.queryForObject("select id from assistance_relationship where group_id = ? and object_id = ?",
                Long.class, f.team.groupB1, f.v2);
        jdbc.update("update assistance_relationship set ends_on = date '2031-05-31' where id = ?", b1v2);
        // A1's term with V1 ends the same day but was ended early: not reminded
        jdbc.update("""
                update assistance_relationship set ends_on = date '2031-05-31', status = 'ENDED',
                       ended_on = date '2026-06-30' where group_id = ? and object_id = ?""", f.team.groupA1, f.v1);

        List<Reminder> month = due("2031-05-01", ReminderKind.TERM_ENDING);
        assertThat(to(month)).containsExactly(f.leaderB1);
        assertThat(month.get(0).args()).containsExactly(name(f.team.groupB1),
                jdbc.queryForObject("select name from assisted_object where id = ?", String.class, f.v2),
                "2031-05-31", "30");
        assertThat(month.get(0).link()).isEqualTo("/relationships/" + b1v2);
        assertThat(to(due("2031-05-24", ReminderKind.TERM_ENDING))).containsExactly(f.leaderB1);
        for (String other : List.of("2031-04-30", "2031-05-02", "2031-05-23", "2031-05-31")) {
            assertThat(due(other, ReminderKind.TERM_ENDING)).as(other).isEmpty();
        }
    }

    @Test
    void aGroupSilentThirtyDaysRemindsItsLeaderAndItsSubTeamsLeaderThenEverySevenDays() {
        // A2's last activity is of 2025-07-01 (A1's of 2025-03-20: 133 days on 2025-07-31, not a reminder day)
        List<Reminder> day30 = due("2025-07-31", ReminderKind.GROUP_SILENT);
        assertThat(to(day30)).containsExactly(f.leaderA2, f.subteamA);
        assertThat(day30.get(0).args()).containsExactly(name(f.team.groupA2), "30");
        assertThat(day30.get(0).subject()).isEqualTo("group-silent:group:" + f.team.groupA2);
        assertThat(to(due("2025-08-07", ReminderKind.GROUP_SILENT))).containsExactly(f.leaderA2, f.subteamA);
        for (String other : List.of("2025-07-30", "2025-08-01", "2025-08-06")) {
            assertThat(due(other, ReminderKind.GROUP_SILENT)).as(other).isEmpty();
        }
        // a withdrawn activity is no activity; a reported one is
        DashboardFixture.activity(jdbc, f.team.groupA2, "OTHER", "2025-07-20", "WITHDRAWN");
        assertThat(to(due("2025-07-31", ReminderKind.GROUP_SILENT))).containsExactly(f.leaderA2, f.subteamA);
        DashboardFixture.activity(jdbc, f.team.groupA2, "OTHER", "2025-07-20", "REPORTED");
        assertThat(due("2025-07-31", ReminderKind.GROUP_SILENT)).isEmpty();
        assertThat(to(due("2025-08-19", ReminderKind.GROUP_SILENT))).as("30 days after the new one")
                .containsExactly(f.leaderA2, f.subteamA);
    }

    @Test
    void aVillagesActivitiesUnconfirmedSevenDaysRemindItsFirstSecretaryThenEverySevenDays() {
        // A1's training of 2025-03-20 covers V1, which has not answered; A2's of 2025-07-01 V1 disputed
        jdbc.update("insert into activity_object (activity_id, object_id, status, created_at) values (?, ?, 'REPORTED', now())",
                f.team.a2, f.v1);
        jdbc.update("insert into activity_object (activity_id, object_id, status, created_at) values (?, ?, 'DISPUTED', now())",
                f.team.a3, f.v1);

        List<Reminder> week = due("2025-03-27", ReminderKind.VILLAGE_UNCONFIRMED);
        assertThat(to(week)).containsExactly(f.secretaryV1);
        assertThat(week.get(0).args()).containsExactly(
                jdbc.queryForObject("select name from assisted_object where id = ?", String.class, f.v1), "1");
        assertThat(week.get(0).link()).isEqualTo("/activities?status=REPORTED");
        assertThat(to(due("2025-04-03", ReminderKind.VILLAGE_UNCONFIRMED))).containsExactly(f.secretaryV1);
        for (String other : List.of("2025-03-26", "2025-03-28", "2025-04-02")) {
            assertThat(due(other, ReminderKind.VILLAGE_UNCONFIRMED)).as(other).isEmpty();
        }
        // confirmed: no longer reminded
        jdbc.update("update activity_object set status = 'CONFIRMED' where activity_id = ? and object_id = ?",
                f.team.a2, f.v1);
        assertThat(due("2025-04-03", ReminderKind.VILLAGE_UNCONFIRMED)).isEmpty();
    }

    private long entry(long round, long group) {
        return jdbc.queryForObject("""
                insert into evaluation_entry (round_id, group_id, created_at) values (?, ?, now()) returning id""",
                Long.class, round, group);
    }

    private String name(long unit) {
        return jdbc.queryForObject("select name from unit where id = ?", String.class, unit);
    }
}
