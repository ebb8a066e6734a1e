package cn.helituan.domain.activity;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An assistance activity a group logged (帮扶活动). Its status follows the objects' word on it: confirmed when every
 * object it covers has confirmed it, disputed when one has disputed it, else reported; withdrawn by the group with a
 * reason (kept, never deleted). Editing sends every object's confirmation back to reported.
 */
@Entity
@Table(name = "activity")
public class Activity extends AuditedEntity implements Labeled {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id")
    private Unit group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id")
    private ActivityType type;

    private LocalDate occurredOn;
    private String title;
    private String place;
    private String description;
    private int otherParticipants;

    private BigDecimal fundsSecured;
    private Integer projectsIntroduced;
    private String projectNames;
    private Integer technologiesPromoted;
    private Integer trainingsHeld;
    private Integer peopleTrained;
    private Integer beneficiaries;
    private Integer peopleEmployed;
    private BigDecimal produceSold;
    private BigDecimal donations;
    private Integer patientsSeen;

    @Enumerated(EnumType.STRING)
    private ActivityStatus status = ActivityStatus.REPORTED;

    private String withdrawnReason;

    /** The group's project it was done for (项目清单), if any: the demand feature's, referred to by its id. */
    private Long projectId;

    /**
     * The cross-town service team it was done for (V61), if any: then {@link #group} is the team's unit (the county's
     * team), so the tallies count it once there and above, never under a member's home group (docs/architecture.md,
     * "Cross-town service teams").
     */
    @Column(name = "cross_team_id", updatable = false)
    private Long crossTeamId;

    /** The task of the group's annual plan it counts towards, if any (the plan sums its figures). */
    private Long taskId;

    /**
     * Who confirmed it on a paper ledger, and when, as the imported ledger says (V37): kept as imported words, not a
     * confirmation in the product ({@link #status} is the objects' own word).
     */
    private String paperConfirmedBy;
    private LocalDate paperConfirmedOn;

    @HistoryIgnore
    @OneToMany(mappedBy = "activity", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<ActivityObject> objects = new ArrayList<>();

    @HistoryIgnore
    @ManyToMany
    @JoinTable(name = "activity_member", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Member> members = new LinkedHashSet<>();

    protected Activity() {
    }

    public Activity(Unit group, ActivityType type, LocalDate occurredOn, String title) {
        this.group = group;
        this.type = type;
        this.occurredOn = occurredOn;
        this.title = title;
    }

    /** The facts of the activity; its objects and members are set apart ({@link #cover}, {@link #attend}). */
    void apply(ActivityType type, ActivityDetails details) {
        requireNotWithdrawn();
        this.type = type;
        this.occurredOn = details.occurredOn();
        this.title = details.title();
        this.place = details.place();
        this.description = details.description();
        this.otherParticipants = details.otherParticipants();
        Map<Figure, BigDecimal> f = details.figures();
        this.fundsSecured = f.get(Figure.FUNDS_SECURED);
        this.projectsIntroduced = whole(f.get(Figure.PROJECTS_INTRODUCED));
        this.projectNames = details.projectNames();
        this.technologiesPromoted = whole(f.get(Figure.TECHNOLOGIES_PROMOTED));
        this.trainingsHeld = whole(f.get(Figure.TRAININGS_HELD));
        this.peopleTrained = whole(f.get(Figure.PEOPLE_TRAINED));
        this.beneficiaries = whole(f.get(Figure.BENEFICIARIES));
        this.peopleEmployed = whole(f.get(Figure.PEOPLE_EMPLOYED));
        this.produceSold = f.get(Figure.PRODUCE_SOLD);
        this.donations = f.get(Figure.DONATIONS);
        this.patientsSeen = whole(f.get(Figure.PATIENTS_SEEN));
    }

    /** The objects served: those no longer listed are dropped, new ones added as reported. */
    void cover(Collection<AssistedObject> served) {
        requireNotWithdrawn();
        Set<Long> ids = new LinkedHashSet<>();
        served.forEach(o -> ids.add(o.getId()));
        objects.removeIf(o -> !ids.contains(o.getObject().getId()));
        Set<Long> present = new LinkedHashSet<>();
        objects.forEach(o -> present.add(o.getObject().getId()));
        for (AssistedObject object : served) {
            if (present.add(object.getId())) {
                objects.add(new ActivityObject(this, object));
            }
        }
        settle();
    }

    void forCrossTeam(Long crossTeamId) {
        this.crossTeamId = crossTeamId;
    }

    public Long getCrossTeamId() {
        return crossTeamId;
    }

    void forProject(Long projectId) {
        this.projectId = projectId;
    }

    void forTask(Long taskId) {
        this.taskId = taskId;
    }

    /** A ledger's paper confirmation (null: none), as imported. */
    void confirmedOnPaper(String by, LocalDate on) {
        requireNotWithdrawn();
        this.paperConfirmedBy = by;
        this.paperConfirmedOn = by == null ? null : on;
    }

    void attend(Collection<Member> attended) {
        members.clear();
        members.addAll(attended);
    }

    /** An edit (after confirmation too) asks every object again. */
    void reopen() {
        objects.forEach(ActivityObject::reopen);
        settle();
    }

    void confirm(long objectId, String by, Instant at) {
        requireNotWithdrawn();
        part(objectId).confirm(by, at);
        settle();
    }

    void dispute(long objectId, String by, Instant at, String reason) {
        requireNotWithdrawn();
        part(objectId).dispute(by, at, reason);
        settle();
    }

    void withdraw(String reason) {
        requireNotWithdrawn();
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("reason", "activity.withdraw.reasonRequired");
        }
        this.withdrawnReason = reason;
        this.status = ActivityStatus.WITHDRAWN;
    }

    public boolean covers(long objectId) {
        return objects.stream().anyMatch(o -> o.getObject().getId() == objectId);
    }

    public ActivityObject part(long objectId) {
        return objects.stream().filter(o -> o.getObject().getId() == objectId).findFirst()
                .orElseThrow(() -> new RuleViolation(null, "activity.object.notCovered"));
    }

    public boolean isWithdrawn() {
        return status == ActivityStatus.WITHDRAWN;
    }

    private void settle() {
        if (objects.stream().anyMatch(o -> o.getStatus() == ActivityStatus.DISPUTED)) {
            status = ActivityStatus.DISPUTED;
        } else if (!objects.isEmpty() && objects.stream().allMatch(o -> o.getStatus() == ActivityStatus.CONFIRMED)) {
            status = ActivityStatus.CONFIRMED;
        } else {
            status = ActivityStatus.REPORTED;
        }
    }

    private void requireNotWithdrawn() {
        if (isWithdrawn()) {
            throw RuleViolation.global("activity.withdrawn");
        }
    }

    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValueExact();
    }

    /** The figures reported, by figure (those not reported are absent). */
    public Map<Figure, BigDecimal> figures() {
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        put(figures, Figure.FUNDS_SECURED, fundsSecured);
        put(figures, Figure.PROJECTS_INTRODUCED, projectsIntroduced);
        put(figures, Figure.TECHNOLOGIES_PROMOTED, technologiesPromoted);
        put(figures, Figure.TRAININGS_HELD, trainingsHeld);
        put(figures, Figure.PEOPLE_TRAINED, peopleTrained);
        put(figures, Figure.BENEFICIARIES, beneficiaries);
        put(figures, Figure.PEOPLE_EMPLOYED, peopleEmployed);
        put(figures, Figure.PRODUCE_SOLD, produceSold);
        put(figures, Figure.DONATIONS, donations);
        put(figures, Figure.PATIENTS_SEEN, patientsSeen);
        return figures;
    }

    private static void put(Map<Figure, BigDecimal> figures, Figure figure, Number value) {
        if (value != null) {
            figures.put(figure, value instanceof BigDecimal d ? d : BigDecimal.valueOf(value.longValue()));
        }
    }

    @Override
    public String label() {
        return occurredOn + " " + title;
    }

    public Unit getGroup() {
        return group;
    }

    public ActivityType getType() {
        return type;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public String getTitle() {
        return title;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public int getOtherParticipants() {
        return otherParticipants;
    }

    public String getProjectNames() {
        return projectNames;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public List<ActivityObject> getObjects() {
        return objects;
    }

    public Set<Member> getMembers() {
        return members;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getTaskId() {
        return taskId;
    }

    public String getPaperConfirmedBy() {
        return paperConfirmedBy;
    }

    public LocalDate getPaperConfirmedOn() {
        return paperConfirmedOn;
    }

    /** Whether a paper ledger says it was confirmed (imported words, not the objects' word in the product). */
    public boolean isConfirmedOnPaper() {
        return paperConfirmedBy != null;
    }
}
