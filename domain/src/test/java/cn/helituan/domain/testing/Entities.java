package cn.helituan.domain.testing;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitDetails;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Builds entities for plain domain tests: outside JPA nothing assigns ids or versions, so these set them as the
 * database would.
 */
public final class Entities {

    private Entities() {
    }

    public static <T extends AuditedEntity> T withId(T entity, long id) {
        ReflectionTestUtils.setField(entity, AuditedEntity.class, "id", id, Long.class);
        return entity;
    }

    public static <T extends AuditedEntity> T withVersion(T entity, long version) {
        ReflectionTestUtils.setField(entity, AuditedEntity.class, "version", version, long.class);
        return entity;
    }

    public static UnitDetails details(String name) {
        return new UnitDetails(name, null, UnitField.GENERAL, null);
    }

    /** A saved unit placed in the tree: its path ends with {@code id}. */
    public static Unit unit(long id, Unit parent, UnitKind kind, String name) {
        Unit unit = withId(new Unit(parent, kind, details(name)), id);
        unit.placeInTree();
        return unit;
    }

    public static Unit team(long id, String name) {
        return unit(id, null, UnitKind.TEAM, name);
    }
}
