package cn.helituan.domain.contest;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.member.Member;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Who presents at a stop (讲做法、晒成绩): a member of the roster, or a plain name (a village secretary not in it). */
@Entity
@Table(name = "contest_presenter")
public class ContestPresenter extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stop_id", nullable = false, updatable = false)
    private ContestStop stop;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", updatable = false)
    private Member member;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(length = 100)
    private String post;

    protected ContestPresenter() {
    }

    ContestPresenter(ContestStop stop, Member member, String name, String post) {
        this.stop = stop;
        this.member = member;
        this.name = member != null ? member.getName() : name;
        this.post = post;
    }

    @Override
    public String label() {
        return name;
    }

    public ContestStop getStop() {
        return stop;
    }

    public Member getMember() {
        return member;
    }

    public String getName() {
        return name;
    }

    public String getPost() {
        return post;
    }
}
