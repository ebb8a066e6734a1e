package cn.helituan.persistence.imports;

import cn.helituan.domain.imports.ImportChange;
import cn.helituan.domain.imports.ImportKind;
import cn.helituan.domain.imports.ImportProblem;
import cn.helituan.domain.imports.ImportTally;
import cn.helituan.persistence.history.CopiedRows;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import lombok.AccessLevel;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The kept file (bytea, streamed in) and each pass's tallies and problems, in plain SQL: a pass may store ten
 * thousand problems, written in batches. Runs in the caller's transaction (the JdbcTemplate shares its connection).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JpaImportStoreImpl implements JpaImportStore {

    /** The advisory lock that lets one import pass run at a time ("import" in ASCII). */
    private static final long IMPORT_LOCK = 0x696d706f7274L;
    /** How long a pass waits for another to end before the user is told to try again. */
    private static final int LOCK_WAIT_SECONDS = 20;

    /** The transaction's count of batches written ({@link #flushAndDetach}). */
    private static final Object BATCHES = new Object();

    private static final String PROBLEM_COLUMNS = "sheet, row_number, column_key, column_index, message_key, argument";

    private final JdbcTemplate jdbc;
    private final EntityManager em;
    private final CopiedRows copied;

    @Override
    public void saveFile(long recordId, InputStream content, long size) {
        jdbc.update("insert into import_file (record_id, content) values (?, ?)", ps -> {
            ps.setLong(1, recordId);
            ps.setBinaryStream(2, content, size);
        });
    }

    @Override
    public <T> T readFile(long recordId, Function<InputStream, T> reader) {
        return jdbc.query("select content from import_file where record_id = ?",
                rs -> rs.next() ? reader.apply(rs.getBinaryStream(1)) : null, recordId);
    }

    @Override
    public void saveResults(long recordId, int pass, List<ImportTally> tallies, List<ImportChange> changes,
                            List<ImportProblem> problems) {
        em.flush();
        // a file checked again: what this pass found now replaces what it found before (derived rows, not records)
        for (String table : List.of("import_tally", "import_change", "import_problem")) {
            jdbc.update("delete from " + table + " where record_id = ? and pass = ?", recordId, pass);
        }
        jdbc.batchUpdate("""
                insert into import_change (record_id, pass, sheet, row_number, kind, updated, label)
                values (?, ?, ?, ?, ?, ?, ?)""", changes, 1000, (ps, c) -> {
            ps.setLong(1, recordId);
            ps.setInt(2, pass);
            ps.setString(3, cut(c.sheet(), 100));
            ps.setInt(4, c.row());
            ps.setString(5, c.kind().name());
            ps.setBoolean(6, c.updated());
            ps.setString(7, cut(c.label(), 300));
        });
        jdbc.batchUpdate("""
                insert into import_tally (record_id, pass, kind, sheet, created, updated, unchanged, problems)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", tallies, 100, (ps, t) -> {
            ps.setLong(1, recordId);
            ps.setInt(2, pass);
            ps.setString(3, t.kind().name());
            ps.setString(4, cut(t.sheet(), 100));
            ps.setInt(5, t.created());
            ps.setInt(6, t.updated());
            ps.setInt(7, t.unchanged());
            ps.setInt(8, t.problems());
        });
        jdbc.batchUpdate("insert into import_problem (record_id, pass, " + PROBLEM_COLUMNS
                + ") values (?, ?, ?, ?, ?, ?, ?, ?)", problems, 1000, (ps, p) -> {
            ps.setLong(1, recordId);
            ps.setInt(2, pass);
            ps.setString(3, cut(p.sheet(), 100));
            ps.setInt(4, p.row());
            ps.setString(5, p.column());
            ps.setInt(6, p.columnIndex());
            ps.setString(7, p.messageKey());
            ps.setString(8, cut(p.argument(), 500));
        });
    }

    @Override
    public List<ImportTally> tallies(long recordId, int pass) {
        return jdbc.query("""
                select kind, sheet, created, updated, unchanged, problems from import_tally
                where record_id = ? and pass = ? order by id""", (rs, i) -> new ImportTally(
                ImportKind.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
                rs.getInt(6)), recordId, pass);
    }

    @Override
    public List<ImportChange> changes(long recordId, int pass, int limit) {
        return jdbc.query("""
                select sheet, row_number, kind, updated, label from import_change
                where record_id = ? and pass = ? order by id limit ?""", (rs, i) -> new ImportChange(rs.getString(1),
                rs.getInt(2), ImportKind.valueOf(rs.getString(3)), rs.getBoolean(4), rs.getString(5)), recordId, pass,
                limit);
    }

    @Override
    public Page<ImportProblem> problems(long recordId, int pass, Pageable pageable) {
        List<ImportProblem> rows = jdbc.query("select " + PROBLEM_COLUMNS
                        + " from import_problem where record_id = ? and pass = ? order by id limit ? offset ?",
                (rs, i) -> problem(rs), recordId, pass, pageable.getPageSize(), pageable.getOffset());
        Long total = jdbc.queryForObject("select count(*) from import_problem where record_id = ? and pass = ?",
                Long.class, recordId, pass);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    @Override
    public void forEachProblem(long recordId, int pass, Consumer<ImportProblem> consumer) {
        jdbc.query("select " + PROBLEM_COLUMNS + " from import_problem where record_id = ? and pass = ? order by id",
                rs -> {
                    consumer.accept(problem(rs));
                }, recordId, pass);
    }

    @Override
    public boolean lockForPass(long recordId) {
        try {
            jdbc.execute("set local lock_timeout = '" + LOCK_WAIT_SECONDS + "s'");
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, IMPORT_LOCK);
            jdbc.queryForObject("select id from import_record where id = ? for update", Long.class, recordId);
            // the pass's inserts leave the roster's tally alone; an import adds its own members once at the end
            // (settleTally, V12), so the row is locked only from then until the commit
            jdbc.queryForObject("select set_config('helituan.tally_deferred', 'on', true)", String.class);
            jdbc.execute("set local lock_timeout = 0");
            return true;
        } catch (org.springframework.dao.PessimisticLockingFailureException
                 | org.springframework.dao.QueryTimeoutException e) {
            return false;
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            return true;
        }
    }

    @Override
    public void settleTally(long addedLiveMembers) {
        em.flush();
        if (addedLiveMembers != 0) {
            jdbc.update("update member_tally set live = live + ? where id = 1", addedLiveMembers);
        }
    }

    /**
     * Also, at the 4th, 8th, 16th… batch of a transaction, brings the planner's statistics of the tables it writes up
     * to date (ANALYZE counts the transaction's own uncommitted rows). Without it a large import into a fresh table
     * looked its keys up by scanning every row it had written so far, as the statistics still said a few dozen rows:
     * each batch slower than the one before (docs/performance.md, "Excel import"). Doubling keeps it to about
     * twenty ANALYZEs for a million rows. Tables written by COPY are kept in step by {@link CopiedRows}.
     */
    @Override
    public void flushAndDetach() {
        em.flush();
        int batches = batchesOfThisTransaction();
        if (batches >= 4 && Integer.bitCount(batches) == 1) {
            Set<String> tables = new TreeSet<>();
            SessionImplementor session = em.unwrap(SessionImplementor.class);
            for (var entry : session.getPersistenceContextInternal().reentrantSafeEntityEntries()) {
                if (entry.getValue().getPersister() instanceof AbstractEntityPersister persister) {
                    tables.add(persister.getTableName());
                }
            }
            tables.forEach(table -> jdbc.execute("analyze " + table));
        }
        copied.analyzeWhereBehind();
        em.clear();
    }

    private static int batchesOfThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return 0;
        }
        int[] count = (int[]) TransactionSynchronizationManager.getResource(BATCHES);
        if (count == null) {
            count = new int[1];
            TransactionSynchronizationManager.bindResource(BATCHES, count);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BATCHES);
                }
            });
        }
        return ++count[0];
    }

    private static ImportProblem problem(ResultSet rs) throws SQLException {
        return new ImportProblem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                rs.getString(6));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
