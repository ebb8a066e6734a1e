package cn.helituan.domain.team;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitNodeTest {

    private static UnitRow row(long id, Long parentId, UnitKind kind, String name, String path, long members) {
        return new UnitRow(id, parentId, kind, name, null, UnitField.GENERAL, path, members);
    }

    // parents first, as the tree query returns them
    private final List<UnitRow> county = List.of(
            row(1, null, UnitKind.TEAM, "宝鸡市合力团", "/1/", 2),
            row(2, 1L, UnitKind.SUB_TEAM, "第一分团", "/1/2/", 1),
            row(3, 1L, UnitKind.SUB_TEAM, "第二分团", "/1/3/", 0),
            row(7, 1L, UnitKind.GROUP, "直属小组", "/1/7/", 6),
            row(4, 2L, UnitKind.GROUP, "文旅小组", "/1/2/4/", 5),
            row(5, 2L, UnitKind.GROUP, "电商小组", "/1/2/5/", 3),
            row(6, 3L, UnitKind.SUB_TEAM, "片区分团", "/1/3/6/", 0),
            row(8, 6L, UnitKind.GROUP, "医疗小组", "/1/3/6/8/", 9));

    @Test
    void eachNodeCountsTheMembersAndGroupsOfItsWholeSubtree() {
        List<UnitNode> forest = UnitNode.forest(county);

        assertThat(forest).hasSize(1);
        UnitNode team = forest.get(0);
        assertThat(team.getTotalMembers()).isEqualTo(2 + 1 + 5 + 3 + 0 + 0 + 9 + 6);
        assertThat(team.getGroups()).isEqualTo(4);
        assertThat(team.getChildren()).extracting(n -> n.getUnit().name(), UnitNode::getTotalMembers,
                        UnitNode::getGroups)
                .containsExactly(tuple("第一分团", 9L, 2L), tuple("第二分团", 9L, 1L), tuple("直属小组", 6L, 1L));
        UnitNode group = team.getChildren().get(0).getChildren().get(0);
        assertThat(group.getUnit().name()).isEqualTo("文旅小组");
        assertThat(group.getTotalMembers()).isEqualTo(5);
        assertThat(group.getGroups()).isEqualTo(1);
        assertThat(group.getChildren()).isEmpty();
    }

    @Test
    void aScopedListStartsAtTheScopeUnitWhoseParentIsNotInIt() {
        List<UnitRow> subTeam = county.stream().filter(r -> r.path().startsWith("/1/3/")).toList();

        List<UnitNode> forest = UnitNode.forest(subTeam);

        assertThat(forest).extracting(n -> n.getUnit().name()).containsExactly("第二分团");
        assertThat(forest.get(0).getTotalMembers()).isEqualTo(9);
        assertThat(forest.get(0).getGroups()).isEqualTo(1);
        assertThat(forest.get(0).getChildren().get(0).getChildren())
                .extracting(n -> n.getUnit().name()).containsExactly("医疗小组");
    }

    @Test
    void anEmptyListIsAnEmptyForest() {
        assertThat(UnitNode.forest(List.of())).isEmpty();
    }
}
