package cn.helituan.domain.notification;

import cn.helituan.domain.activity.Figure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * One line of a notification's snapshot, written when it is generated and never changed (the database refuses): the
 * names and figures as they were then. Figures are the confirmed ones (what the ranking weighs); the activities both
 * as reported and as confirmed.
 */
@Entity
@Immutable
@Table(name = "notification_line")
public class NotificationLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false)
    private Long notificationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private LineKind kind;

    @Column(nullable = false)
    private int position;

    private Long unitId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String parentName;

    private int reported;
    private int confirmed;
    private BigDecimal fundsSecured = BigDecimal.ZERO;
    private BigDecimal projectsIntroduced = BigDecimal.ZERO;
    private BigDecimal technologiesPromoted = BigDecimal.ZERO;
    private BigDecimal peopleTrained = BigDecimal.ZERO;
    private BigDecimal beneficiaries = BigDecimal.ZERO;
    private BigDecimal peopleEmployed = BigDecimal.ZERO;
    private BigDecimal produceSold = BigDecimal.ZERO;
    private BigDecimal score;
    @Column(name = "rank")
    private Integer rank;
    private Long activityId;
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Figure figure;
    @Column(name = "value")
    private BigDecimal value;
    private LocalDate occurredOn;

    protected NotificationLine() {
    }

    /** A sub-team's or a group's month (score and rank null for a sub-team). */
    static NotificationLine unit(long notificationId, LineKind kind, int position, UnitMonth month, BigDecimal score,
                                 Integer rank) {
        NotificationLine line = new NotificationLine();
        line.notificationId = notificationId;
        line.kind = kind;
        line.position = position;
        line.unitId = month.unitId();
        line.name = month.name();
        line.parentName = month.parentName();
        line.reported = (int) month.reported();
        line.confirmed = (int) month.confirmed();
        line.fundsSecured = month.figure(Figure.FUNDS_SECURED);
        line.projectsIntroduced = month.figure(Figure.PROJECTS_INTRODUCED);
        line.technologiesPromoted = month.figure(Figure.TECHNOLOGIES_PROMOTED);
        line.peopleTrained = month.figure(Figure.PEOPLE_TRAINED);
        line.beneficiaries = month.figure(Figure.BENEFICIARIES);
        line.peopleEmployed = month.figure(Figure.PEOPLE_EMPLOYED);
        line.produceSold = month.figure(Figure.PRODUCE_SOLD);
        line.score = score;
        line.rank = rank;
        return line;
    }

    static NotificationLine highlight(long notificationId, int position, Highlight h) {
        NotificationLine line = new NotificationLine();
        line.notificationId = notificationId;
        line.kind = LineKind.HIGHLIGHT;
        line.position = position;
        line.unitId = h.groupId();
        line.name = h.title();
        line.parentName = h.groupName();
        line.activityId = h.activityId();
        line.figure = h.figure();
        line.value = h.value();
        line.occurredOn = h.occurredOn();
        return line;
    }

    static NotificationLine silent(long notificationId, int position, UnitMonth group) {
        NotificationLine line = new NotificationLine();
        line.notificationId = notificationId;
        line.kind = LineKind.SILENT;
        line.position = position;
        line.unitId = group.unitId();
        line.name = group.name();
        line.parentName = group.parentName();
        return line;
    }

    /** The confirmed value of a factor on this line. */
    public BigDecimal value(RankingFactor factor) {
        return switch (factor) {
            case ACTIVITIES -> BigDecimal.valueOf(confirmed);
            case FUNDS_SECURED -> fundsSecured;
            case PROJECTS_INTRODUCED -> projectsIntroduced;
            case TECHNOLOGIES_PROMOTED -> technologiesPromoted;
            case PEOPLE_TRAINED -> peopleTrained;
            case BENEFICIARIES -> beneficiaries;
            case PEOPLE_EMPLOYED -> peopleEmployed;
            case PRODUCE_SOLD -> produceSold;
        };
    }

    public Long getId() {
        return id;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public LineKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getName() {
        return name;
    }

    public String getParentName() {
        return parentName;
    }

    public int getReported() {
        return reported;
    }

    public int getConfirmed() {
        return confirmed;
    }

    public BigDecimal getScore() {
        return score;
    }

    public Integer getRank() {
        return rank;
    }

    public Long getActivityId() {
        return activityId;
    }

    public Figure getFigure() {
        return figure;
    }

    public BigDecimal getValue() {
        return value;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }
}
