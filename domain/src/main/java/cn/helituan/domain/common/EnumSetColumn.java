package cn.helituan.domain.common;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * A set of enum values in one text column, as their names wrapped in commas (",POOR,WEAK,"; "" for none): a filter
 * for one value is {@code column like '%,POOR,%'}. Subclass per enum and name it in {@code @Convert}. The entity
 * sees an unmodifiable set; history records the values one by one.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class EnumSetColumn<E extends Enum<E>> implements AttributeConverter<Set<E>, String> {

    private final Class<E> type;

    @Override
    public String convertToDatabaseColumn(Set<E> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public Set<E> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Collections.unmodifiableSet(EnumSet.noneOf(type));
        }
        EnumSet<E> values = EnumSet.noneOf(type);
        Arrays.stream(column.split(",")).filter(s -> !s.isBlank()).map(s -> Enum.valueOf(type, s)).forEach(values::add);
        return Collections.unmodifiableSet(values);
    }

    /** The pattern that finds one value in the column. */
    public static String pattern(Enum<?> value) {
        return "%," + value.name() + ",%";
    }
}
