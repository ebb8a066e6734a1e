package cn.helituan.domain.common;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.jpa.domain.support.AuditingEntityListener;

/**
 * Base of every editable record: an id, an optimistic-lock version, and who created and last changed it.
 * The field-by-field history is written by the persistence module for every subclass.
 */
@MappedSuperclass
@EntityListeners(AuditingEntityListener.class)
public abstract class AuditedEntity {

    /**
     * From the table's own sequence ({@code <table>_id_seq}, named so by the persistence module), 50 ids at a time:
     * an insert needs no round trip for its id, so Hibernate can send inserts in JDBC batches (identity ids forbid
     * that). Ids are unique but not consecutive (docs/architecture.md, "Ids and batched writes").
     */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    protected Long id;

    @Version
    private long version;

    @CreatedDate
    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @CreatedBy
    @Column(updatable = false)
    private String createdBy;

    @LastModifiedDate
    private Instant updatedAt;

    @LastModifiedBy
    private String updatedBy;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    /** Refuses a write based on a stale copy: the user saw {@code expected}, someone saved since. */
    public void checkVersion(long expected) {
        if (version != expected) {
            throw new ConcurrentEditException(getClass().getSimpleName(), id);
        }
    }
}
