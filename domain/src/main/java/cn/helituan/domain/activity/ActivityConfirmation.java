package cn.helituan.domain.activity;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import cn.helituan.domain.message.Audience;
import cn.helituan.domain.message.MessageKind;
import cn.helituan.domain.message.MessageService;
import java.time.Clock;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The objects' side of the log: an object's word on an activity that covers it ({@link ActivityAccess} says who). */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityConfirmation {

    private final ActivityAccess access;
    private final History history;
    private final MessageService messages;
    private final Clock clock;

    /**
     * An object's word on the activity: confirmed, or disputed with a reason. Given by the object's own account (a
     * village's first secretary, an enterprise's, school's or hospital's contact) for that object, or, for an object no
     * enabled account answers for, by a sub-team leader whose sub-team the group belongs to. Nobody confirms an
     * activity they logged or edited themselves.
     */
    @Transactional
    public Activity decide(Scope scope, long id, long version, Long objectId, boolean confirmed, String reason) {
        Activity activity = access.get(scope, id);
        if (activity.isWithdrawn()) {
            throw RuleViolation.global("activity.withdrawn");
        }
        long object = objectId != null ? objectId : scope.objectId() != null ? scope.objectId() : -1;
        if (access.decidable(scope, activity, () -> history.of(Activity.class, id)).stream()
                .noneMatch(p -> p.getObject().getId() == object)) {
            throw new ForbiddenException("confirm activity");
        }
        activity.checkVersion(version);
        if (confirmed) {
            activity.confirm(object, scope.username(), clock.instant());
        } else {
            activity.dispute(object, scope.username(), clock.instant(), reason);
        }
        tell(scope, activity, object, confirmed, reason);
        return activity;
    }

    /**
     * Whoever logged the activity learns the object's word; a dispute goes to the group's leader accounts too (the
     * one who decided is not told).
     */
    private void tell(Scope scope, Activity activity, long object, boolean confirmed, String reason) {
        String objectName = activity.part(object).getObject().getName();
        String link = "/activities/" + activity.getId();
        Audience to = Audience.except(scope.username()).user(activity.getCreatedBy());
        if (confirmed) {
            messages.tellAll(to, MessageKind.ACTIVITY_CONFIRMED, List.of(activity.getTitle(), objectName), link);
        } else {
            messages.tellAll(to.unitAccounts(activity.getGroup().getId(), Role.GROUP_LEADER),
                    MessageKind.ACTIVITY_DISPUTED,
                    List.of(activity.getTitle(), objectName, reason == null ? "" : reason.strip()), link);
        }
    }
}
