package cn.helituan.app.reminder;

import cn.helituan.app.dashboard.DashboardFixture;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.team.UnitService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link DashboardFixture}'s team (sub-team A: groups A1, A2; sub-team B: group B1; villages V1 paired with A1 and
 * A2, V2 with B1; A1's last activity 2025-03-20, A2's 2025-07-01, B1's 2025-11-30) with an account for each person
 * the rules remind: the three groups' leaders (A1's is the member 组长甲, with a mobile), sub-team A's leader, V1's
 * first secretary and a reviewer.
 */
final class ReminderFixture {

    final DashboardFixture team;
    final long v1;
    final long v2;
    final long leaderA1;
    final long leaderA2;
    final long leaderB1;
    final long subteamA;
    final long secretaryV1;
    final long reviewer;
    final String leaderA1Name;
    final String leaderA1Mobile;

    ReminderFixture(UnitService units, MemberService members, JdbcTemplate jdbc, TransactionTemplate tx) {
        team = new DashboardFixture(units, members, jdbc, tx);
        v1 = jdbc.queryForObject("select object_id from assistance_relationship where group_id = ?", Long.class,
                team.groupA2);
        v2 = jdbc.queryForObject("""
                select r.object_id from assistance_relationship r join assisted_object o on o.id = r.object_id
                where r.group_id = ? and o.kind = 'VILLAGE'""", Long.class, team.groupB1);
        long leaderMember = jdbc.queryForObject("select id from member where name = ?", Long.class, team.leaderName);
        leaderA1Name = team.leaderName;
        leaderA1Mobile = jdbc.queryForObject("select mobile from member where id = ?", String.class, leaderMember);
        leaderA1 = account(jdbc, "GROUP_LEADER", team.groupA1, null, leaderMember, leaderA1Name);
        leaderA2 = account(jdbc, "GROUP_LEADER", team.groupA2, null, null, Pages.unique("组长乙"));
        leaderB1 = account(jdbc, "GROUP_LEADER", team.groupB1, null, null, Pages.unique("组长丙"));
        subteamA = account(jdbc, "SUB_TEAM_LEADER", team.subA, null, null, Pages.unique("分团长"));
        secretaryV1 = account(jdbc, "FIRST_SECRETARY", null, v1, null, Pages.unique("第一书记"));
        reviewer = account(jdbc, "REVIEWER", team.team, null, null, Pages.unique("评审"));
    }

    private static long account(JdbcTemplate jdbc, String role, Long unit, Long object, Long member, String name) {
        return jdbc.queryForObject("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, scope_object_id,
                                     member_id, must_change_password, created_at)
                values (?, 'x', ?, ?, ?, ?, ?, false, now()) returning id""", Long.class, Pages.unique("remind"),
                name, role, unit, object, member);
    }
}
