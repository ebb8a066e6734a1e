package cn.helituan.domain.notification;

import cn.helituan.domain.supervision.SupervisionMonth;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A line of a notification's supervision section (V56), written when it is generated and never changed: a checklist
 * item's findings in the month (kind ITEM) or a group named with its findings and overdue ones (GROUP).
 */
@Entity
@Immutable
@Table(name = "notification_supervision_line")
public class SupervisionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notification_id", nullable = false)
    private Long notificationId;

    @Column(nullable = false, length = 8)
    private String kind;

    private int position;

    private Long unitId;

    private String name;

    private String parentName;

    private int findings;

    private int rectifiedOnTime;

    private int overdue;

    protected SupervisionLine() {
    }

    static SupervisionLine of(long notificationId, String kind, int position, SupervisionMonth.Line line) {
        SupervisionLine l = new SupervisionLine();
        l.notificationId = notificationId;
        l.kind = kind;
        l.position = position;
        l.unitId = line.unitId();
        l.name = line.name();
        l.parentName = line.parentName();
        l.findings = (int) line.findings();
        l.rectifiedOnTime = (int) line.rectifiedOnTime();
        l.overdue = (int) line.overdue();
        return l;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    /** ITEM (a line by inspection item) or GROUP (a line by group). */
    public String getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public boolean isItem() {
        return "ITEM".equals(kind);
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

    public int getFindings() {
        return findings;
    }

    public int getRectifiedOnTime() {
        return rectifiedOnTime;
    }

    public int getOverdue() {
        return overdue;
    }
}
