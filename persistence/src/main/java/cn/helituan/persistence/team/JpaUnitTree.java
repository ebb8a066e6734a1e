package cn.helituan.persistence.team;

import cn.helituan.domain.team.UnitTreeSearch;

/**
 * The fragment that carries the tree's counting statement into {@link JpaUnits}; Spring Data looks for its
 * implementation, {@link JpaUnitTreeImpl}, in this package.
 */
interface JpaUnitTree extends UnitTreeSearch {
}
