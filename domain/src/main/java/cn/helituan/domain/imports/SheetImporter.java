package cn.helituan.domain.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Imports the rows of one kind of sheet. {@link #batch} takes a few hundred lines at a time, so that look-ups are
 * made per batch and the persistence context can be emptied between batches; it checks each line, writes it (the
 * whole pass runs in one transaction, rolled back after a check or when any problem was found) and says for each
 * what it did.
 */
interface SheetImporter {

    enum Outcome { CREATED, UPDATED, UNCHANGED, PROBLEM }

    /** Each line of the batch in turn; importers that look a batch up at once override this. */
    default List<Outcome> batch(List<ImportLine> lines, ImportRun run) {
        List<Outcome> outcomes = new ArrayList<>(lines.size());
        for (ImportLine line : lines) {
            outcomes.add(line(line, run));
        }
        return outcomes;
    }

    /** Checks one line, writes it, and says what it did. */
    Outcome line(ImportLine line, ImportRun run);

    /** A stored value as an import cell would read it (spaces, full-width digits), blank as null: for comparing. */
    static String cleaned(String stored) {
        return blank(Cells.text(stored));
    }

    /** Blank text as null, so that "" and a missing value compare equal. */
    static String blank(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
