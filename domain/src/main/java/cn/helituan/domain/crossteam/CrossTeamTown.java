package cn.helituan.domain.crossteam;

import cn.helituan.domain.assisted.Region;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A town a cross-town team serves (a region of level TOWN). */
@Entity
@Table(name = "cross_team_town")
public class CrossTeamTown extends AuditedEntity implements Labeled {

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id", updatable = false)
    private Region region;
    private boolean removed;

    protected CrossTeamTown() {
    }

    CrossTeamTown(Long teamId, Region region) {
        this.teamId = teamId;
        this.region = region;
    }

    void remove() {
        removed = true;
    }

    @Override
    public String label() {
        return region.getName();
    }

    public Long getTeamId() {
        return teamId;
    }

    public Region getRegion() {
        return region;
    }

    public boolean isRemoved() {
        return removed;
    }
}
