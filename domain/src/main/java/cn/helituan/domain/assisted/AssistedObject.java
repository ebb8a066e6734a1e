package cn.helituan.domain.assisted;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Labeled;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/**
 * A village, community, enterprise, school or hospital being assisted. For now it carries only what an
 * account needs to be scoped to it; regions, categories and relationships come with the assisted feature.
 */
@Entity
@Table(name = "assisted_object")
public class AssistedObject extends AuditedEntity implements Labeled {

    @Enumerated(EnumType.STRING)
    private AssistedKind kind;

    private String name;

    private String code;

    private boolean archived;

    protected AssistedObject() {
    }

    public AssistedObject(AssistedKind kind, String name, String code) {
        this.kind = kind;
        this.name = name;
        this.code = code;
    }

    @Override
    public String label() {
        return name;
    }

    public AssistedKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public boolean isArchived() {
        return archived;
    }
}
