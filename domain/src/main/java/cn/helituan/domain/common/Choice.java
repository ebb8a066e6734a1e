package cn.helituan.domain.common;

/**
 * One entry of a long choice list (a filter's select): its id and name, and its depth when the list is a tree. Lists
 * of these are read as projections, without loading entities, and rendered in one pass (web: the choices dialect).
 */
public interface Choice {

    Long id();

    String name();

    /** How far to indent the entry under the one above it; 0 for flat lists. */
    default int depth() {
        return 0;
    }
}
