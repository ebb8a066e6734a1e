package cn.helituan.persistence.imports;

import cn.helituan.domain.imports.ImportChange;
import cn.helituan.domain.imports.ImportProblem;
import cn.helituan.domain.imports.ImportTally;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The parts of {@link cn.helituan.domain.imports.ImportRecords} written in SQL: the kept file and the results. */
interface JpaImportStore {

    void saveFile(long recordId, InputStream content, long size);

    <T> T readFile(long recordId, Function<InputStream, T> reader);

    void saveResults(long recordId, int pass, List<ImportTally> tallies, List<ImportChange> changes,
                     List<ImportProblem> problems);

    List<ImportChange> changes(long recordId, int pass, int limit);

    List<ImportTally> tallies(long recordId, int pass);

    Page<ImportProblem> problems(long recordId, int pass, Pageable pageable);

    void forEachProblem(long recordId, int pass, Consumer<ImportProblem> consumer);

    void flushAndDetach();

    boolean lockForPass(long recordId);

    void settleTally(long addedLiveMembers);
}
