package cn.helituan.domain.team;

/** The editable facts of a unit. */
public record UnitDetails(String name, String localName, UnitField field, String description) {
}
