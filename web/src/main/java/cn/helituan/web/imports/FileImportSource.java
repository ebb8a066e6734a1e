package cn.helituan.web.imports;

import cn.helituan.domain.imports.ImportColumn;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportLine;
import cn.helituan.domain.imports.ImportProblem;
import cn.helituan.domain.imports.ImportSource;
import cn.helituan.domain.imports.SheetRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * An uploaded .xlsx or .csv as the import engine reads it. Each worksheet is matched to a kind by its name (人员名册,
 * 派出单位…), else by its headers, else — a single-sheet file or a CSV — by the kind the user chose. The header row is
 * the first of the sheet's first {@value #HEADER_SEARCH} rows that holds every required header, so title rows above
 * it are skipped; an unknown header, a missing required one, and a formula cell are problems. The template's own
 * example row is skipped.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class FileImportSource implements ImportSource {

    static final int HEADER_SEARCH = 10;
    /** Sheets the system itself adds to files it hands out: the error list, the template's dropdown lists. */
    private static final Set<String> OWN_SHEETS = Set.of(ErrorWorkbook.LIST_SHEET, ImportTemplate.LISTS_SHEET);

    private final Path file;
    private final String csvName;
    private final ImportKind chosen;
    private final ImportLabels labels;
    private long estimated = -1;

    /** Stops reading a sheet once its header has been seen. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    @Override
    public List<Sheet> sheets(Consumer<ImportProblem> problems) {
        List<String> names;
        try {
            names = WorkbookReader.sheetNames(file, csvName).stream().filter(n -> !OWN_SHEETS.contains(n)).toList();
        } catch (ImportFileException e) {
            problems.accept(ImportProblem.ofSheet(csvName, e.messageKey(), argument(e)));
            return List.of();
        }
        List<Sheet> sheets = new ArrayList<>();
        for (String name : names) {
            // the user's word first for a single sheet; else the sheet's name; else the headers that fit best
            ImportKind kind = names.size() == 1 && chosen != null ? chosen : byName(name);
            if (kind == null) {
                kind = byHeaders(name);
            }
            if (kind == null) {
                problems.accept(ImportProblem.ofSheet(name, "import.sheet.unknown", name));
            } else {
                sheets.add(new Sheet(name, kind));
            }
        }
        if (sheets.isEmpty() && names.isEmpty()) {
            problems.accept(ImportProblem.ofSheet(csvName, "import.file.empty", null));
        }
        return sheets;
    }

    private ImportKind byName(String sheetName) {
        for (ImportKind kind : ImportKind.values()) {
            if (labels.namesSheet(kind, sheetName)) {
                return kind;
            }
        }
        return null;
    }

    /**
     * The kind whose required headers all stand in one of the sheet's first rows; of several, the one that
     * recognises the most of that row's headers (a roster also has a 派出单位 column, as the work units do).
     */
    private ImportKind byHeaders(String sheetName) {
        ImportKind[] found = {null};
        int[] seen = {0};
        try {
            WorkbookReader.read(file, sheetName, (row, formulas) -> {
                int best = -1;
                for (ImportKind kind : ImportKind.values()) {
                    Header header = headerColumns(kind, row);
                    if (header.missing().isEmpty() && header.found() - header.unknown().size() > best) {
                        best = header.found() - header.unknown().size();
                        found[0] = kind;
                    }
                }
                if (found[0] != null || ++seen[0] >= HEADER_SEARCH) {
                    throw new Enough();
                }
            });
        } catch (Enough | ImportFileException e) {
            // found, gave up, or unreadable: read() reports the last
        }
        return found[0];
    }

    private static boolean numeric(ImportKind kind, String key) {
        return kind.columns().stream().anyMatch(c -> c.key().equals(key)
                && (c.type() == ImportColumn.ColumnType.INTEGER || c.type() == ImportColumn.ColumnType.DECIMAL
                    || c.type() == ImportColumn.ColumnType.DEGREES));
    }

    @Override
    public void read(Sheet sheet, Consumer<ImportLine> lines, Consumer<ImportProblem> problems) {
        ImportKind kind = sheet.kind();
        // normalised once for the sheet, not once a row
        List<String> example = kind.columns().stream().map(c -> ImportLabels.normal(labels.example(kind, c))).toList();
        Header[] header = {null};
        Header[] best = {null};
        int[] before = {0};
        try {
            WorkbookReader.read(file, sheet.name(), new RowVisitor() {
            @Override
            public void row(SheetRow row, Set<Integer> formulas) {
                row(row, formulas, Set.of());
            }

            @Override
            public void row(SheetRow row, Set<Integer> formulas, Set<Integer> mergedBelow) {
                if (header[0] == null) {
                    Header candidate = headerColumns(kind, row);
                    if (candidate.missing().isEmpty()) {
                        header[0] = candidate;
                        candidate.unknown().forEach(text -> problems.accept(new ImportProblem(sheet.name(),
                                row.number(), null, candidate.unknownColumns().get(text), "import.header.unknown",
                                text)));
                    } else {
                        if (best[0] == null || candidate.found() > best[0].found()) {
                            best[0] = candidate;
                        }
                        if (++before[0] >= HEADER_SEARCH) {
                            throw new Enough();
                        }
                    }
                    return;
                }
                Map<String, String> values = new HashMap<>();
                header[0].columns().forEach((key, column) -> values.put(key, row.cell(column)));
                if (isExample(kind, values, example)) {
                    return;
                }
                ImportLine line = new ImportLine(kind, sheet.name(), row.number(), values, header[0].columns());
                for (int column : formulas) {
                    String key = header[0].keyAt(column);
                    problems.accept(new ImportProblem(sheet.name(), row.number(), key, column, "import.cell.formula",
                            row.cell(column)));
                }
                for (int column : mergedBelow) {
                    // a number merged down rows belongs to one row only: copied, a sum would count it on each
                    String key = header[0].keyAt(column);
                    if (key != null && numeric(kind, key)) {
                        problems.accept(new ImportProblem(sheet.name(), row.number(), key, column,
                                "import.cell.mergedNumber", row.cell(column)));
                    }
                }
                lines.accept(line);
            }
            });
        } catch (Enough e) {
            // no header in the first rows: reported below
        } catch (ImportFileException e) {
            problems.accept(ImportProblem.ofSheet(sheet.name(), e.messageKey(), argument(e)));
            return;
        }
        if (header[0] == null) {
            List<String> missing = best[0] == null
                    ? kind.columns().stream().filter(ImportColumn::required).map(c -> labels.header(kind, c)).toList()
                    : best[0].missing();
            problems.accept(ImportProblem.ofSheet(sheet.name(), "import.header.missing", String.join("、", missing)));
        }
    }

    /**
     * Estimated once per source: the job shows it before the pass starts and the pass asks again (a 100,000-row file
     * was counted twice).
     */
    @Override
    public long estimatedRows() {
        if (estimated < 0) {
            estimated = RowEstimate.of(file);
        }
        return estimated;
    }

    /** Whether the row is the template's example row ({@code example}: its cells as {@link ImportLabels#normal}). */
    private boolean isExample(ImportKind kind, Map<String, String> values, List<String> example) {
        List<ImportColumn> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (!ImportLabels.normal(values.getOrDefault(columns.get(i).key(), "")).equals(example.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** A row read as a header of the kind: which column holds which key, what is missing, what is unknown. */
    private record Header(Map<String, Integer> columns, List<String> missing, List<String> unknown,
                          Map<String, Integer> unknownColumns, int found) {

        String keyAt(int column) {
            return columns.entrySet().stream().filter(e -> e.getValue() == column).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
        }
    }

    private Header headerColumns(ImportKind kind, SheetRow row) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Map<String, Integer> unknown = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = ImportLabels.normal(row.cell(i));
            if (text.isEmpty()) {
                continue;
            }
            String key = null;
            for (ImportColumn column : kind.columns()) {
                if (labels.headerTexts(kind, column).contains(text)) {
                    key = column.key();
                    break;
                }
            }
            if (key == null || columns.containsKey(key)) {
                unknown.put(row.cell(i), i);
            } else {
                columns.put(key, i);
            }
        }
        List<String> missing = kind.columns().stream().filter(c -> c.required() && !columns.containsKey(c.key()))
                .map(c -> labels.header(kind, c)).toList();
        return new Header(columns, missing, List.copyOf(unknown.keySet()), unknown, columns.size());
    }

    private static String argument(ImportFileException e) {
        Object[] args = e.args();
        return args.length == 0 ? null : String.valueOf(args[0]);
    }
}
