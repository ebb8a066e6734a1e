package cn.helituan.domain.assisted;

/** An object found by typing in a form's choice list: its id, name and kind (a projection, never the entity). */
public record ObjectPick(Long id, String name, AssistedKind kind) {
}
