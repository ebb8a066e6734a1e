package cn.helituan.web.activity;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.web.common.CodedChoice;
import java.time.LocalDate;

/**
 * A row of the activity list as a value, for its fragment kept as text (web/kept/KeptFragments). Its getters have
 * an entity's names, so that the timeline fragment ({@code activities/list :: timeline}) reads it and the entities
 * other pages give it alike.
 */
record ActivityListRow(long id, String title, ActivityStatus status, LocalDate occurredOn, CodedChoice type,
                       Group group) {

    /** The group as the rows show it: its name. */
    record Group(String name) {
        public String getName() {
            return name;
        }
    }

    static ActivityListRow of(Activity a) {
        return new ActivityListRow(a.getId(), a.getTitle(), a.getStatus(), a.getOccurredOn(),
                CodedChoice.of(a.getType(), a.getType().getId()), new Group(a.getGroup().getName()));
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public ActivityStatus getStatus() {
        return status;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public CodedChoice getType() {
        return type;
    }

    public Group getGroup() {
        return group;
    }
}
