package cn.helituan.domain.supervision;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.CodedName;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A kind of measure against a cadre, the department's list (V87): the four seeded (提醒谈话, 批评教育, 诫勉谈话, 组织调整)
 * have a code whose English label the message files hold ({@code MeasureKind.REMINDER_TALK}); a kind the department
 * adds has a made-up code and shows its name in every language. An archived kind leaves the form and stays on the
 * measures that have it.
 */
@Entity
@Table(name = "supervision_measure_kind")
public class MeasureKind extends AuditedEntity implements Labeled, CodedName {

    /** The seeded kinds' codes. */
    public static final String REMINDER_TALK = "REMINDER_TALK";
    public static final String CRITICISM = "CRITICISM";

    private String code;
    private String name;
    private int sortOrder;
    private boolean archived;

    protected MeasureKind() {
    }

    MeasureKind(String name, int sortOrder) {
        this.code = "CUSTOM_" + java.util.UUID.randomUUID().toString().substring(0, 8)
                .toUpperCase(java.util.Locale.ROOT);
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void change(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void archive(boolean archived) {
        this.archived = archived;
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public String labelPrefix() {
        return "MeasureKind";
    }

    @Override
    public String getCode() {
        return code;
    }

    @Override
    public String getName() {
        return name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public boolean isArchived() {
        return archived;
    }
}
