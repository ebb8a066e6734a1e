package cn.helituan.domain.crossteam;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A member of a cross-town team; they keep their home groups. Leaving sets {@code removed} (never deleted). */
@Entity
@Table(name = "cross_team_member")
public class CrossTeamMember extends AuditedEntity implements Labeled {

    @Column(name = "team_id", nullable = false, updatable = false)
    private Long teamId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;
    private boolean removed;

    protected CrossTeamMember() {
    }

    CrossTeamMember(Long teamId, Member member) {
        this.teamId = teamId;
        this.member = member;
    }

    void remove() {
        removed = true;
    }

    @Override
    public String label() {
        return member.getName();
    }

    public Long getTeamId() {
        return teamId;
    }

    public Member getMember() {
        return member;
    }

    public boolean isRemoved() {
        return removed;
    }
}
