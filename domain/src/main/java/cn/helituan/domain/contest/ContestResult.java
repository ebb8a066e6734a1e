package cn.helituan.domain.contest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A line of a published ranking: the stop as it stood when the round was published (its name, presenters, the
 * total, the judges counted, the rank). Written once; the database refuses any change.
 */
@Entity
@Immutable
@Table(name = "contest_result")
public class ContestResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private Long roundId;
    @Column(nullable = false)
    private Long stopId;
    private int position;
    @Column(name = "rank")
    private Integer rank;
    private BigDecimal total;
    private int judges;
    private boolean trimmed;
    @Column(nullable = false)
    private String stopName;
    private String presenters;
    @Column(nullable = false)
    private LocalDate visitOn;

    protected ContestResult() {
    }

    ContestResult(long roundId, ContestStop stop, String presenters, ContestRanking.Line line) {
        this.roundId = roundId;
        this.stopId = stop.getId();
        this.position = stop.getPosition();
        this.rank = line.rank();
        this.total = line.total();
        this.judges = line.judges();
        this.trimmed = line.trimmed();
        this.stopName = stop.getName();
        this.presenters = presenters;
        this.visitOn = stop.getVisitOn();
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public Long getStopId() {
        return stopId;
    }

    public int getPosition() {
        return position;
    }

    public Integer getRank() {
        return rank;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public int getJudges() {
        return judges;
    }

    public boolean isTrimmed() {
        return trimmed;
    }

    public String getStopName() {
        return stopName;
    }

    public String getPresenters() {
        return presenters;
    }

    public LocalDate getVisitOn() {
        return visitOn;
    }
}
