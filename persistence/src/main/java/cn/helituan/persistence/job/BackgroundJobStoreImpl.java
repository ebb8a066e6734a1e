package cn.helituan.persistence.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A background job's state changes, one guarded statement each (in the caller's transaction: the service gives
 * each its own), and the result file streamed in as bytea.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class BackgroundJobStoreImpl implements BackgroundJobStore {

    private final JdbcTemplate jdbc;

    @Override
    public int markRunning(long id, String instance, Instant at) {
        return jdbc.update("update background_job set status = 'RUNNING', instance = ?, started_at = ? "
                + "where id = ? and status = 'QUEUED'", instance, Timestamp.from(at), id);
    }

    @Override
    public int progress(long id, long done, long total) {
        return jdbc.update("update background_job set done = ?, total = ? where id = ? and status = 'RUNNING'",
                done, total, id);
    }

    @Override
    public int finish(long id, String status, String messageKey, Instant at) {
        return jdbc.update("update background_job set status = ?, message_key = ?, finished_at = ? "
                + "where id = ? and status in ('QUEUED', 'RUNNING')", status, messageKey, Timestamp.from(at), id);
    }

    @Override
    public int finishOwn(long id, String status, String messageKey, Instant at, String instance,
                         String interrupted) {
        return jdbc.update("update background_job set status = ?, message_key = ?, finished_at = ? "
                + "where id = ? and (status in ('QUEUED', 'RUNNING') "
                + "or (status = 'FAILED' and message_key = ? and instance = ?))",
                status, messageKey, Timestamp.from(at), id, interrupted, instance);
    }

    @Override
    public int failOrphans(String messageKey, Instant at, Instant queuedBefore) {
        return jdbc.update("""
                update background_job j set status = 'FAILED', message_key = ?, finished_at = ?
                where (j.status = 'RUNNING' or (j.status = 'QUEUED' and j.created_at < ?))
                  and not exists (select 1 from scheduled_tasks t
                                  where t.task_name = ? and t.task_instance = j.id::text)""",
                messageKey, Timestamp.from(at), Timestamp.from(queuedBefore), JobScheduling.BACKGROUND_TASK);
    }

    @Override
    public void saveResult(long id, String name, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            jdbc.update("update background_job set result_name = ?, result_size = ?, result = ? where id = ?", ps -> {
                ps.setString(1, name);
                ps.setLong(2, size);
                ps.setBinaryStream(3, in, size);
                ps.setLong(4, id);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int clearResults(String expiredKey, Instant before) {
        return jdbc.update("update background_job set result = null, result_size = null, message_key = ? "
                + "where result is not null and status = 'DONE' and finished_at < ?", expiredKey,
                Timestamp.from(before));
    }

    /**
     * The file is read a piece of {@value #PIECE} bytes at a time (substring of the bytea, stored uncompressed by
     * V40): a file of 70 MB never sits whole in the heap — the driver would read the value whole, as text.
     */
    @Override
    public <T> T readResult(long id, Function<InputStream, T> reader) {
        Long length = jdbc.query("select octet_length(result) from background_job where id = ? and result is not null",
                rs -> rs.next() ? rs.getLong(1) : null, id);
        return length == null ? null : reader.apply(new Pieces(id, length));
    }

    static final int PIECE = 1024 * 1024;

    /** The bytea read piece by piece, as the stream is consumed. */
    private final class Pieces extends InputStream {

        private final long id;
        private final long length;
        /** 1-based, as substring counts. */
        private long next = 1;
        private byte[] piece = new byte[0];
        private int at;

        Pieces(long id, long length) {
            this.id = id;
            this.length = length;
        }

        private boolean fill() {
            while (at >= piece.length) {
                if (next > length) {
                    return false;
                }
                byte[] read = jdbc.queryForObject("select substring(result from cast(? as integer) for ?) from background_job "
                        + "where id = ?", byte[].class, next, PIECE, id);
                if (read == null || read.length == 0) {
                    throw new UncheckedIOException(new IOException("the file of job " + id + " is gone"));
                }
                piece = read;
                at = 0;
                next += read.length;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? piece[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] into, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, piece.length - at);
            System.arraycopy(piece, at, into, off, n);
            at += n;
            return n;
        }
    }
}
