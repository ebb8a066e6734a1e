package cn.helituan.domain.member;

import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Entities.withId;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.helituan.domain.common.StampedReads;
import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.domain.team.Units;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

class MemberServiceTest {

    private final Units units = mock(Units.class);
    private final Members members = mock(Members.class);
    private final Memberships memberships = mock(Memberships.class);
    private final WorkUnits workUnits = mock(WorkUnits.class);
    private final History history = mock(History.class);
    /** New Year's night in the deployment's zone: 01:30 on 1 January 2027 in Shanghai, still 2026 in UTC. */
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-31T17:30:00Z"), ZoneId.of("Asia/Shanghai"));
    private final LocalDate today = LocalDate.of(2027, 1, 1);
    private final MemberService service = new MemberService(members, memberships, workUnits,
            new UnitService(units, history, new ChoiceCache()), history, clock, new FieldCipher(""),
            StampedReads.none());

    private final Unit county = team(1, "岚皋县合力团");
    private final Unit town = unit(4, county, UnitKind.SUB_TEAM, "城关镇服务团");
    private final Unit otherTown = unit(5, county, UnitKind.SUB_TEAM, "佐龙镇服务团");
    private final Unit group = unit(9, town, UnitKind.GROUP, "健康服务队");
    private final Unit otherGroup = unit(10, otherTown, UnitKind.GROUP, "旅游推介服务队");
    private final WorkUnit hospital = withId(new WorkUnit("县医院", WorkUnitKind.HOSPITAL), 3);
    private final Member doctor = withId(new Member(details("王医生", "13900000001"), hospital), 50);

    private final Scope admin = Scope.system();
    private final Scope subTeamLeader = new Scope(2L, "subteam", Role.SUB_TEAM_LEADER, 4L, "/1/4/", null, null);
    private final Scope secretary = new Scope(4L, "secretary", Role.FIRST_SECRETARY, null, null, 30L, null);

    private static MemberDetails details(String name, String mobile) {
        return new MemberDetails(name, Gender.FEMALE, 3L, "主治医师", null, "内科", mobile, true, MemberType.DOCTOR,
                null);
    }

    @BeforeEach
    void store() {
        for (Unit unit : List.of(county, town, otherTown, group, otherGroup)) {
            when(units.findById(unit.getId())).thenReturn(Optional.of(unit));
        }
        when(members.findById(50L)).thenReturn(Optional.of(doctor));
        when(workUnits.findById(3L)).thenReturn(Optional.of(hospital));
    }

    @Test
    void aMemberOutsideTheScopeIsNotFound() {
        when(memberships.memberInPath(50L, "/1/4/")).thenReturn(false);

        assertThatThrownBy(() -> service.get(subTeamLeader, 50)).isInstanceOf(NotFoundException.class)
                .hasMessage("member 50 not found");
        assertThatThrownBy(() -> service.history(subTeamLeader, 50)).isInstanceOf(NotFoundException.class);
        verify(history, never()).of(any(), any(Long.class));
    }

    @Test
    void aMemberWhoIsOrWasInTheScopeIsVisible() {
        when(memberships.memberInPath(50L, "/1/4/")).thenReturn(true);

        assertThat(service.get(subTeamLeader, 50)).isSameAs(doctor);
    }

    @Test
    void aWholeDeploymentAdminSeesEveryMember() {
        assertThat(service.get(admin, 50)).isSameAs(doctor);
        verify(memberships, never()).memberInPath(any(), anyString());
        assertThatThrownBy(() -> service.get(admin, 51)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFirstSecretaryReadsNoRoster() {
        assertThatThrownBy(() -> service.get(secretary, 50)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> service.search(secretary, MemberQuery.all(), PageRequest.of(0, 20)))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theListIsSearchedWithinTheScopeAndShowsCurrentUnits() {
        Pageable page = PageRequest.of(0, 20);
        MemberRow row = new MemberRow(50L, "王医生", Gender.FEMALE, "县医院", "主治医师", null, "内科", "13900000001",
                null, true, MemberType.DOCTOR, false, "");
        when(members.search(MemberQuery.all(), "/1/4/", page)).thenReturn(new PageImpl<>(List.of(row), page, 1));
        when(memberships.activeUnitsOf(List.of(50L), "/1/4/")).thenReturn(List.of(
                new MemberUnit(50L, "城关镇服务团"), new MemberUnit(50L, "健康服务队")));

        assertThat(service.search(subTeamLeader, MemberQuery.all(), page))
                .extracting(MemberRow::name, MemberRow::units)
                .containsExactly(tuple("王医生", "城关镇服务团、健康服务队"));
    }

    @Test
    void theListCannotBeFilteredByAUnitOutsideTheScope() {
        MemberQuery query = new MemberQuery(null, 10L, null, null, null, false);

        assertThatThrownBy(() -> service.search(subTeamLeader, query, PageRequest.of(0, 20)))
                .isInstanceOf(NotFoundException.class);
        verify(members, never()).search(any(), any(), any());
    }

    @Test
    void aSubTeamLeaderAddsAMemberIntoAUnitOfTheirScope() {
        when(members.save(any(Member.class))).thenAnswer(call -> withId(call.<Member>getArgument(0), 60));
        ArgumentCaptor<Membership> saved = ArgumentCaptor.forClass(Membership.class);

        Member created = service.create(subTeamLeader, details("李老师", "13900000002"), 9L, null,
                LocalDate.of(2025, 3, 1));

        verify(memberships).save(saved.capture());
        assertThat(created.getName()).isEqualTo("李老师");
        assertThat(saved.getValue().getUnit()).isSameAs(group);
        assertThat(saved.getValue().getPosition()).isEqualTo(Position.MEMBER);
        assertThat(saved.getValue().getJoinedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void aMemberAddedWithoutADayJoinsOnTodayInTheDeploymentsZone() {
        when(members.save(any(Member.class))).thenAnswer(call -> withId(call.<Member>getArgument(0), 61));
        ArgumentCaptor<Membership> saved = ArgumentCaptor.forClass(Membership.class);

        service.create(subTeamLeader, details("赵老师", "13900000003"), 9L, Position.MEMBER, null);

        verify(memberships).save(saved.capture());
        assertThat(saved.getValue().getJoinedOn()).as("1 January in Shanghai, whatever the JVM's zone")
                .isEqualTo(today);
    }

    @Test
    void aMemberNeedsAUnitInTheScopeAFreeMobileAndALiveWorkUnit() {
        assertViolation(() -> service.create(subTeamLeader, details("李老师", "13900000002"), null, null, null),
                "unitId", "member.unit.required");
        assertThatThrownBy(() -> service.create(subTeamLeader, details("李老师", "13900000002"), 10L, null, null))
                .isInstanceOf(NotFoundException.class);

        when(members.existsByMobile("13900000001")).thenReturn(true);
        assertViolation(() -> service.create(subTeamLeader, details("李老师", "13900000001"), 9L, null, null),
                "mobile", "member.mobile.taken");

        hospital.archive();
        assertViolation(() -> service.create(subTeamLeader, details("李老师", "13900000002"), 9L, null, null),
                "workUnitId", "member.workUnit.required");
        verify(members, never()).save(any());
    }

    @Test
    void anEditCannotTakeAnotherMembersMobile() {
        Member other = withId(new Member(details("张三", "13900000009"), hospital), 51);
        when(members.findByMobile("13900000009")).thenReturn(Optional.of(other));
        when(members.findByMobile("13900000001")).thenReturn(Optional.of(doctor));

        assertViolation(() -> service.update(admin, 50, 0, details("王医生", "13900000009")), "mobile",
                "member.mobile.taken");
        assertThat(service.update(admin, 50, 0, details("王大夫", "13900000001")).getName()).isEqualTo("王大夫");
    }

    @Test
    void anIdNumberMustBeValidAndNoOtherLiveMembersAndIsSavedWithItsDigest() {
        FieldCipher cipher = new FieldCipher("");
        MemberDetails wrong = withIdNumber(details("王医生", "13900000001"), "110105194912310021");
        assertViolation(() -> service.update(admin, 50, 0, wrong), "idNumber", "member.idNumber.invalid");
        // born on the deployment's 2 January 2027: after its today, 1 January (UTC still says 2026)
        MemberDetails unborn = withIdNumber(details("王医生", "13900000001"),
                "11010520270102002" + cn.helituan.domain.common.IdNumbers.checkCharacter("11010520270102002"));
        assertViolation(() -> service.update(admin, 50, 0, unborn), "idNumber", "member.idNumber.invalid");

        String number = "11010519491231002X";
        Member other = withId(new Member(withIdNumber(details("张三", "13900000009"), number), hospital,
                cipher.digest(number)), 51);
        when(members.findByIdNumberDigestInAndArchivedFalse(cipher.digests(number))).thenReturn(List.of(other));
        when(members.findByMobile("13900000001")).thenReturn(Optional.of(doctor));
        assertViolation(() -> service.update(admin, 50, 0, withIdNumber(details("王医生", "13900000001"),
                "11010519491231002x")), "idNumber", "member.idNumber.taken");
        assertViolation(() -> service.create(admin, withIdNumber(details("李老师", "13900000002"), number), null,
                null, null), "idNumber", "member.idNumber.taken");

        when(members.findByIdNumberDigestInAndArchivedFalse(cipher.digests(number))).thenReturn(List.of(doctor));
        assertThat(service.update(admin, 50, 0, withIdNumber(details("王医生", "13900000001"), number))
                .getIdNumber()).as("the member's own number").isEqualTo(number);
    }

    private static MemberDetails withIdNumber(MemberDetails d, String idNumber) {
        return new MemberDetails(d.name(), d.gender(), d.workUnitId(), d.post(), d.rank(), d.specialty(), d.mobile(),
                d.partyMember(), d.type(), d.notes(), idNumber);
    }

    @Test
    void nobodyJoinsTwiceAndArchivedMembersJoinNothing() {
        when(memberships.memberInPath(50L, "/1/4/")).thenReturn(true);
        when(memberships.existsOpen(50L, 9L)).thenReturn(true);

        assertViolation(() -> service.join(subTeamLeader, 50, 9, Position.MEMBER, LocalDate.now()), "unitId",
                "membership.exists");

        doctor.archive();
        assertViolation(() -> service.join(subTeamLeader, 50, 9, Position.MEMBER, LocalDate.now()), null,
                "member.archived");
        verify(memberships, never()).save(any());
    }

    @Test
    void aMembershipOutsideTheScopeCannotBeEnded() {
        Membership elsewhere = withId(new Membership(doctor, otherGroup, Position.MEMBER, LocalDate.of(2024, 1, 1)),
                70);
        when(memberships.findById(70L)).thenReturn(Optional.of(elsewhere));

        assertThatThrownBy(() -> service.leave(subTeamLeader, 70, 0, LocalDate.of(2025, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThat(elsewhere.isActive()).isTrue();
    }

    @Test
    void archivingAMemberInAnotherScopeIsRefused() {
        when(memberships.memberInPath(50L, "/1/4/")).thenReturn(true);
        when(memberships.ofMember(50L)).thenReturn(List.of(
                new Membership(doctor, group, Position.MEMBER, LocalDate.of(2024, 1, 1)),
                new Membership(doctor, otherGroup, Position.MEMBER, LocalDate.of(2024, 1, 1))));

        assertViolation(() -> service.archive(subTeamLeader, 50, 0), null, "member.archive.otherScope");
        assertThat(doctor.isArchived()).isFalse();
    }

    @Test
    void archivingAMemberEndsTheirMembershipsToday() {
        Membership current = new Membership(doctor, group, Position.MEMBER, LocalDate.of(2024, 1, 1));
        Membership future = new Membership(doctor, town, Position.MEMBER, today.plusDays(10));
        when(memberships.memberInPath(50L, "/1/4/")).thenReturn(true);
        when(memberships.ofMember(50L)).thenReturn(List.of(current, future));

        service.archive(subTeamLeader, 50, 0);

        assertThat(doctor.isArchived()).isTrue();
        assertThat(current.getLeftOn()).as("today in the deployment's zone").isEqualTo(today);
        assertThat(future.getLeftOn()).isEqualTo(future.getJoinedOn());
    }
}
