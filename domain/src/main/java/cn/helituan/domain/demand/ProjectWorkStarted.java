package cn.helituan.domain.demand;

import cn.helituan.domain.activity.ActivityLoggedForProject;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An activity was logged for a project (the activity log checked that its group owns it): the project's demand is
 * under way ({@link Demand#start}, idempotent). A plain {@link EventListener}, so it runs inside the activity's
 * writing transaction: both are saved, or neither.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProjectWorkStarted {

    private final Projects projects;

    @EventListener
    void on(ActivityLoggedForProject event) {
        projects.findById(event.projectId()).ifPresent(project -> project.getDemand().start());
    }
}
