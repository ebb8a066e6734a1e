package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityQuery;
import cn.helituan.domain.activity.ActivityService;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.team.Unit;
import cn.helituan.web.common.PageSection;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The activity log's parts of other records' pages: a unit's and an object's latest five activities (with the way to
 * their whole timeline), a member's latest ten.
 */
final class ActivitySections {

    static final PageRequest RECENT = PageRequest.of(0, 5);
    static final PageRequest OF_MEMBER = PageRequest.of(0, 10);
    static final int ORDER = 30;

    private ActivitySections() {
    }

    @Component
    static class OfUnit implements PageSection<Unit> {

        private final ActivityService activities;

        OfUnit(ActivityService activities) {
            this.activities = activities;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "activities/sections :: unitRecent";
        }

        @Override
        public Object read(Scope scope, Unit unit) {
            return activities.list(scope, ActivityQuery.ofUnit(unit.getId()), RECENT);
        }
    }

    @Component
    static class OfObject implements PageSection<AssistedObject> {

        private final ActivityService activities;

        OfObject(ActivityService activities) {
            this.activities = activities;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "activities/sections :: objectRecent";
        }

        @Override
        public Object read(Scope scope, AssistedObject object) {
            return activities.list(scope, ActivityQuery.ofObject(object.getId()), RECENT);
        }
    }

    @Component
    static class OfMember implements PageSection<Member> {

        private final ActivityService activities;

        OfMember(ActivityService activities) {
            this.activities = activities;
        }

        @Override
        public int getOrder() {
            return ORDER;
        }

        @Override
        public String fragment() {
            return "activities/sections :: memberActivities";
        }

        @Override
        public Object read(Scope scope, Member member) {
            return activities.ofMember(scope, member.getId(), OF_MEMBER);
        }
    }
}
