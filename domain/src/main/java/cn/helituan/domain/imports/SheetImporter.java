package cn.helituan.domain.imports;

import java.util.List;

/**
 * Imports the rows of one kind of sheet. {@link #batch} takes a few hundred lines at a time, so that look-ups are
 * made per batch and the persistence context can be emptied between batches; it checks each line, writes it (the
 * whole pass runs in one transaction, rolled back after a check or when any problem was found) and says for each
 * what it did.
 */
interface SheetImporter {

    enum Outcome { CREATED, UPDATED, UNCHANGED, PROBLEM }

    List<Outcome> batch(List<ImportLine> lines, ImportRun run);
}
