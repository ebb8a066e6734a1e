package cn.helituan.persistence.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Membership;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitOption;
import cn.helituan.domain.team.UnitRow;
import cn.helituan.domain.team.UnitService;
import cn.helituan.domain.team.Units;
import cn.helituan.persistence.PersistenceTest;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JpaUnitsTest extends PersistenceTest {

    private static final LocalDate JOINED = LocalDate.of(2024, 3, 1);

    @Autowired
    private Units units;

    @Autowired
    private History history;

    private Unit city;
    private Unit first;
    private Unit second;
    private Unit area;
    private Unit tourism;
    private Unit medical;
    private Unit farming;
    private Unit closed;

    @BeforeEach
    void tree() {
        city = unit(null, UnitKind.TEAM, "宝鸡市合力团");
        first = unit(city, UnitKind.SUB_TEAM, "第1分团");
        second = unit(city, UnitKind.SUB_TEAM, "第2分团");
        area = unit(first, UnitKind.SUB_TEAM, "第1分团片区");
        tourism = unit(first, UnitKind.GROUP, "第1小组");
        medical = unit(area, UnitKind.GROUP, "第3小组");
        farming = unit(second, UnitKind.GROUP, "第2小组");
        closed = unit(first, UnitKind.GROUP, "已撤销小组");
        closed.archive();

        WorkUnit hospital = workUnit("市中心医院", WorkUnitKind.HOSPITAL);
        Member a = member(details("甲", "13800000001", null, null, true, MemberType.DOCTOR), hospital);
        Member b = member(details("乙", "13800000002", null, null, true, MemberType.DOCTOR), hospital);
        Member c = member(details("丙", "13800000003", null, null, false, MemberType.DOCTOR), hospital);
        membership(a, tourism, JOINED);
        membership(b, tourism, JOINED);
        membership(a, first, JOINED);
        membership(c, medical, JOINED);
        Membership left = membership(c, tourism, JOINED);
        left.leave(JOINED.plusMonths(2));
        em.flush();
        em.clear();
    }

    @Test
    void eachNodeCountsDistinctCurrentPeopleAndTheirPlacementsInItsWholeSubtree() {
        List<UnitRow> rows = units.nodes("", Integer.MAX_VALUE);

        // 甲 sits in 第1小组 and in 第1分团 itself: one person, two placements; 丙 left 第1小组
        assertThat(rows).extracting(UnitRow::name, UnitRow::groups, UnitRow::people, UnitRow::placements,
                UnitRow::hasChildren).containsExactlyInAnyOrder(
                tuple("宝鸡市合力团", 3L, 3L, 4L, true), tuple("第1分团", 2L, 3L, 4L, true),
                tuple("第2分团", 1L, 0L, 0L, true), tuple("第1分团片区", 1L, 1L, 1L, true),
                tuple("第1小组", 1L, 2L, 2L, false), tuple("第3小组", 1L, 1L, 1L, false),
                tuple("第2小组", 1L, 0L, 0L, false));
        assertParentsFirst(rows);
        assertThat(rows.get(0).name()).isEqualTo("宝鸡市合力团");
        assertThat(rows.get(0).crossings()).isEqualTo(1);
        assertThat(rows).extracting(UnitRow::name).containsSubsequence("第1分团", "第2分团");
    }

    @Test
    void theNodesUnderAPrefixAreThatSubtreeDownToTheDepthAsked() {
        List<UnitRow> rows = units.nodes(first.getPath(), first.getDepth() + 1);

        assertThat(rows).extracting(UnitRow::name).containsExactly("第1分团", "第1分团片区", "第1小组");
        assertThat(rows.get(0).id()).isEqualTo(first.getId());
        assertThat(rows.get(0).parentId()).isEqualTo(city.getId());
        assertThat(rows.get(0).path()).isEqualTo("/" + city.getId() + "/" + first.getId() + "/");
        assertThat(units.nodes("", 0)).extracting(UnitRow::name).containsExactly("宝鸡市合力团");
    }

    @Test
    void anArchivedMemberIsNotCounted() {
        Member d = member(details("丁", "13800000004", null, null, false, MemberType.DOCTOR),
                workUnit("县医院", WorkUnitKind.HOSPITAL));
        membership(d, farming, JOINED);
        em.flush();
        assertThat(units.nodes(second.getPath(), 1)).extracting(UnitRow::people).containsExactly(1L);
        d.archive();
        em.flush();
        assertThat(units.nodes(second.getPath(), 1)).extracting(UnitRow::people).containsExactly(0L);
    }

    @Test
    void childrenAndCountsLeaveOutArchivedUnitsAndFormerMembers() {
        assertThat(units.nodes(first.getPath(), first.getDepth() + 1)).extracting(UnitRow::name)
                .containsExactly("第1分团", "第1分团片区", "第1小组");
        assertThat(units.countLiveChildren(first.getId())).isEqualTo(2);
        assertThat(units.countLiveChildren(tourism.getId())).isZero();
        assertThat(units.countActiveMembers(tourism.getId())).isEqualTo(2);
        assertThat(units.countActiveMembers(second.getId())).isZero();
        assertThat(units.selectable(second.getPath())).extracting(Unit::getName)
                .containsExactly("第2分团", "第2小组");
    }

    @Test
    void rebaseRewritesThePathsAndDepthsOfAMovedSubtree() {
        Unit moving = units.findById(area.getId()).orElseThrow();
        int oldDepth = moving.getDepth();
        String oldPath = moving.moveTo(units.findById(city.getId()).orElseThrow());

        int changed = units.rebase(oldPath, moving.getPath(), moving.getDepth() - oldDepth);
        em.flush();
        em.clear();

        assertThat(changed).isEqualTo(1);
        String cityPath = "/" + city.getId() + "/";
        Unit movedArea = units.findById(area.getId()).orElseThrow();
        Unit movedGroup = units.findById(medical.getId()).orElseThrow();
        Unit stayed = units.findById(tourism.getId()).orElseThrow();
        assertThat(movedArea.getPath()).isEqualTo(cityPath + area.getId() + "/");
        assertThat(movedArea.getDepth()).isEqualTo(1);
        assertThat(movedArea.getParentId()).isEqualTo(city.getId());
        assertThat(movedGroup.getPath()).isEqualTo(cityPath + area.getId() + "/" + medical.getId() + "/");
        assertThat(movedGroup.getDepth()).isEqualTo(2);
        assertThat(stayed.getPath()).isEqualTo(cityPath + first.getId() + "/" + tourism.getId() + "/");
        assertThat(stayed.getDepth()).isEqualTo(2);
        assertThat(units.nodes(first.getPath(), Integer.MAX_VALUE)).extracting(UnitRow::name)
                .containsExactlyInAnyOrder("第1分团", "第1小组");
    }

    @Test
    void theServiceMovesASubtreeDownAndItsCountsFollow() {
        Unit moving = units.findById(first.getId()).orElseThrow();

        new UnitService(units, history, new ChoiceCache()).move(Scope.system(), first.getId(), moving.getVersion(), second.getId());
        em.flush();
        em.clear();

        String secondPath = second.getPath();
        assertThat(units.nodes(secondPath, Integer.MAX_VALUE)).extracting(UnitRow::path, UnitRow::people)
                .containsExactlyInAnyOrder(
                tuple(secondPath, 3L),
                tuple(secondPath + first.getId() + "/", 3L),
                tuple(secondPath + first.getId() + "/" + area.getId() + "/", 1L),
                tuple(secondPath + first.getId() + "/" + tourism.getId() + "/", 2L),
                tuple(secondPath + first.getId() + "/" + area.getId() + "/" + medical.getId() + "/", 1L),
                tuple(secondPath + farming.getId() + "/", 0L));
        assertThat(units.findById(medical.getId()).orElseThrow().getDepth()).isEqualTo(4);
        assertThat(units.findById(closed.getId()).orElseThrow().getPath())
                .isEqualTo(secondPath + first.getId() + "/" + closed.getId() + "/");
    }

    @Test
    void theServiceMovesAUnitUpToItsGrandparent() {
        Unit moving = units.findById(medical.getId()).orElseThrow();

        Unit moved = new UnitService(units, history, new ChoiceCache()).move(Scope.system(), medical.getId(), moving.getVersion(),
                first.getId());
        em.flush();
        em.clear();

        assertThat(moved.getPath()).isEqualTo(first.getPath() + medical.getId() + "/");
        assertThat(units.findById(medical.getId()).orElseThrow().getDepth()).isEqualTo(2);
        assertThat(units.nodes(area.getPath(), Integer.MAX_VALUE)).extracting(UnitRow::name).containsExactly("第1分团片区");
    }

    @Test
    void aUnitWhoseIdHasOneMoreDigitComesAfterItsOlderSiblingNotBefore() {
        // the next two ids are 10^n - 1 and 10^n (999, 1000): as text "/…/1000/" sorts before "/…/999/"
        long max = jdbc.queryForObject("select max(id) from unit", Long.class);
        long nines = 9;
        while (nines <= max + 100) {
            nines = nines * 10 + 9;
        }
        // ids are handed out 50 at a time (V38): the sequence's next block starts at nines - 1; the ids left of the
        // current block go to units elsewhere in the tree, the first unit of the new block too
        jdbc.queryForObject("select setval(pg_get_serial_sequence('unit', 'id'), ?)", Long.class, nines - 2);
        Unit filler;
        int fillers = 0;
        do {
            filler = unit(city, UnitKind.SUB_TEAM, "占位分团" + fillers++);
        } while (filler.getId() < nines - 1);
        assertThat(filler.getId()).isEqualTo(nines - 1);
        Unit older = unit(second, UnitKind.GROUP, "较早的小组");
        Unit newer = unit(second, UnitKind.GROUP, "较晚的小组");
        assertThat(newer.getId()).isEqualTo(older.getId() + 1).isEqualTo(nines + 1);
        em.clear();

        assertThat(units.selectableOptions(second.getPath())).extracting(UnitOption::name)
                .containsExactly("第2分团", "第2小组", "较早的小组", "较晚的小组");
        assertThat(jdbc.queryForList("select name from unit where path like ? order by tree_order", String.class,
                second.getPath() + "%")).containsExactly("第2分团", "第2小组", "较早的小组", "较晚的小组");
    }

    private static void assertParentsFirst(List<UnitRow> rows) {
        Set<Long> seen = new HashSet<>();
        for (UnitRow row : rows) {
            if (!seen.isEmpty()) {
                assertThat(seen).as("parent of %s listed before it", row.name()).contains(row.parentId());
            }
            seen.add(row.id());
        }
    }
}
