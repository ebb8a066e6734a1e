package cn.helituan.web.common;

import cn.helituan.domain.common.CodedName;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * A row of a configurable list (an activity type, a demand category) as a value: what a list's filter and rows show
 * of it, for a fragment kept as text by its variables (web/kept/KeptFragments), which an entity cannot be.
 */
public record CodedChoice(long id, String code, String name, String labelPrefix) implements CodedName {

    public static CodedChoice of(CodedName row, long id) {
        return new CodedChoice(id, row.getCode(), row.getName(), row.labelPrefix());
    }

    public static <T extends CodedName> List<CodedChoice> of(List<T> rows, ToLongFunction<T> id) {
        return rows.stream().map(r -> of(r, id.applyAsLong(r))).toList();
    }

    /** For the templates' {@code r.id}, as an entity's. */
    public long getId() {
        return id;
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getName() {
        return name;
    }
}
