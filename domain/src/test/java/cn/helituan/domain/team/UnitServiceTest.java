package cn.helituan.domain.team;

import static cn.helituan.domain.testing.Entities.details;
import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Entities.withId;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UnitServiceTest {

    private final Units units = mock(Units.class);
    private final UnitService service = new UnitService(units, mock(History.class), new ChoiceCache());

    private final Unit county = team(1, "岚皋县合力团");
    private final Unit town = unit(4, county, UnitKind.SUB_TEAM, "城关镇服务团");
    private final Unit otherTown = unit(5, county, UnitKind.SUB_TEAM, "佐龙镇服务团");
    private final Unit group = unit(9, town, UnitKind.GROUP, "健康服务队");
    private final Unit area = unit(12, town, UnitKind.SUB_TEAM, "片区分团");

    private final Scope admin = Scope.system();
    private final Scope subTeamLeader = new Scope(2L, "subteam", Role.SUB_TEAM_LEADER, 4L, "/1/4/", null, null);
    private final Scope groupLeader = new Scope(3L, "leader", Role.GROUP_LEADER, 9L, "/1/4/9/", null, null);
    private final Scope secretary = new Scope(4L, "secretary", Role.FIRST_SECRETARY, null, null, 30L, null);

    @BeforeEach
    void store() {
        for (Unit unit : List.of(county, town, otherTown, group, area)) {
            when(units.findById(unit.getId())).thenReturn(Optional.of(unit));
        }
        when(units.findById(99L)).thenReturn(Optional.empty());
    }

    @Test
    void theTreeIsTheScopesUnitAndTheLevelBelowIt() {
        when(units.nodes("/1/4/", 2)).thenReturn(List.of(
                new UnitRow(4L, 1L, UnitKind.SUB_TEAM, "城关镇服务团", null, null, "/1/4/", 1, 6, 7, true),
                new UnitRow(9L, 4L, UnitKind.GROUP, "健康服务队", null, null, "/1/4/9/", 1, 6, 6, false)));

        List<UnitNode> tree = service.tree(subTeamLeader);

        assertThat(tree).singleElement().satisfies(root -> {
            assertThat(root.getUnit().name()).isEqualTo("城关镇服务团");
            assertThat(root.getTotalMembers()).isEqualTo(6);
            assertThat(root.getCrossings()).isEqualTo(1);
            assertThat(root.getChildren()).extracting(n -> n.getUnit().name()).containsExactly("健康服务队");
        });
        service.tree(admin);
        verify(units).nodes("", 1);
    }

    @Test
    void aNodeIsReadUnderItsOwnPathOneLevelDownAndOnlyInsideTheScope() {
        when(units.nodes(group.getPath(), group.getDepth() + 1)).thenReturn(List.of(
                new UnitRow(9L, 4L, UnitKind.GROUP, "健康服务队", null, null, group.getPath(), 1, 6, 6, false)));

        assertThat(service.node(subTeamLeader, 9).getTotalMembers()).isEqualTo(6);
        assertThatThrownBy(() -> service.node(subTeamLeader, 5)).isInstanceOf(NotFoundException.class);
        verify(units, never()).nodes(otherTown.getPath(), otherTown.getDepth() + 1);
    }

    @Test
    void aFormListsEveryUnitOfACountyAndOnlyTheChosenOneOfAProvince() {
        when(units.countSelectable("/1/4/", UnitService.FILTER_LIMIT + 1)).thenReturn(3L);
        when(units.selectable("/1/4/")).thenReturn(List.of(town, group, area));
        assertThat(service.formChoices(subTeamLeader, 9L)).containsExactly(town, group, area);

        when(units.countSelectable("/1/4/", UnitService.FILTER_LIMIT + 1)).thenReturn(301L);
        assertThat(service.formChoices(subTeamLeader, 9L)).containsExactly(group);
        assertThat(service.formChoices(subTeamLeader, null)).isEmpty();
        assertThat(service.formChoices(subTeamLeader, 5L)).as("chosen outside the scope").isEmpty();
    }

    @Test
    void aSearchByTypingIsFilteredByTheScopeAndEscapesWildcards() {
        service.search(subTeamLeader, " 50%_茶 ", null, 1000);
        verify(units).search(org.mockito.ArgumentMatchers.eq("/1/4/"), org.mockito.ArgumentMatchers.eq("%50\\%\\_茶%"),
                org.mockito.ArgumentMatchers.eq(java.util.EnumSet.allOf(UnitKind.class)),
                org.mockito.ArgumentMatchers.eq(org.springframework.data.domain.PageRequest.of(0, UnitService.SEARCH_LIMIT)));
        assertThatThrownBy(() -> service.search(secretary, "茶", null, 10)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aFirstSecretaryReadsNoTree() {
        assertThatThrownBy(() -> service.tree(secretary)).isInstanceOf(ForbiddenException.class);
        verify(units, never()).nodes(anyString(), anyInt());
    }

    @Test
    void aUnitOutsideTheScopeArchivedOrMissingIsNotFound() {
        assertThat(service.get(subTeamLeader, 9)).isSameAs(group);

        assertThatThrownBy(() -> service.get(subTeamLeader, 5)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(subTeamLeader, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(groupLeader, 4)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.get(admin, 99)).isInstanceOf(NotFoundException.class);
        otherTown.archive();
        assertThatThrownBy(() -> service.get(admin, 5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aCreatedUnitIsPlacedUnderItsParent() {
        when(units.save(any(Unit.class))).thenAnswer(call -> withId(call.<Unit>getArgument(0), 20));

        Unit created = service.create(subTeamLeader, 4L, UnitKind.GROUP, details("电商销售服务队"));

        assertThat(created.getPath()).isEqualTo("/1/4/20/");
        assertThat(created.getDepth()).isEqualTo(2);
        assertThat(created.getName()).isEqualTo("电商销售服务队");
    }

    @Test
    void onlyAWholeDeploymentAdminCreatesATeam() {
        assertViolation(() -> service.create(subTeamLeader, null, UnitKind.TEAM, details("新团")), "parentId",
                "unit.parent.required");
        assertThatThrownBy(() -> service.create(subTeamLeader, 5L, UnitKind.GROUP, details("别处的小组")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.create(groupLeader, 9L, UnitKind.GROUP, details("小组")))
                .isInstanceOf(ForbiddenException.class);
        verify(units, never()).save(any());
    }

    @Test
    void aStaleEditIsRefused() {
        assertThatThrownBy(() -> service.update(admin, 9, 3, details("改名")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(group.getName()).isEqualTo("健康服务队");

        service.update(admin, 9, 0, details("改名"));
        assertThat(group.getName()).isEqualTo("改名");
    }

    @Test
    void movingRebasesTheSubtree() {
        Unit moved = service.move(admin, 12, 0, 1);

        assertThat(moved.getPath()).isEqualTo("/1/12/");
        assertThat(moved.getDepth()).isEqualTo(1);
        verify(units).rebase("/1/4/12/", "/1/12/", -1);
    }

    @Test
    void aSubTeamLeaderMovesWithinTheirScopeOnly() {
        service.move(subTeamLeader, 9, 0, 12);
        verify(units).rebase("/1/4/9/", "/1/4/12/9/", 1);

        assertThatThrownBy(() -> service.move(subTeamLeader, 9, 0, 5)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSubTeamLeaderCannotMoveTheirOwnScopeUnit() {
        assertViolation(() -> service.move(subTeamLeader, 4, 0, 5), "parentId", "unit.move.ownScope");
        assertThat(town.getPath()).isEqualTo("/1/4/");
        verify(units, never()).rebase(anyString(), anyString(), anyInt());
    }

    @Test
    void aSubTeamLeaderCannotArchiveTheirOwnScopeUnit() {
        assertViolation(() -> service.archive(subTeamLeader, 4, 0), null, "unit.archive.ownScope");
        assertThat(town.isArchived()).isFalse();
    }

    @Test
    void aUnitWithLiveChildrenIsNotArchived() {
        when(units.countLiveChildren(4L)).thenReturn(2L);

        assertViolation(() -> service.archive(admin, 4, 0), null, "unit.archive.hasChildren");
        assertThat(town.isArchived()).isFalse();
    }

    @Test
    void aUnitWithMembersIsNotArchived() {
        when(units.countLiveChildren(9L)).thenReturn(0L);
        when(units.countActiveMembers(9L)).thenReturn(3L);

        assertViolation(() -> service.archive(subTeamLeader, 9, 0), null, "unit.archive.hasMembers");
        assertThat(group.isArchived()).isFalse();
    }

    @Test
    void anEmptyUnitIsArchived() {
        service.archive(subTeamLeader, 9, 0);

        assertThat(group.isArchived()).isTrue();
        assertThatThrownBy(() -> service.get(subTeamLeader, 9)).isInstanceOf(NotFoundException.class);
    }
}
