package cn.helituan.persistence.audit;

import cn.helituan.domain.audit.AuditEntry;
import cn.helituan.domain.audit.AuditEvent;
import cn.helituan.domain.audit.AuditKind;
import cn.helituan.domain.audit.AuditLog;
import cn.helituan.domain.audit.AuditQuery;
import cn.helituan.domain.audit.ChainCheck;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@link AuditLog} on V71's {@code audit_log}: the insert trigger numbers the row and chains its hash; the check
 * recomputes every hash with the same SQL function and compares each row with the one before.
 */
@Repository
class JdbcAuditLog implements AuditLog {

    private static final int MAX = 300;

    private final JdbcTemplate jdbc;

    JdbcAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(Instant at, AuditEvent e) {
        jdbc.update("insert into audit_log (seq, at, kind, username, address, action, target, result, detail,"
                        + " prev_hash, hash) values (0, ?, ?, ?, ?, ?, ?, ?, ?, '', '')",
                Timestamp.from(at), e.kind().name(), cut(e.username(), 300), cut(e.address(), 64),
                cut(e.action(), 300), cut(e.target(), 500), cut(e.result(), 40), cut(e.detail(), 1000));
    }

    @Override
    public Page<AuditEntry> search(Instant fromAt, Instant toAt, AuditQuery query, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where true");
        List<Object> args = new ArrayList<>();
        if (fromAt != null) {
            where.append(" and at >= ?");
            args.add(Timestamp.from(fromAt));
        }
        if (toAt != null) {
            where.append(" and at < ?");
            args.add(Timestamp.from(toAt));
        }
        if (query.username() != null && !query.username().isBlank()) {
            where.append(" and lower(username) = ?");
            args.add(query.username().strip().toLowerCase(Locale.ROOT));
        }
        if (query.kind() != null) {
            where.append(" and kind = ?");
            args.add(query.kind().name());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" and (action ilike ? or target ilike ? or detail ilike ? or address = ?)");
            String like = "%" + query.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                    + "%";
            args.add(like);
            args.add(like);
            args.add(like);
            args.add(query.text().strip());
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<AuditEntry> rows = jdbc.query("select seq, at, kind, username, address, action, target, result, detail"
                + " from audit_log" + where + " order by seq desc limit ? offset ?", (rs, i) -> new AuditEntry(
                rs.getLong("seq"), rs.getTimestamp("at").toInstant(), AuditKind.valueOf(rs.getString("kind")),
                rs.getString("username"), rs.getString("address"), rs.getString("action"), rs.getString("target"),
                rs.getString("result"), rs.getString("detail")), pageArgs.toArray());
        Long total = jdbc.queryForObject("select count(*) from audit_log" + where, Long.class, args.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    @Override
    public ChainCheck verify() {
        // the first row whose hash is not its content's, or whose prev_hash is not the hash before it (the last
        // archived row's for the first live row), or whose seq does not follow
        Long rows = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        List<Long> broken = jdbc.queryForList("""
                with chained as (
                    select seq, prev_hash, hash,
                           audit_log_hash(seq, prev_hash, at, kind, username, address, action, target, result,
                                          detail) as computed,
                           coalesce(lag(hash) over (order by seq),
                                    (select a.last_hash from audit_archive a order by a.last_seq desc limit 1),
                                    repeat('0', 64)) as expected_prev,
                           coalesce(lag(seq) over (order by seq),
                                    (select a.last_seq from audit_archive a order by a.last_seq desc limit 1),
                                    0) as seq_before
                    from audit_log)
                select seq from chained
                where hash <> computed or prev_hash <> expected_prev or seq <> seq_before + 1
                order by seq limit 1""", Long.class);
        // an archive batch whose content is not what was closed, or that does not follow the batch before
        List<Long> brokenArchive = jdbc.queryForList("""
                select first_seq from (
                    select first_seq, content_sha, encode(sha256(content), 'hex') as computed,
                           lag(last_seq) over (order by first_seq) as last_before
                    from audit_archive) a
                where content_sha <> computed or (last_before is not null and first_seq <> last_before + 1)
                order by first_seq limit 1""", Long.class);
        Long at = !brokenArchive.isEmpty() ? brokenArchive.get(0) : broken.isEmpty() ? null : broken.get(0);
        return new ChainCheck(rows == null ? 0 : rows, at);
    }

    @Override
    @org.springframework.transaction.annotation.Transactional
    public int archiveBefore(Instant cutoff, int maxRows, Instant now) {
        Long first = jdbc.queryForObject("select min(seq) from audit_log", Long.class);
        if (first == null) {
            return 0;
        }
        Long firstLater = jdbc.queryForObject("select min(seq) from audit_log where at >= ?", Long.class,
                Timestamp.from(cutoff));
        Long max = jdbc.queryForObject("select max(seq) from audit_log", Long.class);
        long last = Math.min(firstLater == null ? max : firstLater - 1, first + maxRows - 1);
        if (last < first) {
            return 0;
        }
        String lines = jdbc.queryForObject("""
                select string_agg(json_build_object('seq', seq, 'at', at, 'kind', kind, 'username', username,
                       'address', address, 'action', action, 'target', target, 'result', result, 'detail', detail,
                       'prev_hash', prev_hash, 'hash', hash)::text, E'\n' order by seq)
                from audit_log where seq between ? and ?""", String.class, first, last);
        byte[] content = gzip(lines);
        Map<String, Object> ends = jdbc.queryForMap("select count(*) as n, min(at) as from_at, max(at) as to_at,"
                + " (select hash from audit_log where seq = ?) as last_hash from audit_log where seq between ? and ?",
                last, first, last);
        jdbc.update("""
                insert into audit_archive (first_seq, last_seq, last_hash, rows, from_at, to_at, content, content_sha,
                                           archived_at)
                values (?, ?, ?, ?, ?, ?, ?, encode(sha256(?), 'hex'), ?)""", first, last, ends.get("last_hash"),
                ((Number) ends.get("n")).intValue(), ends.get("from_at"), ends.get("to_at"), content, content,
                Timestamp.from(now));
        // the trigger lets through the delete of rows inside an archive batch, in a transaction that says so
        jdbc.queryForObject("select set_config('helituan.audit_archiving', 'on', true)", String.class);
        int moved = jdbc.update("delete from audit_log where seq between ? and ?", first, last);
        jdbc.queryForObject("select set_config('helituan.audit_archiving', 'off', true)", String.class);
        return moved;
    }

    private static byte[] gzip(String text) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(bytes)) {
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
