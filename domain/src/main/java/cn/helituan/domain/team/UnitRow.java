package cn.helituan.domain.team;

/**
 * A unit as the tree shows it, with the counts of its whole subtree: live {@code groups}, distinct live
 * {@code people} with a current membership in it (someone in two of its groups once) and their current
 * {@code placements} (memberships: someone in two groups twice); {@code hasChildren} when live units sit below it.
 */
public record UnitRow(Long id, Long parentId, UnitKind kind, String name, String localName, UnitField field,
                      String path, long groups, long people, long placements, boolean hasChildren) {

    /** The placements beyond one per person: "含 20 人次跨组". */
    public long crossings() {
        return placements - people;
    }
}
