package cn.helituan.domain.imports;

import java.util.List;
import java.util.function.Consumer;

/**
 * An uploaded file as the import engine sees it: which sheets it has of which kind, and their rows, read again on
 * every pass (checking, then importing), so that no pass holds a whole file in memory. The web layer implements it
 * over the stored .xlsx or .csv.
 */
public interface ImportSource {

    /** The sheets found, each with its kind; a sheet that fits no kind is reported through {@code problems}. */
    List<Sheet> sheets(Consumer<ImportProblem> problems);

    /** Streams one sheet's data rows; problems of the sheet itself (headers, formulas) go to {@code problems}. */
    void read(Sheet sheet, Consumer<ImportLine> lines, Consumer<ImportProblem> problems);

    /**
     * About how many data rows the file holds (cheaply: a CSV's lines, a worksheet's recorded dimension), for the
     * progress of a pass; 0 when not known.
     */
    default long estimatedRows() {
        return 0;
    }

    record Sheet(String name, ImportKind kind) {
    }
}
