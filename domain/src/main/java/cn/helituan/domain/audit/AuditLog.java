package cn.helituan.domain.audit;

import java.time.Instant;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The append-only security log (V71): the database numbers and chains the rows and refuses changes. */
public interface AuditLog {

    void append(Instant at, AuditEvent event);

    /** The rows matching the query, newest first; {@code fromAt}/{@code toAt} bound the instants (to exclusive). */
    Page<AuditEntry> search(Instant fromAt, Instant toAt, AuditQuery query, Pageable pageable);

    /** Rereads the whole chain (archived batches' ends included) and recomputes every row's hash. */
    ChainCheck verify();

    /**
     * Moves the oldest rows, up to {@code maxRows}, that were written before {@code cutoff} — a prefix of the chain:
     * it stops at the first row at or after the cutoff — into a closed archive batch; how many it moved.
     */
    int archiveBefore(Instant cutoff, int maxRows, Instant now);
}
