package cn.helituan.domain.imports;

import cn.helituan.domain.common.IdNumbers;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandCategories;
import cn.helituan.domain.demand.DemandCategory;
import cn.helituan.domain.team.UnitKey;
import cn.helituan.domain.team.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One pass over a file: who imports, how enumerations read, the problems found so far (the first
 * {@value #KEPT_PROBLEMS} kept, all counted) and the natural keys already seen, so that a key twice in a file is
 * caught. Also reads a line's cells by their column types ({@link #values}).
 */
final class ImportRun {

    static final int KEPT_PROBLEMS = 10_000;
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}");
    private static final Pattern PATH_SEPARATOR = Pattern.compile("[/／]");

    final Scope scope;
    final EnumLabels labels;
    final LocalDate today;
    private final List<ImportProblem> problems = new ArrayList<>();
    private int problemCount;
    private final Map<ImportKind, Set<String>> keys = new HashMap<>();
    /** The live units in scope by their path of names (lower case), read once per pass, joined by created ones. */
    private Map<String, UnitKey> units;
    /** Paths of names that more than one live unit has (siblings of the same name): a row cannot say which. */
    private final Set<String> ambiguous = new HashSet<>();
    /** The live demand categories' ids by their names as labels ({@link Cells#label}), read once per pass. */
    private Map<String, Long> categories;

    /** The kinds of the file's sheets ({@link #sheets}), known before the first row is read. */
    private Set<ImportKind> sheetKinds = Set.of();

    /** What an importer keeps for the whole pass (its look-ups), by its class. */
    private final Map<Class<?>, Object> states = new HashMap<>();

    /** The importer's state for this pass, made on first use. */
    <T> T state(Class<T> type, java.util.function.Supplier<T> make) {
        return type.cast(states.computeIfAbsent(type, t -> make.get()));
    }

    ImportRun(Scope scope, EnumLabels labels, LocalDate today) {
        this.scope = scope;
        this.labels = labels;
        this.today = today;
    }

    /** Says which kinds of sheet the file holds. */
    void sheets(java.util.Collection<ImportKind> kinds) {
        sheetKinds = Set.copyOf(kinds);
    }

    /** Whether the file holds a sheet of a kind imported after {@code kind} (sheets go in the kinds' order). */
    boolean sheetAfter(ImportKind kind) {
        return sheetKinds.stream().anyMatch(k -> k.compareTo(kind) > 0);
    }

    /** The units in scope by path of names: loaded on first use. */
    Map<String, UnitKey> units(Units store) {
        if (units == null) {
            units = new HashMap<>();
            Map<Long, String> pathsById = new HashMap<>();
            for (UnitKey unit : store.keysInside(scope.pathFilter())) {
                String parent = unit.parentId() == null ? null : pathsById.get(unit.parentId());
                String path = parent == null ? unit.name() : parent + "/" + unit.name();
                pathsById.put(unit.id(), path);
                if (units.put(path.toLowerCase(), unit) != null) {
                    ambiguous.add(path.toLowerCase());
                }
            }
        }
        return units;
    }

    /**
     * The live demand category a cell names, matched as a label ({@link Cells#label}: “四型”社区 and 四型社区 are one),
     * or null.
     */
    DemandCategory category(DemandCategories store, String text) {
        if (categories == null) {
            categories = new HashMap<>();
            for (DemandCategory category : store.findByArchivedFalseOrderBySortOrderAscIdAsc()) {
                categories.putIfAbsent(Cells.label(category.getName()), category.getId());
            }
        }
        Long id = categories.get(Cells.label(text));
        return id == null ? null : store.findById(id).orElse(null);
    }

    /** Whether two live units answer to this path of names (lower case). */
    boolean ambiguous(String path) {
        return ambiguous.contains(path.toLowerCase());
    }

    /** "示范县合力团 / 产业发展分团／茶产业小组" as its names, trimmed; empty names dropped. */
    static List<String> pathNames(String path) {
        List<String> names = new ArrayList<>();
        for (String name : PATH_SEPARATOR.split(path)) {
            String trimmed = Cells.text(name);
            if (!trimmed.isEmpty()) {
                names.add(trimmed);
            }
        }
        return names;
    }

    void problem(ImportProblem problem) {
        problemCount++;
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    void problem(ImportLine line, String column, String messageKey, String argument) {
        problem(ImportProblem.ofCell(line, column, messageKey, argument));
    }

    List<ImportProblem> problems() {
        return problems;
    }

    int problemCount() {
        return problemCount;
    }

    /** Whether this natural key is new in the file; a second occurrence is a problem on its key column. */
    boolean firstTime(ImportLine line, String column, String key) {
        if (keys.computeIfAbsent(line.kind(), k -> new HashSet<>()).add(key.toLowerCase())) {
            return true;
        }
        problem(line, column, "import.key.duplicate", line.get(column));
        return false;
    }

    /**
     * The line's cells read by their column types: text within its length, choices by their labels, dates, yes/no,
     * mobile numbers. Null when a cell is wrong (each wrong cell is reported).
     */
    Values values(ImportLine line) {
        Map<String, Object> values = new HashMap<>();
        boolean ok = true;
        for (ImportColumn column : line.kind().columns()) {
            String raw = line.get(column.key());
            if (raw.isEmpty()) {
                if (column.required()) {
                    problem(line, column.key(), "import.cell.required", null);
                    ok = false;
                }
                continue;
            }
            try {
                values.put(column.key(), read(column, raw));
            } catch (IllegalArgumentException e) {
                boolean words = (column.type() == ImportColumn.ColumnType.INTEGER
                        || column.type() == ImportColumn.ColumnType.DECIMAL
                        || column.type() == ImportColumn.ColumnType.DEGREES) && Cells.numberInWords(raw);
                problem(line, column.key(), words ? "import.cell.numberInWords" : e.getMessage(), raw);
                ok = false;
            }
        }
        return ok ? new Values(values) : null;
    }

    private Object read(ImportColumn column, String raw) {
        return switch (column.type()) {
            case TEXT -> {
                if (raw.codePointCount(0, raw.length()) > column.maxLength()) {
                    throw new IllegalArgumentException("import.cell.tooLong");
                }
                yield raw;
            }
            case CHOICE -> {
                Object value = parseChoice(column.choices(), raw);
                if (value == null) {
                    throw new IllegalArgumentException("import.cell.choice");
                }
                yield value;
            }
            case CHOICES -> {
                java.util.Set<Object> values = new java.util.LinkedHashSet<>();
                for (String item : Cells.list(raw)) {
                    Object value = parseChoice(column.choices(), item);
                    if (value == null) {
                        throw new IllegalArgumentException("import.cell.choice");
                    }
                    values.add(value);
                }
                yield values;
            }
            case INTEGER -> {
                Integer value;
                try {
                    value = Cells.integer(raw);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("import.cell.integer");
                }
                if (value < 0 || value > column.maxLength()) {
                    throw new IllegalArgumentException("import.cell.integer");
                }
                yield value;
            }
            case DECIMAL -> {
                java.math.BigDecimal value;
                try {
                    value = Cells.decimal(raw);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("import.cell.decimal");
                }
                if (value.signum() < 0 || value.compareTo(java.math.BigDecimal.valueOf(column.maxLength())) > 0) {
                    throw new IllegalArgumentException("import.cell.decimal");
                }
                if (value.stripTrailingZeros().scale() > 2) {
                    // stored as numeric(18,2): a third decimal would be rounded silently, and never read back equal
                    throw new IllegalArgumentException("import.cell.decimalScale");
                }
                yield value;
            }
            case DEGREES -> {
                String text = raw.trim();
                boolean negative = text.startsWith("-");
                java.math.BigDecimal value;
                try {
                    value = Cells.decimal(negative ? text.substring(1) : text);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("import.cell.degrees");
                }
                if (value.compareTo(java.math.BigDecimal.valueOf(column.maxLength())) > 0) {
                    throw new IllegalArgumentException("import.cell.degrees");
                }
                yield negative ? -value.doubleValue() : value.doubleValue();
            }
            case DATE -> {
                try {
                    yield Cells.date(raw);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("import.cell.date");
                }
            }
            case YES_NO -> {
                try {
                    yield Cells.yesNo(raw);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("import.cell.yesNo");
                }
            }
            case MOBILE -> {
                String mobile = Cells.mobile(raw);
                if (!MOBILE.matcher(mobile).matches()) {
                    throw new IllegalArgumentException("import.cell.mobile");
                }
                yield mobile;
            }
            case ID_NUMBER -> {
                String number = IdNumbers.normalize(Cells.ascii(raw));
                if (number != null && number.indexOf('*') >= 0) {
                    // a non-admin's export stars the numbers: such a file cannot set them
                    throw new IllegalArgumentException("import.cell.idNumberStarred");
                }
                if (!IdNumbers.valid(number, today)) {
                    throw new IllegalArgumentException("import.cell.idNumber");
                }
                yield number;
            }
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object parseChoice(Class<? extends Enum<?>> type, String raw) {
        return labels.parse((Class) type, raw);
    }

    /** A line's cells, read. */
    record Values(Map<String, Object> map) {

        String text(String key) {
            Object value = map.get(key);
            return value == null ? null : value.toString();
        }

        @SuppressWarnings("unchecked")
        <T> T get(String key) {
            return (T) map.get(key);
        }
    }
}
