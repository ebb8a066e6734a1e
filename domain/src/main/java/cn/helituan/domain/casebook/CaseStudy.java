package cn.helituan.domain.casebook;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A typical case (典型案例): drafted, submitted, published by the org admin, then read by every account. */
@Entity
@Table(name = "case_study")
public class CaseStudy extends AuditedEntity implements Labeled {

    @Column(nullable = false, length = 200)
    private String title;
    /** The unit the case is of, chosen by its author within their scope (null: the whole deployment's). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "object_id")
    private AssistedObject object;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "town_id")
    private Region town;
    @Column(length = 32)
    private String objectKind;
    @Column(nullable = false, length = 100)
    private String theme;
    @Column(nullable = false)
    private int year;
    private String problem;
    private String actions;
    private String results;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CaseStatus status = CaseStatus.DRAFT;
    /** Where it was drafted from ("擂台比武：… 第 1 站", "年度考核：…"), or null. */
    @Column(length = 200, updatable = false)
    private String source;
    @Column(name = "stop_id", updatable = false)
    private Long stopId;
    private Instant publishedAt;
    @Column(length = 64)
    private String publishedBy;

    protected CaseStudy() {
    }

    CaseStudy(Unit unit, CaseDetails details, AssistedObject object, String source, Long stopId) {
        this.source = source;
        this.stopId = stopId;
        apply(details, unit, object);
    }

    void apply(CaseDetails details, Unit unit, AssistedObject object) {
        requireEditable();
        this.unit = unit;
        this.title = details.title();
        this.theme = details.theme();
        this.year = details.year();
        this.problem = details.problem();
        this.actions = details.actions();
        this.results = details.results();
        this.object = object;
        this.objectKind = object == null ? null : object.getKind().name();
        Region region = object == null ? null : object.getRegion();
        this.town = region == null ? null : region.getParent() != null
                && region.getLevel() == cn.helituan.domain.assisted.RegionLevel.VILLAGE ? region.getParent() : region;
    }

    void requireEditable() {
        if (status == CaseStatus.PUBLISHED) {
            throw RuleViolation.global("casebook.published");
        }
    }

    void submit() {
        if (status != CaseStatus.DRAFT) {
            throw RuleViolation.global("casebook.submit.notDraft");
        }
        status = CaseStatus.SUBMITTED;
    }

    void returnToDraft() {
        if (status != CaseStatus.SUBMITTED) {
            throw RuleViolation.global("casebook.return.notSubmitted");
        }
        status = CaseStatus.DRAFT;
    }

    void publish(String by, Instant at) {
        if (status != CaseStatus.SUBMITTED) {
            throw RuleViolation.global("casebook.publish.notSubmitted");
        }
        status = CaseStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    @Override
    public String label() {
        return title;
    }

    public String getTitle() {
        return title;
    }

    public Unit getUnit() {
        return unit;
    }

    public AssistedObject getObject() {
        return object;
    }

    public Region getTown() {
        return town;
    }

    public String getObjectKind() {
        return objectKind;
    }

    public String getTheme() {
        return theme;
    }

    public int getYear() {
        return year;
    }

    public String getProblem() {
        return problem;
    }

    public String getActions() {
        return actions;
    }

    public String getResults() {
        return results;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public boolean isPublished() {
        return status == CaseStatus.PUBLISHED;
    }

    public String getSource() {
        return source;
    }

    public Long getStopId() {
        return stopId;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }
}
