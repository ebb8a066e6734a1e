package cn.helituan.domain.activity;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.history.History;
import java.time.Clock;
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
        return activity;
    }
}
