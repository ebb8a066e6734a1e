package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitField;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A cross-town service team (跨镇服务队): a team by specialty beside the unit tree, not a node of it. It belongs to a
 * unit (the county's team: whoever reads that unit's roster reads the team), is led by a stationed first secretary
 * with a deputy from the department in charge of the field, and has a year's budget ({@link BudgetLedger}).
 */
@Entity
@Table(name = "cross_team")
public class CrossTeam extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;
    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private UnitField field;
    @Column(nullable = false)
    private int year;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private Member leader;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "deputy_id")
    private Member deputy;
    @Column(nullable = false, precision = 18, scale = 2)
    private BigDecimal allocation;
    @Column(nullable = false)
    private int daysMin;
    @Column(nullable = false)
    private int daysMax;
    private boolean archived;

    protected CrossTeam() {
    }

    CrossTeam(Unit unit, CrossTeamDetails details, Member leader, Member deputy) {
        this.unit = unit;
        apply(details, leader, deputy);
    }

    void apply(CrossTeamDetails details, Member leader, Member deputy) {
        this.name = details.name();
        this.field = details.field();
        this.year = details.year();
        this.allocation = Money.check("allocation", details.allocation(), true);
        this.daysMin = details.daysMin();
        this.daysMax = details.daysMax();
        if (daysMax < daysMin) {
            throw new cn.helituan.domain.common.RuleViolation("daysMax", "crossteam.days.range");
        }
        this.leader = leader;
        this.deputy = deputy;
    }

    void archive() {
        archived = true;
    }

    public boolean isLeader(Long memberId) {
        return memberId != null && leader != null && memberId.equals(leader.getId());
    }

    public boolean isDeputy(Long memberId) {
        return memberId != null && deputy != null && memberId.equals(deputy.getId());
    }

    @Override
    public String label() {
        return name;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getName() {
        return name;
    }

    public UnitField getField() {
        return field;
    }

    public int getYear() {
        return year;
    }

    public Member getLeader() {
        return leader;
    }

    public Member getDeputy() {
        return deputy;
    }

    public BigDecimal getAllocation() {
        return allocation;
    }

    public int getDaysMin() {
        return daysMin;
    }

    public int getDaysMax() {
        return daysMax;
    }

    public boolean isArchived() {
        return archived;
    }
}
