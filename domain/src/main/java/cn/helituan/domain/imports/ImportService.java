package cn.helituan.domain.imports;

import cn.helituan.domain.assisted.IndustrialChains;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.imports.SheetImporter.Outcome;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.team.Units;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports spreadsheets (organization-department administrators only). An upload is kept with its record and checked at
 * once: the check is the import itself, run in a transaction that is rolled back, so it finds exactly what importing
 * would do — rows to create, to update, unchanged, and every problem by row and column — with the same rules as the
 * forms. Confirming runs the import again in one transaction that is committed only when no row has a problem:
 * everything or nothing. Natural keys (see {@link ImportKind}) make a re-import of the same file change nothing.
 */
@Service
public class ImportService {

    /** Lines handed to an importer at a time; the persistence context is emptied after each batch. */
    static final int BATCH = 500;

    /** Problems stored per pass (all are counted). */
    public static final int KEPT_PROBLEMS = ImportRun.KEPT_PROBLEMS;

    private final ImportRecords records;
    private final Map<ImportKind, SheetImporter> importers = new EnumMap<>(ImportKind.class);
    private final TransactionTemplate tx;
    private final ChoiceCache choices;
    private final History history;
    private final Clock clock;

    public ImportService(ImportRecords records, Regions regions, WorkUnits workUnits, IndustrialChains chains,
                         Units units, Members members, Memberships memberships, PlatformTransactionManager txManager,
                         ChoiceCache choices, History history, Clock clock) {
        this.records = records;
        this.history = history;
        this.tx = new TransactionTemplate(txManager);
        this.choices = choices;
        this.clock = clock;
        importers.put(ImportKind.REGIONS, new RegionImporter(regions));
        importers.put(ImportKind.WORK_UNITS, new WorkUnitImporter(workUnits));
        importers.put(ImportKind.CHAINS, new ChainImporter(chains));
        importers.put(ImportKind.UNITS, new UnitImporter(units));
        importers.put(ImportKind.MEMBERS, new MemberImporter(members, memberships, workUnits, units));
    }

    /** What a pass found: per sheet, and the problems (the first {@value ImportRun#KEPT_PROBLEMS} of them). */
    public record Result(List<ImportTally> tallies, List<ImportProblem> problems, int problemCount) {
    }

    /** Keeps an uploaded file (already checked to be a spreadsheet by the caller) and opens its record. */
    @Transactional
    public ImportRecord upload(Scope scope, String fileName, String format, Path file) {
        scope.requireAccounts();
        try {
            long size = Files.size(file);
            ImportRecord record = records.save(new ImportRecord(fileName, format, size, sha256(file)));
            try (InputStream in = Files.newInputStream(file)) {
                records.saveFile(record.getId(), in, size);
            }
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pass 1: what importing would do, written nowhere but in the record's results. */
    public ImportRecord check(Scope scope, long id, ImportSource source, EnumLabels labels) {
        return pass(scope, id, null, source, labels, ImportRecord.CHECK);
    }

    /** Pass 2: the import, committed only when no row has a problem. */
    public ImportRecord confirm(Scope scope, long id, long version, ImportSource source, EnumLabels labels) {
        return pass(scope, id, version, source, labels, ImportRecord.IMPORT);
    }

    @Transactional
    public void cancel(Scope scope, long id, long version) {
        ImportRecord record = get(scope, id);
        record.checkVersion(version);
        record.cancel();
    }

    @Transactional(readOnly = true)
    public Page<ImportRecord> list(Scope scope, Pageable pageable) {
        scope.requireAccounts();
        return records.findAllByOrderByCreatedAtDescIdDesc(pageable);
    }

    @Transactional(readOnly = true)
    public ImportRecord get(Scope scope, long id) {
        scope.requireAccounts();
        return records.findById(id).orElseThrow(() -> new NotFoundException("import", id));
    }

    @Transactional(readOnly = true)
    public List<ImportTally> tallies(Scope scope, long id) {
        ImportRecord record = get(scope, id);
        return records.tallies(id, record.getPass());
    }

    @Transactional(readOnly = true)
    public Page<ImportProblem> problems(Scope scope, long id, Pageable pageable) {
        ImportRecord record = get(scope, id);
        return records.problems(id, record.getPass(), pageable);
    }

    /** The kept problems of the latest pass, in file order. */
    @Transactional(readOnly = true)
    public List<ImportProblem> allProblems(Scope scope, long id) {
        ImportRecord record = get(scope, id);
        List<ImportProblem> problems = new ArrayList<>();
        records.forEachProblem(id, record.getPass(), problems::add);
        return problems;
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Scope scope, long id) {
        get(scope, id);
        return history.of(ImportRecord.class, id);
    }

    /** Opens the kept file (the original upload) for {@code reader}. */
    @Transactional(readOnly = true)
    public <T> T readFile(Scope scope, long id, Function<InputStream, T> reader) {
        get(scope, id);
        return records.readFile(id, reader);
    }

    private ImportRecord pass(Scope scope, long id, Long version, ImportSource source, EnumLabels labels, int pass) {
        scope.requireAccounts();
        Instant now = clock.instant();
        Result result = tx.execute(status -> {
            ImportRecord record = get(scope, id);
            if (version != null) {
                record.checkVersion(version);
            }
            if (pass == ImportRecord.IMPORT) {
                record.requireImportable();
            }
            Result found = run(scope, source, labels);
            if (pass == ImportRecord.CHECK || found.problemCount() > 0) {
                status.setRollbackOnly();
                return found;
            }
            records.saveResults(id, pass, found.tallies(), found.problems());
            record.passed(pass, 0, now, scope.username());
            records.save(record);
            choices.invalidateAfterCommit();
            return found;
        });
        if (pass == ImportRecord.IMPORT && result.problemCount() == 0) {
            return tx.execute(status -> get(scope, id));
        }
        // rolled back: a check, or an import that met a problem; say what was found
        return tx.execute(status -> {
            ImportRecord record = get(scope, id);
            records.saveResults(id, pass, result.tallies(), result.problems());
            record.passed(pass, result.problemCount(), now, scope.username());
            return records.save(record);
        });
    }

    /** Every sheet in dependency order, each in batches. */
    Result run(Scope scope, ImportSource source, EnumLabels labels) {
        ImportRun run = new ImportRun(scope, labels, LocalDate.now(clock));
        List<ImportSource.Sheet> sheets = new ArrayList<>(source.sheets(run::problem));
        sheets.sort(Comparator.comparing(ImportSource.Sheet::kind));
        List<ImportTally> tallies = new ArrayList<>();
        for (ImportSource.Sheet sheet : sheets) {
            SheetImporter importer = importers.get(sheet.kind());
            int[] counts = new int[Outcome.values().length];
            List<ImportLine> batch = new ArrayList<>(BATCH);
            Consumer<List<ImportLine>> flush = lines -> {
                for (Outcome outcome : importer.batch(lines, run)) {
                    counts[outcome.ordinal()]++;
                }
                records.flushAndDetach();
                lines.clear();
            };
            source.read(sheet, line -> {
                batch.add(line);
                if (batch.size() == BATCH) {
                    flush.accept(batch);
                }
            }, run::problem);
            if (!batch.isEmpty()) {
                flush.accept(batch);
            }
            tallies.add(new ImportTally(sheet.kind(), sheet.name(), counts[Outcome.CREATED.ordinal()],
                    counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                    counts[Outcome.PROBLEM.ordinal()]));
        }
        if (run.problemCount() == 0 && tallies.stream().allMatch(t -> t.created() + t.updated() + t.unchanged() == 0)) {
            run.problem(ImportProblem.ofSheet(sheets.isEmpty() ? "" : sheets.get(0).name(), "import.file.empty", null));
        }
        return new Result(tallies, run.problems(), run.problemCount());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
