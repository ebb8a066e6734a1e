package cn.helituan.web.imports;

import cn.helituan.domain.activity.ActivityChoices;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.imports.ImportColumn;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportRecord;
import cn.helituan.domain.imports.ImportService;
import cn.helituan.web.common.Exports;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The import's files, shared by the pages ({@link ImportController}) and the starting data (the demo county's own
 * imports): the templates as {@code /imports/template} hands them out, and a file uploaded, checked and confirmed
 * exactly as through the pages (kept with its record, read by {@link FileImportSource}).
 */
@Component
public class ImportFiles {

    private final ImportService imports;
    private final ImportLabels labels;
    private final MessageSource messages;
    private final ActivityChoices activityChoices;

    ImportFiles(ImportService imports, MessageSource messages, Exports exports, ActivityChoices activityChoices) {
        this.imports = imports;
        this.activityChoices = activityChoices;
        this.labels = new ImportLabels(messages, exports);
        this.messages = messages;
    }

    ImportLabels labels() {
        return labels;
    }

    /** The template's sheet of each kind: headers, hints, dropdowns, the example row, then {@code rows}. */
    List<ImportTemplate.TemplateSheet> templateSheets(List<ImportKind> kinds, List<List<String>> rows) {
        List<ImportTemplate.TemplateSheet> sheets = new ArrayList<>();
        for (ImportKind k : kinds) {
            List<ImportTemplate.TemplateColumn> columns = new ArrayList<>();
            List<String> example = new ArrayList<>();
            for (ImportColumn column : k.columns()) {
                List<String> choices = column.choices() == null ? ledgerChoices(k, column) : labels.choices(column);
                columns.add(new ImportTemplate.TemplateColumn(labels.header(k, column), column.required(), choices,
                        labels.hint(k, column), 0));
                example.add(labels.example(k, column));
            }
            List<List<String>> filled = new ArrayList<>();
            filled.add(example);
            filled.addAll(rows);
            sheets.add(new ImportTemplate.TemplateSheet(labels.sheetName(k),
                    text("import.template.note." + k.name()), columns, filled));
        }
        return sheets;
    }

    /**
     * The activity ledger's dropdowns (issue 20): the live activity types by name, and the two statuses a ledger row
     * may give (已上报, 已确认); no dropdown for the other columns.
     */
    private List<String> ledgerChoices(ImportKind kind, ImportColumn column) {
        if (kind != ImportKind.ACTIVITIES) {
            return List.of();
        }
        return switch (column.key()) {
            case "type" -> activityChoices.types().stream().map(ActivityType::getName).toList();
            case "status" -> List.of(labels.enumLabel(ActivityStatus.REPORTED, ImportLabels.CHINESE),
                    labels.enumLabel(ActivityStatus.CONFIRMED, ImportLabels.CHINESE));
            default -> List.of();
        };
    }

    /** Writes the templates of {@code kinds} (one sheet each), with {@code rows} below the example row. */
    void writeTemplate(List<ImportKind> kinds, List<List<String>> rows, OutputStream out) throws IOException {
        ImportTemplate.write(templateSheets(kinds, rows), text("import.template.invalidTitle"),
                text("import.template.invalidText"), out);
    }

    /**
     * The kind's template filled in as a clerk fills it in: {@code rows} (cells in the template's column order, as
     * its labels read) below the example row, saved to {@code file}.
     */
    public void fillTemplate(ImportKind kind, List<List<String>> rows, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeTemplate(List.of(kind), rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps {@code file} under {@code fileName} and checks it, as the upload form does; the record as checked. */
    public ImportRecord uploadAndCheck(Scope scope, String fileName, Path file, ImportKind kind) {
        String format;
        try {
            format = WorkbookReader.detect(file).name();
        } catch (ImportFileException e) {
            throw new IllegalArgumentException(fileName + ": " + e.messageKey(), e);
        }
        long id = imports.upload(scope, fileName, format, file, kind).getId();
        return imports.check(scope, id, source(file, fileName, kind), labels);
    }

    /** Confirms a checked file from its kept copy, as the preview's confirm does; the record as it ends. */
    public ImportRecord confirm(Scope scope, long id) {
        ImportRecord kept = imports.get(scope, id);
        return withFile(scope, id, path -> imports.confirm(scope, id, kept.getVersion(),
                source(path, kept.getFileName(), kept.getChosenKind()), labels));
    }

    FileImportSource source(Path path, String fileName, ImportKind kind) {
        return new FileImportSource(path, baseName(fileName), kind, labels);
    }

    /** The kept file, copied to a temporary file for the readers (which need a path), removed afterwards. */
    <T> T withFile(Scope scope, long id, Function<Path, T> action) {
        Path temp;
        try {
            temp = Files.createTempFile("helituan-import-", ".kept");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            imports.readFile(scope, id, in -> {
                try {
                    Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
            return action.apply(temp);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }

    static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, ImportLabels.CHINESE);
    }
}
