package cn.helituan.domain.team;

import java.util.List;

/** The tree's nodes with their counts, read in one statement per page. Implemented by the persistence module. */
public interface UnitTreeSearch {

    /**
     * The live units inside the path prefix ("" for all) down to depth {@code maxDepth}, each with the counts of its
     * whole subtree, ordered by depth and name: a scope's root and the level below it in one statement.
     */
    List<UnitRow> nodes(String pathPrefix, int maxDepth);
}
