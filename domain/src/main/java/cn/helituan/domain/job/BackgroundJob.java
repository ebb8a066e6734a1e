package cn.helituan.domain.job;

import cn.helituan.domain.common.Scope;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One job run in the background ({@link BackgroundJobService}): an import's check or confirmation, a large export.
 * Written by the system only, each change in its own small transaction (the job's work is one transaction of its
 * own); its state and progress are in the database, so every instance shows the same. The result file of an export
 * is kept in the same row but never loaded with it (read through {@link BackgroundJobs#readResult}).
 */
@Entity
@Table(name = "background_job")
public class BackgroundJob {

    /** The outcome of an export whose file was cleared after its days ({@link ExportsCleanJob}). */
    public static final String EXPIRED = "export.job.expired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(updatable = false)
    private Long subject;

    @Column(updatable = false)
    private String subjectKey;

    @Column(nullable = false, updatable = false)
    private String startedBy;

    @Column(nullable = false, updatable = false)
    private String scopePath;

    @Column(nullable = false, updatable = false)
    private boolean personal;

    /** The owner's scope when it was asked for ({@link #scopeKey}); a personal job's only. */
    @Column(updatable = false)
    private String ownerScope;

    /** Whether that scope read the roster (an export of it carries mobiles). */
    @Column(nullable = false, updatable = false)
    private boolean ownerRoster;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private BackgroundJobStatus status = BackgroundJobStatus.QUEUED;

    @Column(nullable = false, updatable = false)
    private String params;

    @Column(updatable = false)
    private long done;

    @Column(updatable = false)
    private long total;

    @Column(updatable = false)
    private String messageKey;

    @Column(updatable = false)
    private String instance;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(updatable = false)
    private Instant startedAt;

    @Column(updatable = false)
    private Instant finishedAt;

    @Column(updatable = false)
    private String resultName;

    @Column(updatable = false)
    private Long resultSize;

    protected BackgroundJob() {
    }

    BackgroundJob(String kind, Long subject, String subjectKey, String startedBy, String scopePath, boolean personal,
                  String params, long total, Instant createdAt, Scope owner) {
        this.kind = kind;
        if (personal) {
            this.ownerScope = scopeKey(owner);
            this.ownerRoster = owner.canReadRoster();
        }
        this.subject = subject;
        this.subjectKey = subjectKey;
        this.startedBy = startedBy;
        this.scopePath = scopePath;
        this.personal = personal;
        this.params = params == null ? "" : params;
        this.total = total;
        this.createdAt = createdAt;
    }

    /**
     * Whether the account may see it: a personal job only the one who started it, and only while their scope still
     * covers it — the same scope as when they asked, or one whose path (see {@code Scope#pathFilter}, "" the whole
     * deployment) covers the job's and that reads the roster if the job's did (an export with mobiles); an owner
     * whose scope was narrowed no longer sees the wider file. Else everyone whose scope path covers the job's.
     */
    public boolean visibleTo(Scope scope) {
        String pathFilter = scope.pathFilter();
        if (personal) {
            if (!startedBy.equals(scope.username())) {
                return false;
            }
            if (ownerScope != null && ownerScope.equals(scopeKey(scope))) {
                return true;
            }
            if (ownerRoster && !scope.canReadRoster()) {
                return false;
            }
            return pathFilter != null && (pathFilter.isEmpty() || scopePath.startsWith(pathFilter));
        }
        return pathFilter != null && (pathFilter.isEmpty() || scopePath.startsWith(pathFilter));
    }

    /** A scope as a personal job keeps it: role, unit path, object and member. */
    static String scopeKey(Scope scope) {
        return scope.role() + "|" + (scope.unitPath() == null ? "" : scope.unitPath()) + "|"
                + (scope.objectId() == null ? "" : scope.objectId()) + "|"
                + (scope.memberId() == null ? "" : scope.memberId());
    }

    /** Done of total in whole percent (0 while the total is not known yet; never above 100). */
    public int percent() {
        if (total <= 0) {
            return status == BackgroundJobStatus.DONE ? 100 : 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }

    public boolean active() {
        return status.active();
    }

    public boolean hasResult() {
        return status == BackgroundJobStatus.DONE && resultName != null && !expired();
    }

    /** An export whose file was cleared after its days: export the list again. */
    public boolean expired() {
        return status == BackgroundJobStatus.DONE && EXPIRED.equals(messageKey);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public Long getSubject() {
        return subject;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public String getScopePath() {
        return scopePath;
    }

    public boolean isPersonal() {
        return personal;
    }

    public BackgroundJobStatus getStatus() {
        return status;
    }

    public String getParams() {
        return params;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public String getInstance() {
        return instance;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getResultName() {
        return resultName;
    }

    public Long getResultSize() {
        return resultSize;
    }
}
