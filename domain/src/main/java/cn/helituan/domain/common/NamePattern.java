package cn.helituan.domain.common;

import java.util.Locale;

/** Text typed to find a name, as the LIKE pattern "contains, ignoring case" (wildcards escaped with a backslash). */
public final class NamePattern {

    private NamePattern() {
    }

    public static String contains(String text) {
        String trimmed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return "%" + trimmed.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
