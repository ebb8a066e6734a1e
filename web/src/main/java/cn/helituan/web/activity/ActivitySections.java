package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.web.common.PageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;

/**
 * The activity log's parts of other records' pages: a unit's and an object's latest five activities (with the way to
 * their whole timeline), a member's latest ten.
 */
@Configuration
class ActivitySections {

    private static final PageRequest RECENT = PageRequest.of(0, 5);
    private static final PageRequest OF_MEMBER = PageRequest.of(0, 10);
    private static final int ORDER = 30;

    @Bean
    PageSection<Unit> unitActivities(ActivityListing activities) {
        return PageSection.of(ORDER, "activities/sections :: unitRecent",
                (scope, unit) -> activities.list(scope, ActivityQuery.ofUnit(unit.getId()), RECENT));
    }

    @Bean
    PageSection<AssistedObject> objectActivities(ActivityListing activities) {
        return PageSection.of(ORDER, "activities/sections :: objectRecent",
                (scope, object) -> activities.list(scope, ActivityQuery.ofObject(object.getId()), RECENT));
    }

    @Bean
    PageSection<Member> memberActivities(ActivityListing activities) {
        return PageSection.of(ORDER, "activities/sections :: memberActivities",
                (scope, member) -> activities.ofMember(scope, member.getId(), OF_MEMBER));
    }
}
