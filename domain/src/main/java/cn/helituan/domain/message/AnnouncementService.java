package cn.helituan.domain.message;

import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Announcements (通知公告): an org admin publishes one to a scope inside theirs, delivered in the same transaction as
 * one message per enabled account in scope (one {@code INSERT … SELECT}). Who is in scope:
 * <ul>
 *   <li>the whole deployment: every account of the chosen roles (all roles when none is chosen), first secretaries
 *       and objects' contacts included;</li>
 *   <li>a unit: the accounts of the chosen roles scoped to the unit or a unit under it; and, when first secretaries
 *       are among the roles, the accounts of the objects paired on the day of publication with a group under the
 *       unit (a village belongs to the groups that help it).</li>
 * </ul>
 * The admins read the list of their scope's announcements with the counts; a recipient reads the announcement it was
 * sent; nobody else (404).
 */
@Service
@RequiredArgsConstructor
public class AnnouncementService {

    public static final int TITLE_MAX = 100;
    public static final int BODY_MAX = 5000;

    private final Announcements announcements;
    private final Messages messages;
    private final MessageDelivery delivery;
    private final UnitService units;
    private final Clock clock;

    @Transactional
    public Announcement publish(Scope scope, AnnouncementDetails details) {
        scope.requireAccounts();
        String title = required(details.title(), "title", TITLE_MAX);
        String body = required(details.body(), "body", BODY_MAX);
        Unit unit = null;
        if (details.scopeUnitId() != null) {
            unit = units.get(scope, details.scopeUnitId());
        } else if (!scope.wholeDeployment()) {
            throw new RuleViolation("scopeUnitId", "announcement.scope.required");
        }
        Set<Role> roles = details.roles() == null ? Set.of() : details.roles();
        Announcement announcement = announcements.save(new Announcement(title, body, unit, roles));
        Set<Role> to = roles.isEmpty() ? EnumSet.allOf(Role.class) : EnumSet.copyOf(roles);
        Audience audience;
        if (unit == null) {
            audience = Audience.except("").under("", to);
        } else {
            Set<Role> unitRoles = EnumSet.copyOf(to);
            unitRoles.remove(Role.FIRST_SECRETARY);
            audience = Audience.except("").under(unit.getPath(), unitRoles);
            if (to.contains(Role.FIRST_SECRETARY)) {
                audience = audience.secretariesPairedUnder(unit.getPath(), LocalDate.now(clock));
            }
        }
        if (!audience.empty()) {
            delivery.deliver(audience, MessageKind.ANNOUNCEMENT, List.of(title),
                    "/announcements/" + announcement.getId(), clock.instant(), announcement.getId());
        }
        return announcement;
    }

    /** The announcements to the admin's scope, newest first, each with its counts (one statement for the page's). */
    @Transactional(readOnly = true)
    public Page<AnnouncementRow> list(Scope scope, Pageable pageable) {
        scope.requireAccounts();
        Page<Announcement> page = announcements.inScope(scope.pathFilter(), pageable);
        List<Long> ids = page.getContent().stream().map(Announcement::getId).toList();
        Map<Long, AnnouncementCount> counts = ids.isEmpty() ? Map.of()
                : messages.countAnnouncements(ids).stream()
                        .collect(Collectors.toMap(AnnouncementCount::announcementId, Function.identity()));
        return page.map(a -> {
            AnnouncementCount c = counts.get(a.getId());
            return new AnnouncementRow(a, c == null ? 0 : c.received(), c == null ? 0 : c.read());
        });
    }

    /** One announcement: for an admin whose scope holds it (with its counts), or for an account it was sent to. */
    @Transactional(readOnly = true)
    public AnnouncementRow get(Scope scope, long id) {
        Announcement announcement = announcements.findById(id)
                .orElseThrow(() -> new NotFoundException("announcement", id));
        if (manages(scope, announcement)) {
            AnnouncementCount c = messages.countAnnouncements(List.of(id)).stream().findFirst()
                    .orElse(new AnnouncementCount(id, 0, 0));
            return new AnnouncementRow(announcement, c.received(), c.read());
        }
        if (scope.accountId() != null && messages.existsByAnnouncementIdAndAccountId(id, scope.accountId())) {
            return new AnnouncementRow(announcement, -1, -1);
        }
        throw new NotFoundException("announcement", id);
    }

    /** Whether the account manages the announcement (an org admin whose scope holds its scope). */
    public boolean manages(Scope scope, Announcement announcement) {
        if (!scope.canManageAccounts()) {
            return false;
        }
        Unit unit = announcement.getScopeUnit();
        return unit == null ? scope.wholeDeployment() : scope.covers(unit.getPath());
    }

    private static String required(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation(field, "announcement." + field + ".required");
        }
        if (text.strip().length() > max) {
            throw new RuleViolation(field, "announcement." + field + ".tooLong", max);
        }
        return text.strip();
    }
}
