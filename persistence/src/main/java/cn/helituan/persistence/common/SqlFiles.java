package cn.helituan.persistence.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Report SQL kept in {@code .sql} resources beside the code that runs it ({@code sql/<feature>/<name>.sql} on the
 * classpath), read once when the feature's {@code …Queries} class is made. A file holds one statement, or several
 * named parts, each after a line {@code -- name: <part>}, for statements assembled from optional pieces (a filter,
 * an order).
 */
public final class SqlFiles {

    private static final Pattern PART = Pattern.compile("(?m)^--\\s*name:\\s*(\\S+)\\s*$");

    private SqlFiles() {
    }

    /** The whole file, without a trailing semicolon or blank lines at its end. */
    public static String read(String path) {
        return trim(load(path));
    }

    /** The file's named parts, in the order they appear. */
    public static Map<String, String> parts(String path) {
        String text = load(path);
        Map<String, String> parts = new LinkedHashMap<>();
        Matcher matcher = PART.matcher(text);
        String name = null;
        int from = 0;
        while (matcher.find()) {
            if (name != null) {
                parts.put(name, trim(text.substring(from, matcher.start())));
            }
            name = matcher.group(1);
            from = matcher.end();
        }
        if (name == null) {
            throw new IllegalStateException(path + " has no '-- name:' part");
        }
        parts.put(name, trim(text.substring(from)));
        return parts;
    }

    private static String load(String path) {
        try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("no SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String trim(String sql) {
        String text = sql.strip();
        return text.endsWith(";") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
