package cn.helituan.domain.member;

import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 3, 1);

    private final Unit county = team(1, "岚皋县合力团");
    private final Unit town = unit(2, county, UnitKind.SUB_TEAM, "城关镇服务团");
    private final Unit group = unit(3, town, UnitKind.GROUP, "健康服务队");
    private final Member member = new Member(new MemberDetails("王医生", Gender.FEMALE, 1L, "主治医师", null, "内科",
            "13900000001", true, MemberType.DOCTOR, null), new WorkUnit("县医院", WorkUnitKind.HOSPITAL));

    @Test
    void aPositionFitsOnlyItsKindOfUnit() {
        assertThat(new Membership(member, group, Position.GROUP_LEADER, JOINED).getPosition())
                .isEqualTo(Position.GROUP_LEADER);
        assertThat(new Membership(member, town, Position.SUB_TEAM_LEADER, JOINED).isActive()).isTrue();

        assertViolation(() -> new Membership(member, town, Position.GROUP_LEADER, JOINED), "position",
                "membership.position.unfit");
        assertViolation(() -> new Membership(member, group, Position.TEAM_LEADER, JOINED), "position",
                "membership.position.unfit");
        assertViolation(() -> new Membership(member, county, Position.CAPTAIN, JOINED), "position",
                "membership.position.unfit");
    }

    @Test
    void aPlainMemberFitsEveryUnit() {
        for (Unit unit : new Unit[] {county, town, group}) {
            assertThat(new Membership(member, unit, Position.MEMBER, JOINED).getUnit()).isSameAs(unit);
        }
        assertThat(Position.fitting(UnitKind.GROUP)).containsExactly(Position.GROUP_LEADER,
                Position.DEPUTY_GROUP_LEADER, Position.CAPTAIN, Position.DEPUTY_CAPTAIN, Position.MEMBER);
    }

    @Test
    void noOneJoinsAnArchivedUnitOrWithoutADate() {
        assertViolation(() -> new Membership(member, group, Position.MEMBER, null), "joinedOn",
                "membership.joinedOn.required");
        group.archive();
        assertViolation(() -> new Membership(member, group, Position.MEMBER, JOINED), "unitId",
                "unit.parent.archived");
    }

    @Test
    void leavingEndsTheMembershipButKeepsIt() {
        Membership membership = new Membership(member, group, Position.MEMBER, JOINED);

        membership.leave(JOINED);

        assertThat(membership.isActive()).isFalse();
        assertThat(membership.getLeftOn()).isEqualTo(JOINED);
        assertThat(membership.getJoinedOn()).isEqualTo(JOINED);
    }

    @Test
    void noOneLeavesBeforeJoining() {
        Membership membership = new Membership(member, group, Position.MEMBER, JOINED);

        assertViolation(() -> membership.leave(JOINED.minusDays(1)), "leftOn", "membership.leftOn.beforeJoined");
        assertViolation(() -> membership.leave(null), "leftOn", "membership.leftOn.beforeJoined");
        assertThat(membership.isActive()).isTrue();
    }

    @Test
    void noOneLeavesTwice() {
        Membership membership = new Membership(member, group, Position.MEMBER, JOINED);
        membership.leave(JOINED.plusMonths(6));

        assertViolation(() -> membership.leave(JOINED.plusMonths(7)), null, "membership.alreadyLeft");
        assertThat(membership.getLeftOn()).isEqualTo(JOINED.plusMonths(6));
    }
}
