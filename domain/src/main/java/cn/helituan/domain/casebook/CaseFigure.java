package cn.helituan.domain.casebook;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A figure of a case's results: the record it comes from and its value when drafted. */
@Entity
@Table(name = "case_figure")
public class CaseFigure extends AuditedEntity implements Labeled {

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private CaseMeasure measure;
    @Column(nullable = false, updatable = false)
    private Long recordId;
    @Column(nullable = false, length = 200)
    private String label;
    @Column(nullable = false)
    private BigDecimal value;
    private boolean removed;

    protected CaseFigure() {
    }

    CaseFigure(long caseId, CaseMeasure measure, long recordId, String label, BigDecimal value) {
        this.caseId = caseId;
        this.measure = measure;
        this.recordId = recordId;
        this.label = label;
        this.value = value;
    }

    /** Takes the record's value now (the author confirms the changed figure). */
    void refresh(BigDecimal now) {
        this.value = now;
    }

    void remove() {
        removed = true;
    }

    @Override
    public String label() {
        return label;
    }

    public Long getCaseId() {
        return caseId;
    }

    public CaseMeasure getMeasure() {
        return measure;
    }

    public Long getRecordId() {
        return recordId;
    }

    public String getLabel() {
        return label;
    }

    public BigDecimal getValue() {
        return value;
    }

    public boolean isRemoved() {
        return removed;
    }
}
