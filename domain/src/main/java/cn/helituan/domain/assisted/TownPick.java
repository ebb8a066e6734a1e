package cn.helituan.domain.assisted;

/** A live town to choose in a filter, with its county's name (town names repeat across counties); no entity loaded. */
public record TownPick(Long id, String name, String county) {
}
