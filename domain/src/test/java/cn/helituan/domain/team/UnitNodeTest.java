package cn.helituan.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNodeTest {

    private static UnitRow row(long id, Long parentId, UnitKind kind, String name, String path, long people,
                               long placements, boolean hasChildren) {
        return new UnitRow(id, parentId, kind, name, null, UnitField.GENERAL, path, kind == UnitKind.GROUP ? 1 : 2,
                people, placements, hasChildren);
    }

    // parents first, as the query returns them: a team and the level below it
    private final List<UnitRow> county = List.of(
            row(1, null, UnitKind.TEAM, "宝鸡市合力团", "/1/", 656, 676, true),
            row(2, 1L, UnitKind.SUB_TEAM, "第一分团", "/1/2/", 9, 10, true),
            row(3, 1L, UnitKind.SUB_TEAM, "第二分团", "/1/3/", 0, 0, false),
            row(7, 1L, UnitKind.GROUP, "直属小组", "/1/7/", 6, 6, false));

    @Test
    void theNodesKeepTheirSubtreesCountsAndNestUnderTheirParents() {
        List<UnitNode> forest = UnitNode.forest(county);

        assertThat(forest).hasSize(1);
        UnitNode team = forest.get(0);
        assertThat(team.getTotalMembers()).isEqualTo(656);
        assertThat(team.getCrossings()).isEqualTo(20);
        assertThat(team.getChildren()).extracting(n -> n.getUnit().name(), UnitNode::getTotalMembers,
                        UnitNode::getCrossings, UnitNode::isExpandable)
                .containsExactly(tuple("第一分团", 9L, 1L, true), tuple("第二分团", 0L, 0L, false),
                        tuple("直属小组", 6L, 0L, false));
        assertThat(team.getChildren().get(0).getChildren()).as("not read: opened on demand").isEmpty();
    }

    @Test
    void aScopedListStartsAtTheScopeUnitWhoseParentIsNotInIt() {
        List<UnitNode> forest = UnitNode.forest(county.subList(1, 2));

        assertThat(forest).extracting(n -> n.getUnit().name()).containsExactly("第一分团");
    }

    @Test
    void anEmptyListIsAnEmptyForest() {
        assertThat(UnitNode.forest(List.of())).isEmpty();
    }
}
