package cn.helituan.domain.team;

import static cn.helituan.domain.testing.Entities.details;
import static cn.helituan.domain.testing.Entities.team;
import static cn.helituan.domain.testing.Entities.unit;
import static cn.helituan.domain.testing.Entities.withId;
import static cn.helituan.domain.testing.Violations.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitTest {

    private final Unit county = team(1, "岚皋县合力团");
    private final Unit town = unit(4, county, UnitKind.SUB_TEAM, "城关镇服务团");
    private final Unit group = unit(9, town, UnitKind.GROUP, "产业共建服务队");

    @ParameterizedTest(name = "{0} under {1}: {2}")
    @CsvSource(nullValues = "-", value = {
            "TEAM,     -,        true",
            "TEAM,     TEAM,     false",
            "TEAM,     SUB_TEAM, false",
            "SUB_TEAM, -,        false",
            "SUB_TEAM, TEAM,     true",
            "SUB_TEAM, SUB_TEAM, true",
            "SUB_TEAM, GROUP,    false",
            "GROUP,    -,        false",
            "GROUP,    TEAM,     true",
            "GROUP,    SUB_TEAM, true",
            "GROUP,    GROUP,    false"})
    void kindsNestAsTheTreeAllows(UnitKind kind, UnitKind parent, boolean allowed) {
        assertThat(kind.mayHaveParent(parent)).isEqualTo(allowed);
    }

    @Test
    void aTeamStandsOnlyAtTheRoot() {
        assertThat(new Unit(null, UnitKind.TEAM, details("宝鸡市合力团")).getParent()).isNull();

        assertViolation(() -> new Unit(county, UnitKind.TEAM, details("第二个团")), "parentId", "unit.parent.invalid");
        assertViolation(() -> new Unit(null, UnitKind.SUB_TEAM, details("无上级分团")), "parentId",
                "unit.parent.invalid");
        assertViolation(() -> new Unit(null, UnitKind.GROUP, details("无上级小组")), "parentId",
                "unit.parent.invalid");
    }

    @Test
    void subTeamsNestAndGroupsHaveNoChildren() {
        Unit nested = new Unit(town, UnitKind.SUB_TEAM, details("片区分团"));
        assertThat(nested.getParent()).isSameAs(town);
        assertThat(nested.getName()).isEqualTo("片区分团");

        assertViolation(() -> new Unit(group, UnitKind.GROUP, details("小组下的小组")), "parentId",
                "unit.parent.invalid");
        assertViolation(() -> new Unit(group, UnitKind.SUB_TEAM, details("小组下的分团")), "parentId",
                "unit.parent.invalid");
    }

    @Test
    void nothingIsAddedUnderAnArchivedUnit() {
        town.archive();

        assertViolation(() -> new Unit(town, UnitKind.GROUP, details("新小组")), "parentId", "unit.parent.archived");
    }

    @Test
    void placeInTreeEndsThePathWithTheOwnIdAndCountsTheDepth() {
        assertThat(county.getPath()).isEqualTo("/1/");
        assertThat(county.getDepth()).isZero();
        assertThat(town.getPath()).isEqualTo("/1/4/");
        assertThat(town.getDepth()).isEqualTo(1);
        assertThat(group.getPath()).isEqualTo("/1/4/9/");
        assertThat(group.getDepth()).isEqualTo(2);
        assertThat(group.getParentId()).isEqualTo(4L);
    }

    @Test
    void anUnsavedUnitCannotBePlaced() {
        Unit unsaved = new Unit(county, UnitKind.GROUP, details("未保存"));

        assertThatThrownBy(unsaved::placeInTree).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void movingReturnsTheOldPathAndPlacesTheUnitUnderItsNewParent() {
        Unit other = unit(5, county, UnitKind.SUB_TEAM, "佐龙镇服务团");

        String oldPath = group.moveTo(other);

        assertThat(oldPath).isEqualTo("/1/4/9/");
        assertThat(group.getPath()).isEqualTo("/1/5/9/");
        assertThat(group.getDepth()).isEqualTo(2);
        assertThat(group.getParent()).isSameAs(other);

        String townPath = town.moveTo(other);
        assertThat(townPath).isEqualTo("/1/4/");
        assertThat(town.getPath()).isEqualTo("/1/5/4/");
        assertThat(town.getDepth()).isEqualTo(2);
    }

    @Test
    void aUnitCannotMoveIntoItsOwnSubtree() {
        Unit nested = unit(12, town, UnitKind.SUB_TEAM, "片区分团");

        assertViolation(() -> town.moveTo(nested), "parentId", "unit.move.intoItself");
        assertViolation(() -> town.moveTo(town), "parentId", "unit.move.intoItself");
        assertThat(town.getPath()).isEqualTo("/1/4/");
        assertThat(town.getParent()).isSameAs(county);
    }

    @Test
    void aMoveMustKeepTheKindsInOrder() {
        Unit other = unit(5, county, UnitKind.SUB_TEAM, "佐龙镇服务团");
        Unit otherGroup = unit(6, other, UnitKind.GROUP, "电商销售服务队");

        assertViolation(() -> town.moveTo(otherGroup), "parentId", "unit.parent.invalid");
        assertViolation(() -> county.moveTo(other), "parentId", "unit.parent.invalid");
        assertViolation(() -> group.moveTo(null), "parentId", "unit.parent.invalid");
    }

    @Test
    void nothingMovesUnderAnArchivedUnit() {
        Unit other = unit(5, county, UnitKind.SUB_TEAM, "佐龙镇服务团");
        other.archive();

        assertViolation(() -> group.moveTo(other), "parentId", "unit.parent.archived");
        assertThat(group.getPath()).isEqualTo("/1/4/9/");
    }

    @Test
    void anAncestorIsAUnitHigherOnTheSamePath() {
        Unit sibling = withId(new Unit(county, UnitKind.SUB_TEAM, details("四十号")), 40);
        sibling.placeInTree();

        assertThat(county.isAncestorOf(group)).isTrue();
        assertThat(town.isAncestorOf(group)).isTrue();
        assertThat(group.isAncestorOf(town)).isFalse();
        assertThat(town.isAncestorOf(town)).isFalse();
        assertThat(town.isAncestorOf(sibling)).isFalse();
    }

    @Test
    void aParentThatIsALazyProxyIsReadThroughItsMethods() {
        Unit proxiedCounty = new LazyUnit(county);

        Unit created = withId(new Unit(proxiedCounty, UnitKind.SUB_TEAM, details("新分团")), 20);
        created.placeInTree();
        assertThat(created.getPath()).isEqualTo("/1/20/");
        assertThat(created.getDepth()).isEqualTo(1);

        group.moveTo(proxiedCounty);
        assertThat(group.getPath()).isEqualTo("/1/9/");
        assertThat(group.getDepth()).isEqualTo(1);
        assertViolation(() -> county.moveTo(new LazyUnit(town)), "parentId", "unit.parent.invalid");
    }

    @Test
    void theLabelInTheHistoryIsTheName() {
        assertThat(group.label()).isEqualTo("产业共建服务队");
    }

    /** Like a Hibernate proxy: its own fields keep their defaults, its methods answer from the loaded unit. */
    private static final class LazyUnit extends Unit {
        private final Unit target;

        LazyUnit(Unit target) {
            this.target = target;
        }

        @Override
        public Long getId() {
            return target.getId();
        }

        @Override
        public UnitKind getKind() {
            return target.getKind();
        }

        @Override
        public String getPath() {
            return target.getPath();
        }

        @Override
        public int getDepth() {
            return target.getDepth();
        }

        @Override
        public boolean isArchived() {
            return target.isArchived();
        }
    }
}
