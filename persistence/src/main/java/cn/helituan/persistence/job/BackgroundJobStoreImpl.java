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
    public <T> T readResult(long id, Function<InputStream, T> reader) {
        return jdbc.query("select result from background_job where id = ? and result is not null",
                rs -> rs.next() ? reader.apply(rs.getBinaryStream(1)) : null, id);
    }
}
