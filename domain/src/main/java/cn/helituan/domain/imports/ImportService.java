package cn.helituan.domain.imports;

import cn.helituan.domain.activity.ActivityLedger;
import cn.helituan.domain.activity.ActivityTypes;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.assisted.IndustrialChains;
import cn.helituan.domain.assisted.Relationships;
import cn.helituan.domain.assisted.Regions;
import cn.helituan.domain.assisted.Stationings;
import cn.helituan.domain.common.ChoiceCache;
import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.OneTimeSubmissions;
import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.BulkInserts;
import cn.helituan.domain.history.DryRun;
import cn.helituan.domain.history.History;
import cn.helituan.domain.history.HistoryEntry;
import cn.helituan.domain.demand.AidResources;
import cn.helituan.domain.demand.DemandCategories;
import cn.helituan.domain.demand.Demands;
import cn.helituan.domain.imports.SheetImporter.Outcome;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.Memberships;
import cn.helituan.domain.member.WorkUnits;
import cn.helituan.domain.station.StationService;
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
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports spreadsheets: organization-department administrators every kind, sub-team leaders the stationing register
 * ({@link #kinds}). An upload is kept with its record and checked at
 * once: the check is the import itself, run in a transaction that is rolled back, so it finds exactly what importing
 * would do — rows to create, to update, unchanged, and every problem by row and column — with the same rules as the
 * forms. Confirming runs the import again in one transaction that is committed only when no row has a problem:
 * everything or nothing. Natural keys (see {@link ImportKind}) make a re-import of the same file change nothing.
 */
@Service
public class ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

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
    private final OneTimeSubmissions submissions;

    public ImportService(ImportRecords records, Regions regions, WorkUnits workUnits, IndustrialChains chains,
                         Units units, Members members, Memberships memberships, AssistedObjects objects,
                         Relationships relationships, Demands demands, DemandCategories categories,
                         AidResources resources, ActivityLedger ledger, ActivityTypes activityTypes,
                         StationService stations, Stationings stationings, PlatformTransactionManager txManager, ChoiceCache choices,
                         History history, Clock clock, OneTimeSubmissions submissions, BulkInserts bulk,
                         FieldCipher cipher, CrossTeamSheets crossTeamSheets) {
        this.records = records;
        this.history = history;
        this.tx = new TransactionTemplate(txManager);
        this.choices = choices;
        this.clock = clock;
        this.submissions = submissions;
        importers.put(ImportKind.REGIONS, new RegionImporter(regions));
        importers.put(ImportKind.WORK_UNITS, new WorkUnitImporter(workUnits));
        importers.put(ImportKind.CHAINS, new ChainImporter(chains));
        importers.put(ImportKind.UNITS, new UnitImporter(units));
        importers.put(ImportKind.MEMBERS, new MemberImporter(members, memberships, workUnits, units, bulk, clock,
                cipher));
        importers.put(ImportKind.OBJECTS, new ObjectImporter(objects, regions, chains));
        importers.put(ImportKind.RELATIONSHIPS, new RelationshipImporter(relationships, objects, units));
        importers.put(ImportKind.DEMANDS, new DemandImporter(demands, categories, objects));
        importers.put(ImportKind.RESOURCES, new ResourceImporter(resources, categories, units, workUnits, members));
        importers.put(ImportKind.ACTIVITIES, new ActivityImporter(ledger, activityTypes, units, objects, members));
        importers.put(ImportKind.STATIONINGS, new StationingImporter(stations, stationings, objects, members,
                memberships, workUnits));
        crossTeamSheets.addTo(importers);
    }

    /** What a pass found: per sheet, and the problems (the first {@value ImportRun#KEPT_PROBLEMS} of them). */
    public record Result(List<ImportTally> tallies, List<ImportChange> changes, List<ImportProblem> problems,
                         int problemCount) {
    }

    /** Rows created or updated that a pass keeps to show. */
    public static final int KEPT_CHANGES = 1_000;

    /**
     * The kinds the scope imports: every kind for an org admin; the stationing register for a sub-team leader (its
     * rows then refused outside the villages their groups are paired with, as the form refuses them); none otherwise.
     */
    public List<ImportKind> kinds(Scope scope) {
        if (scope.canManageAccounts()) {
            return List.of(ImportKind.values());
        }
        return scope.canImport() ? List.of(ImportKind.STATIONINGS) : List.of();
    }

    /**
     * Refuses an upload or a template of {@code kind} (null: recognised by its sheets, or every template) that the
     * scope does not import.
     */
    public void requireKind(Scope scope, ImportKind kind) {
        scope.requireImports();
        List<ImportKind> allowed = kinds(scope);
        if (kind == null ? allowed.size() < ImportKind.values().length : !allowed.contains(kind)) {
            throw new ForbiddenException("import " + kind);
        }
    }

    /** Keeps an uploaded file (already checked to be a spreadsheet by the caller) and opens its record. */
    @Transactional
    public ImportRecord upload(Scope scope, String fileName, String format, Path file, ImportKind chosenKind) {
        requireKind(scope, chosenKind);
        try {
            long size = Files.size(file);
            ImportRecord record = records.save(new ImportRecord(fileName, format, size, sha256(file),
                    scope.pathFilter(), chosenKind));
            try (InputStream in = Files.newInputStream(file)) {
                records.saveFile(record.getId(), in, size);
            }
            return record;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Pass 1: what importing would do, written nowhere but in the record's results. May be run again (say, after the
     * missing work unit has been added) until the file is imported or cancelled.
     */
    public ImportRecord check(Scope scope, long id, ImportSource source, EnumLabels labels) {
        return check(scope, id, source, labels, ImportProgress.NONE);
    }

    /** Pass 1, telling {@code progress} how many rows it has read (a background job shows it). */
    public ImportRecord check(Scope scope, long id, ImportSource source, EnumLabels labels, ImportProgress progress) {
        return pass(scope, id, null, source, labels, ImportRecord.CHECK, null, progress);
    }

    /** Pass 2: the import, committed only when no row has a problem. */
    public ImportRecord confirm(Scope scope, long id, long version, ImportSource source, EnumLabels labels) {
        return confirm(scope, id, version, source, labels, null);
    }

    /**
     * Pass 2 under the confirm form's one-time key (null: none), claimed in the pass's transaction once the pass
     * holds the lock: a second confirm with the key (a retry, a double click) is refused with
     * {@code import.confirm.repeated} and imports nothing; a pass that finds a problem rolls the claim back.
     */
    public ImportRecord confirm(Scope scope, long id, long version, ImportSource source, EnumLabels labels,
                                UUID formKey) {
        return confirm(scope, id, version, source, labels, formKey, ImportProgress.NONE);
    }

    /** Pass 2 under the form's one-time key, telling {@code progress} how many rows it has read. */
    public ImportRecord confirm(Scope scope, long id, long version, ImportSource source, EnumLabels labels,
                                UUID formKey, ImportProgress progress) {
        return pass(scope, id, version, source, labels, ImportRecord.IMPORT, formKey, progress);
    }

    @Transactional
    public void cancel(Scope scope, long id, long version) {
        ImportRecord record = get(scope, id);
        record.checkVersion(version);
        record.cancel();
    }

    @Transactional(readOnly = true)
    public Page<ImportRecord> list(Scope scope, Pageable pageable) {
        scope.requireImports();
        return records.findByScopePathStartingWithOrderByCreatedAtDescIdDesc(scope.pathFilter(), pageable);
    }

    @Transactional(readOnly = true)
    public ImportRecord get(Scope scope, long id) {
        scope.requireImports();
        return records.findById(id).filter(r -> r.visibleTo(scope.pathFilter()))
                .orElseThrow(() -> new NotFoundException("import", id));
    }

    @Transactional(readOnly = true)
    public List<ImportTally> tallies(Scope scope, long id) {
        ImportRecord record = get(scope, id);
        return records.tallies(id, record.getPass());
    }

    /** The first rows the latest pass creates or updates. */
    @Transactional(readOnly = true)
    public List<ImportChange> changes(Scope scope, long id, int limit) {
        ImportRecord record = get(scope, id);
        return records.changes(id, record.getPass(), limit);
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

    private ImportRecord pass(Scope scope, long id, Long version, ImportSource source, EnumLabels labels, int pass,
                              UUID formKey, ImportProgress progress) {
        scope.requireImports();
        Instant now = clock.instant();
        Result result;
        try {
            result = tx.execute(status -> {
                if (!records.lockForPass(id)) {
                    throw RuleViolation.global("import.busy");
                }
                if (formKey != null) {
                    OneTimeSubmissions.Outcome claimed = submissions.claim(scope, formKey, "import", id);
                    if (claimed != OneTimeSubmissions.Outcome.SAVED) {
                        throw RuleViolation.global(claimed == OneTimeSubmissions.Outcome.REPEATED
                                ? "import.confirm.repeated"
                                : "form.key.invalid");
                    }
                }
                ImportRecord record = get(scope, id);
                if (pass == ImportRecord.IMPORT) {
                    record.requireImportable();
                } else if (!record.cancellable() && record.getStatus() != ImportStatus.REJECTED) {
                    throw RuleViolation.global("import.notImportable");
                }
                if (version != null) {
                    record.checkVersion(version);
                }
                if (pass == ImportRecord.CHECK) {
                    DryRun.begin(); // rolled back below: the rows it writes need no history
                }
                Result found = run(scope, source, labels, progress);
                if (pass == ImportRecord.CHECK || found.problemCount() > 0) {
                    status.setRollbackOnly();
                    return found;
                }
                records.settleTally(found.tallies().stream().filter(t -> t.kind() == ImportKind.MEMBERS)
                        .mapToLong(ImportTally::created).sum());
                // the batches emptied the persistence context: the record is read again, not merged
                ImportRecord fresh = get(scope, id);
                records.saveResults(id, pass, found.tallies(), found.changes(), found.problems());
                fresh.passed(pass, 0, now, scope.username());
                choices.invalidateAfterCommit();
                return found;
            });
        } catch (RuleViolation | ConcurrentEditException | NotFoundException refused) {
            throw refused;
        } catch (org.springframework.dao.ConcurrencyFailureException e) {
            // somebody changed a record the pass was writing (or it waited too long): nothing was written
            log.info("import {}: pass {} met a concurrent change: {}", id, pass, e.getMessage());
            result = new Result(List.of(), List.of(), List.of(ImportProblem.ofSheet("", "import.changedMeanwhile",
                    null)), 1);
        } catch (RuntimeException e) {
            // a failure no rule foresaw (a database error): nothing was written; the record says so
            log.error("import {}: pass {} failed", id, pass, e);
            result = new Result(List.of(), List.of(), List.of(ImportProblem.ofSheet("", "import.failed", null)), 1);
        }
        if (pass == ImportRecord.IMPORT && result.problemCount() == 0) {
            return tx.execute(status -> get(scope, id));
        }
        // rolled back: a check, or an import that met a problem; say what was found
        Result found = result;
        return tx.execute(status -> {
            ImportRecord record = get(scope, id);
            records.saveResults(id, pass, found.tallies(), found.changes(), found.problems());
            record.passed(pass, found.problemCount(), now, scope.username());
            return record;
        });
    }

    /** Every sheet in dependency order, each in batches. */
    Result run(Scope scope, ImportSource source, EnumLabels labels) {
        return run(scope, source, labels, ImportProgress.NONE);
    }

    /** Every sheet in dependency order, each in batches, telling {@code progress} of every row read. */
    Result run(Scope scope, ImportSource source, EnumLabels labels, ImportProgress progress) {
        long total = progress == ImportProgress.NONE ? 0 : source.estimatedRows();
        long[] read = {0};
        ImportRun run = new ImportRun(scope, labels, LocalDate.now(clock));
        List<ImportSource.Sheet> sheets = new ArrayList<>(source.sheets(run::problem));
        sheets.sort(Comparator.comparing(ImportSource.Sheet::kind));
        run.sheets(sheets.stream().map(ImportSource.Sheet::kind).toList());
        List<ImportTally> tallies = new ArrayList<>();
        List<ImportChange> changes = new ArrayList<>();
        List<ImportKind> allowed = kinds(scope);
        for (ImportSource.Sheet sheet : sheets) {
            if (!allowed.contains(sheet.kind())) {
                // a sub-team leader's workbook with a roster sheet: not theirs to import, nothing of it read
                run.problem(ImportProblem.ofSheet(sheet.name(), "import.kind.refused", sheet.name()));
                continue;
            }
            SheetImporter importer = importers.get(sheet.kind());
            int[] counts = new int[Outcome.values().length];
            List<ImportLine> batch = new ArrayList<>(BATCH);
            Consumer<List<ImportLine>> flush = lines -> {
                List<Outcome> outcomes = importer.batch(lines, run);
                for (int i = 0; i < outcomes.size(); i++) {
                    Outcome outcome = outcomes.get(i);
                    counts[outcome.ordinal()]++;
                    if ((outcome == Outcome.CREATED || outcome == Outcome.UPDATED) && changes.size() < KEPT_CHANGES) {
                        changes.add(ImportChange.of(lines.get(i), outcome == Outcome.UPDATED));
                    }
                }
                records.flushAndDetach();
                lines.clear();
            };
            // read on a thread of its own, checked and written here (ReadAhead)
            ReadAhead.read(source, sheet, line -> {
                progress.rows(++read[0], total);
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
        if (run.problemCount() == 0 && tallies.stream().anyMatch(t -> t.problems() > 0)) {
            // a row refused without a reason would be dropped silently: never import then
            run.problem(ImportProblem.ofSheet("", "import.failed", null));
        }
        if (run.problemCount() == 0 && tallies.stream().allMatch(t -> t.created() + t.updated() + t.unchanged() == 0)) {
            run.problem(ImportProblem.ofSheet(sheets.isEmpty() ? "" : sheets.get(0).name(), "import.file.empty", null));
        }
        return new Result(tallies, changes, run.problems(), run.problemCount());
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
