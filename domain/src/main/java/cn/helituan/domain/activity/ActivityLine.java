package cn.helituan.domain.activity;

import java.util.List;

/** An activity with the names of the objects it covers and the members who went, read in its transaction. */
public record ActivityLine(Activity activity, String groupPath, List<String> objects, List<String> members) {
}
