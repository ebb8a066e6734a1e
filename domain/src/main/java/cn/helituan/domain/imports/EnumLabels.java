package cn.helituan.domain.imports;

/** Reads an enumerated cell by the label users see ("男", "合力小组", "组长"), which the message files hold. */
public interface EnumLabels {

    /** The constant whose Chinese or English label (or name) is {@code text}, or null when none is. */
    <E extends Enum<E>> E parse(Class<E> type, String text);
}
