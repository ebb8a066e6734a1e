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

    /** Newest first. */
    Page<ImportRecord> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    /** Keeps the uploaded file beside its record (streamed into the database). */
    void saveFile(long recordId, InputStream content, long size);

    /** Opens the kept file and hands it to {@code reader}. */
    <T> T readFile(long recordId, Function<InputStream, T> reader);

    /** Writes what a pass found (in the caller's transaction). */
    void saveResults(long recordId, int pass, List<ImportTally> tallies, List<ImportProblem> problems);

    List<ImportTally> tallies(long recordId, int pass);

    Page<ImportProblem> problems(long recordId, int pass, Pageable pageable);

    /** Writes what the import changed so far and forgets the loaded records (a long import's memory stays flat). */
    void flushAndDetach();

    /** Every stored problem of a pass in file order (for the marked-up workbook). */
    void forEachProblem(long recordId, int pass, Consumer<ImportProblem> consumer);
}
