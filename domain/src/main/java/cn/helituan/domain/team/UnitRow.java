package cn.helituan.domain.team;

/** A unit as a list or tree shows it, with the number of members currently in it. */
public record UnitRow(Long id, Long parentId, UnitKind kind, String name, String localName, UnitField field,
                      String path, long members) {
}
