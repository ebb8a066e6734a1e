package cn.helituan.web.imports;

import cn.helituan.domain.imports.Cells;
import cn.helituan.domain.imports.EnumLabels;
import cn.helituan.domain.imports.ImportColumn;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.web.common.Exports;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;

/**
 * The words of an import, from the message files: each column's header ({@code import.column.<KIND>.<key>}, in
 * Chinese and English, plus the Chinese {@code .aliases} users write instead, e.g. 手机/联系电话 for 手机号码), each
 * kind's sheet name ({@code import.sheet.<KIND>}), and the enumerations' labels ({@code Gender.MALE=男}), read back
 * from the cells. Matching is {@link Cells#label}'s (case, spaces of any width, quotes of any kind and full/half width
 * do not count) and ignores a leading or trailing "*" and a trailing "（必填）".
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ImportLabels implements EnumLabels {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;
    private final Exports exports;
    private final Map<Class<?>, Map<String, Enum<?>>> enums = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked")
    public <E extends Enum<E>> E parse(Class<E> type, String text) {
        Map<String, Enum<?>> labels = enums.computeIfAbsent(type, t -> {
            Map<String, Enum<?>> map = new HashMap<>();
            for (E constant : type.getEnumConstants()) {
                map.put(normal(constant.name()), constant);
                map.put(normal(enumLabel(constant, Locale.ENGLISH)), constant);
                map.put(normal(enumLabel(constant, CHINESE)), constant);
            }
            return map;
        });
        return (E) labels.get(normal(text));
    }

    /** An enum constant's label in the locale (what the template's dropdown offers in Chinese). */
    String enumLabel(Enum<?> constant, Locale locale) {
        return exports.label(constant, locale);
    }

    List<String> choices(ImportColumn column) {
        List<String> labels = new ArrayList<>();
        for (Enum<?> constant : column.choices().getEnumConstants()) {
            labels.add(enumLabel(constant, CHINESE));
        }
        return labels;
    }

    /** The header the template writes (Chinese: the deployments' spreadsheets are Chinese). */
    String header(ImportKind kind, ImportColumn column) {
        return messages.getMessage(columnKey(kind, column), null, CHINESE);
    }

    String hint(ImportKind kind, ImportColumn column) {
        return messages.getMessage(columnKey(kind, column) + ".hint", null, "", CHINESE);
    }

    String example(ImportKind kind, ImportColumn column) {
        return messages.getMessage(columnKey(kind, column) + ".example", null, "", CHINESE);
    }

    String sheetName(ImportKind kind) {
        return messages.getMessage("import.sheet." + kind.name(), null, CHINESE);
    }

    /** Every header text a column answers to, normalised. */
    List<String> headerTexts(ImportKind kind, ImportColumn column) {
        List<String> texts = new ArrayList<>();
        texts.add(normal(header(kind, column)));
        texts.add(normal(messages.getMessage(columnKey(kind, column), null, Locale.ENGLISH)));
        for (String alias : messages.getMessage(columnKey(kind, column) + ".aliases", null, "", CHINESE).split(",")) {
            if (!alias.isBlank()) {
                texts.add(normal(alias));
            }
        }
        return texts;
    }

    /** Whether a sheet's name says it holds this kind (人员名册, members…). */
    boolean namesSheet(ImportKind kind, String sheetName) {
        String name = normal(sheetName);
        return name.equals(normal(sheetName(kind)))
                || name.equals(normal(messages.getMessage("import.sheet." + kind.name(), null, Locale.ENGLISH)));
    }

    static String normal(String text) {
        String t = Cells.label(text);
        if (t.endsWith("(必填)") || t.endsWith("（必填）")) {
            t = t.substring(0, t.length() - 4).trim();
        }
        while (t.endsWith("*")) {
            t = t.substring(0, t.length() - 1).trim();
        }
        while (t.startsWith("*")) {
            t = t.substring(1).trim();
        }
        return t;
    }

    private static String columnKey(ImportKind kind, ImportColumn column) {
        return "import.column." + kind.name() + "." + column.key();
    }
}
