package cn.helituan.domain.message;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.EnumSetColumn;
import cn.helituan.domain.common.Labeled;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.team.Unit;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;

/**
 * An announcement (通知公告) an org admin publishes to a scope: the whole deployment or a unit and everything under it,
 * optionally only some roles. Published when made (its creation is its publication: who and when), delivered then
 * as one message per account in scope; not edited afterwards.
 */
@Entity
@Table(name = "announcement")
public class Announcement extends AuditedEntity implements Labeled {

    private String title;
    private String body;

    /** The unit whose accounts (and those under it) receive it; null for the whole deployment. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "scope_unit_id")
    private Unit scopeUnit;

    /** The roles it goes to; empty for every role. */
    @Convert(converter = Roles.class)
    private Set<Role> roles = Set.of();

    protected Announcement() {
    }

    public Announcement(String title, String body, Unit scopeUnit, Set<Role> roles) {
        this.title = title;
        this.body = body;
        this.scopeUnit = scopeUnit;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    @Override
    public String label() {
        return title;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Unit getScopeUnit() {
        return scopeUnit;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    /** The column of {@link #roles}. */
    public static class Roles extends EnumSetColumn<Role> {
        public Roles() {
            super(Role.class);
        }
    }
}
