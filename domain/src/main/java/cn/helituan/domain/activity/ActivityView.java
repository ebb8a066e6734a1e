package cn.helituan.domain.activity;

import cn.helituan.domain.history.PartHistory;
import java.util.List;

/** What an activity's page shows, read once: the activity, its photos, and the history of it and its parts. */
public record ActivityView(Activity activity, List<ActivityPhoto> photos, List<PartHistory> history,
                           List<ActivityObject> decidable) {
}
