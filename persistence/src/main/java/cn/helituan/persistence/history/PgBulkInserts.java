package cn.helituan.persistence.history;

import cn.helituan.domain.history.BulkInserts;
import cn.helituan.domain.history.DryRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link BulkInserts} on PostgreSQL's {@code COPY … FROM STDIN} (text format) through the driver's {@code CopyManager},
 * on the transaction's own connection ({@link DataSourceUtils}: the JPA transaction exposes it). Rows are encoded into
 * a 256 KB buffer and sent a buffer at a time, each as a COPY of its own. The application's {@link JdbcTemplate}
 * flushes pending JPA inserts before its statements; a statement through it before each COPY makes the copied rows
 * see them.
 */
@Repository
class PgBulkInserts implements BulkInserts {

    /** Ids per {@code nextval}: the increment of every audited table's sequence (V38). */
    static final int BLOCK = 50;
    private static final int BUFFER = 256 * 1024;
    private static final String HISTORY = "COPY record_history (entity_type, entity_id, action, changed_at, changed_by)"
            + " FROM STDIN";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final CopiedRows copied;

    PgBulkInserts(JdbcTemplate jdbc, DataSource dataSource, CopiedRows copied) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.copied = copied;
    }

    @Override
    public Ids ids(String table) {
        String sequence = table + "_id_seq";
        Deque<Long> blocks = new ArrayDeque<>();
        long[] state = {0, -1}; // next id, last id of the current block
        return () -> {
            if (state[0] > state[1]) {
                if (blocks.isEmpty()) {
                    // 20 blocks (1,000 ids) a round trip; a block is [hi - 49, hi] as Hibernate's pooled optimizer
                    // reads it, so the two never overlap
                    List<Long> his = jdbc.queryForList("select nextval(?::regclass) from generate_series(1, 20)",
                            Long.class, sequence);
                    blocks.addAll(his);
                }
                long hi = blocks.poll();
                state[0] = hi < BLOCK ? hi : hi - BLOCK + 1;
                state[1] = hi;
            }
            return state[0]++;
        };
    }

    @Override
    public Copy copy(String table, String historyType, Instant at, String by, String... columns) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a bulk insert needs a transaction");
        }
        String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        return new PgCopy(table, sql, historyType != null && !DryRun.active() ? historyType : null, at, by);
    }

    /**
     * One bulk insert: rows are encoded into a buffer, and each full buffer is sent as a COPY of its own (with, for
     * audited rows, a second COPY of their history), started and ended within {@link #row} or {@link #close}. So no
     * COPY stays open between calls, and the caller may query, take ids or save entities on the same connection
     * between rows; rows still in the buffer are not yet in the table ({@link #flush} sends them).
     */
    private final class PgCopy implements Copy {

        private final String table;
        private final String sql;
        private final String historyType;
        private final String historyTail;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(BUFFER + 4096);
        private final ByteArrayOutputStream historyBuffer;
        private final StringBuilder line = new StringBuilder(256);
        private long rows;

        PgCopy(String table, String sql, String historyType, Instant at, String by) {
            this.table = table;
            this.sql = sql;
            this.historyType = historyType;
            this.historyTail = historyType == null ? null
                    : "\tCREATED\t" + (at == null ? Instant.now() : at) + "\t" + escape(by == null ? "system" : by)
                      + "\n";
            this.historyBuffer = historyType == null ? null : new ByteArrayOutputStream();
        }

        @Override
        public void row(Object... values) {
            line.setLength(0);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    line.append('\t');
                }
                line.append(text(values[i]));
            }
            line.append('\n');
            byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
            buffer.write(bytes, 0, bytes.length);
            if (historyType != null) {
                byte[] h = (historyType + "\t" + values[0] + historyTail).getBytes(StandardCharsets.UTF_8);
                historyBuffer.write(h, 0, h.length);
            }
            rows++;
            if (buffer.size() >= BUFFER) {
                flush();
            }
        }

        @Override
        public long rows() {
            return rows;
        }

        @Override
        public void flush() {
            if (buffer.size() == 0) {
                return;
            }
            jdbc.queryForObject("select 1", Integer.class); // flushes pending JPA inserts the rows may refer to
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                CopyManager copier = connection.unwrap(PGConnection.class).getCopyAPI();
                copied.add(table, copier.copyIn(sql, new ByteArrayInputStream(buffer.toByteArray(), 0, buffer.size())));
                if (historyType != null) {
                    copied.add("record_history", copier.copyIn(HISTORY,
                            new ByteArrayInputStream(historyBuffer.toByteArray(), 0, historyBuffer.size())));
                }
            } catch (SQLException | IOException e) {
                throw new DataAccessResourceFailureException("COPY failed: " + e.getMessage(), e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
            buffer.reset();
            if (historyBuffer != null) {
                historyBuffer.reset();
            }
        }

        @Override
        public void close() {
            flush();
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "\\N";
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if (value instanceof Number || value instanceof LocalDate || value instanceof Instant) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return escape(value.toString());
    }

    /** COPY text format: backslash, tab, newline and carriage return escaped. */
    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (r != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (r != null) {
                    out.append(r);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
