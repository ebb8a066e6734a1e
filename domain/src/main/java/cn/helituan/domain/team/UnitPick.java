package cn.helituan.domain.team;

/** A unit found by typing in a form's choice list: its id, name and kind, and its parent's name to tell namesakes apart. */
public record UnitPick(Long id, String name, UnitKind kind, String parentName) {
}
