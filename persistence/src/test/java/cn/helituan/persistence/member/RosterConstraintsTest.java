package cn.helituan.persistence.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.MemberUnit;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.persistence.PersistenceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** What the database itself refuses, should two users slip past the services' checks at the same moment. */
class RosterConstraintsTest extends PersistenceTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 3, 1);

    @Autowired
    private Members members;

    /** The same stores, to flush at once: pooled ids (V38) insert at the flush, where a duplicate is refused. */
    @Autowired
    private JpaMembers jpaMembers;

    @Autowired
    private JpaMemberships jpaMemberships;

    @Autowired
    private Memberships memberships;

    private WorkUnit hospital;
    private Unit county;
    private Unit group;
    private Member wang;

    @BeforeEach
    void roster() {
        hospital = workUnit("县医院", WorkUnitKind.HOSPITAL);
        county = unit(null, UnitKind.TEAM, "岚皋县合力团");
        group = unit(county, UnitKind.GROUP, "健康服务队");
        wang = member(details("王芳", "13900000001", "内科", "主治医师", true, MemberType.DOCTOR), hospital);
    }

    @Test
    void twoMembersCannotShareAMobile() {
        Member twin = new Member(details("王芳芳", "13900000001", null, null, false, MemberType.DOCTOR), hospital);

        assertThatThrownBy(() -> jpaMembers.saveAndFlush(twin))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("member_mobile_uq");
    }

    @Test
    void theServicesFindTheMobileTaken() {
        assertThat(members.existsByMobile("13900000001")).isTrue();
        assertThat(members.existsByMobile("13900000009")).isFalse();
        assertThat(members.findByMobile("13900000001")).hasValueSatisfying(m -> assertThat(m.getName())
                .isEqualTo("王芳"));
    }

    @Test
    void aMemberHasOneOpenMembershipPerUnitButMayRejoinAfterLeaving() {
        Membership first = membership(wang, group, JOINED);
        first.leave(JOINED.plusMonths(3));
        em.flush();

        Membership again = memberships.save(new Membership(wang, group, Position.GROUP_LEADER, JOINED.plusMonths(4)));
        em.flush();
        assertThat(memberships.existsOpen(wang.getId(), group.getId())).isTrue();
        assertThat(memberships.ofMember(wang.getId())).extracting(Membership::getId)
                .containsExactly(again.getId(), first.getId());
        assertThat(memberships.memberInPath(wang.getId(), county.getPath())).isTrue();

        Membership duplicate = new Membership(wang, group, Position.MEMBER, JOINED.plusMonths(5));
        assertThatThrownBy(() -> jpaMemberships.saveAndFlush(duplicate))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("membership_open_uq");
    }

    @Test
    void theSameMemberMayBeOpenInTwoUnits() {
        Unit other = unit(county, UnitKind.GROUP, "电商销售服务队");
        membership(wang, group, JOINED);
        membership(wang, other, JOINED);

        assertThat(memberships.activeUnitsOf(List.of(wang.getId()), "")).extracting(MemberUnit::unitName)
                .containsExactlyInAnyOrder("健康服务队", "电商销售服务队");
        assertThat(memberships.memberInPath(wang.getId(), "/0/")).isFalse();
    }
}
