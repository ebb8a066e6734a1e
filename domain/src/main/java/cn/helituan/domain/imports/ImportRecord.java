package cn.helituan.domain.imports;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One uploaded file and what became of it: checked (pass 1) on upload, then imported (pass 2, which checks again in
 * the same transaction) when the user confirms, or cancelled. The file itself is kept beside it for audit.
 */
@Entity
@Table(name = "import_record")
public class ImportRecord extends AuditedEntity implements Labeled {

    public static final int CHECK = 1;
    public static final int IMPORT = 2;

    private String fileName;
    private String format;
    private long fileSize;
    private String sha256;
    @HistoryIgnore
    private String scopePath;
    @Enumerated(EnumType.STRING)
    private ImportKind chosenKind;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    private int problems;
    @HistoryIgnore
    private int pass;
    @HistoryIgnore
    private Instant checkedAt;
    @HistoryIgnore
    private Instant importedAt;
    private String importedBy;

    protected ImportRecord() {
    }

    public ImportRecord(String fileName, String format, long fileSize, String sha256, String scopePath,
                        ImportKind chosenKind) {
        this.scopePath = scopePath;
        this.chosenKind = chosenKind;
        this.fileName = fileName;
        this.format = format;
        this.fileSize = fileSize;
        this.sha256 = sha256;
        this.status = ImportStatus.UPLOADED;
    }

    /** The outcome of a pass: refused for its problems, or (pass 1) ready to import, or (pass 2) imported. */
    void passed(int pass, int problems, Instant at, String by) {
        this.pass = pass;
        this.problems = problems;
        if (problems > 0) {
            this.status = ImportStatus.REJECTED;
        } else if (pass == IMPORT) {
            this.status = ImportStatus.IMPORTED;
            this.importedAt = at;
            this.importedBy = by;
        } else {
            this.status = ImportStatus.CHECKED;
        }
        if (pass == CHECK) {
            this.checkedAt = at;
        }
    }

    /** Only a checked file without problems may be imported, once. */
    void requireImportable() {
        if (status != ImportStatus.CHECKED) {
            throw RuleViolation.global("import.notImportable");
        }
    }

    /** A checked file, or one whose check never finished, may be given up. */
    void cancel() {
        if (status != ImportStatus.CHECKED && status != ImportStatus.UPLOADED) {
            throw RuleViolation.global("import.notImportable");
        }
        this.status = ImportStatus.CANCELLED;
    }

    /** Whether a user whose scope has this path (see {@code Scope#pathFilter}) may see it: the uploader's or wider. */
    public boolean visibleTo(String pathFilter) {
        return pathFilter.isEmpty() || scopePath.startsWith(pathFilter);
    }

    public boolean cancellable() {
        return status == ImportStatus.CHECKED || status == ImportStatus.UPLOADED;
    }

    public boolean importable() {
        return status == ImportStatus.CHECKED;
    }

    @Override
    public String label() {
        return fileName;
    }

    public String getFileName() {
        return fileName;
    }

    public String getFormat() {
        return format;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getSha256() {
        return sha256;
    }

    public ImportKind getChosenKind() {
        return chosenKind;
    }

    public String getScopePath() {
        return scopePath;
    }

    public ImportStatus getStatus() {
        return status;
    }

    public int getProblems() {
        return problems;
    }

    public int getPass() {
        return pass;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getImportedBy() {
        return importedBy;
    }
}
