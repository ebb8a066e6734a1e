package cn.helituan.domain.team;

import cn.helituan.domain.common.Choice;

/**
 * A unit as the tree shows it, with the counts of its whole subtree: live {@code groups}, distinct live
 * {@code people} with a current membership in it (someone in two of its groups once) and their current
 * {@code placements} (memberships: someone in two groups twice); {@code hasChildren} when live units sit below it.
 * A {@link Choice} so that the top of a scope's tree can be kept in the {@code ChoiceCache}.
 */
public record UnitRow(Long id, Long parentId, UnitKind kind, String name, String localName, UnitField field,
                      String path, long groups, long people, long placements, boolean hasChildren)
        implements Choice {

    /** The placements beyond one per person: "含 20 人次跨组". */
    public long crossings() {
        return placements - people;
    }
}
