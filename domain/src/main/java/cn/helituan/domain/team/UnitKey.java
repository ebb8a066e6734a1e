package cn.helituan.domain.team;

/** A live unit as an import finds it by its path of names: its id, its parent's id (null for a team), name, kind. */
public record UnitKey(Long id, Long parentId, String name, UnitKind kind, String path) {
}
