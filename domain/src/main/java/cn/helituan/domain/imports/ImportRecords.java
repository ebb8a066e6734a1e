package cn.helituan.domain.imports;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The import records, their kept files and what each pass found. Implemented by the persistence module. */
public interface ImportRecords {

    java.util.Optional<ImportRecord> findById(Long id);

    <S extends ImportRecord> S save(S record);

    /** Newest first, those uploaded within the path prefix ("" for all). */
    Page<ImportRecord> findByScopePathStartingWithOrderByCreatedAtDescIdDesc(String pathPrefix, Pageable pageable);

    /** Those in this state within the path prefix ("" for all), oldest first, at most 20 (the to-do centre). */
    java.util.List<ImportRecord> findTop20ByStatusAndScopePathStartingWithOrderByCreatedAtAscIdAsc(
            ImportStatus status, String pathPrefix);

    long countByStatusAndScopePathStartingWith(ImportStatus status, String pathPrefix);

    /**
     * Locks the record for the rest of the transaction (a second confirmation waits, then finds it imported) and
     * takes the deployment's import lock: one import pass at a time, since each holds the roster's tally row and the
     * unique keys it writes until it ends. False when another pass holds it longer than the wait.
     */
    boolean lockForPass(long recordId);

    /**
     * At the end of an import: adds the live members it created to the roster's tally (V6), which its inserts left
     * alone (V12). An import archives nobody, so that is the whole change.
     */
    void settleTally(long addedLiveMembers);

    /** Keeps the uploaded file beside its record (streamed into the database). */
    void saveFile(long recordId, InputStream content, long size);

    /** Opens the kept file and hands it to {@code reader}. */
    <T> T readFile(long recordId, Function<InputStream, T> reader);

    /** Writes what a pass found (in the caller's transaction). */
    void saveResults(long recordId, int pass, List<ImportTally> tallies, List<ImportChange> changes,
                     List<ImportProblem> problems);

    /** The first {@code limit} rows a pass creates or updates, in file order. */
    List<ImportChange> changes(long recordId, int pass, int limit);

    List<ImportTally> tallies(long recordId, int pass);

    Page<ImportProblem> problems(long recordId, int pass, Pageable pageable);

    /** Writes what the import changed so far and forgets the loaded records (a long import's memory stays flat). */
    void flushAndDetach();

    /** Every stored problem of a pass in file order (for the marked-up workbook). */
    void forEachProblem(long recordId, int pass, Consumer<ImportProblem> consumer);
}
