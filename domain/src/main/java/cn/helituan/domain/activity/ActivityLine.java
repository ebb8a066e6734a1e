package cn.helituan.domain.activity;

import java.util.List;

/**
 * An activity with the names of the objects it covers and the members who went, read in its transaction; and the
 * same as the ledger import reads them back: each object as "code name", each member as "name mobile".
 */
public record ActivityLine(Activity activity, String groupPath, List<String> objects, List<String> members,
                           List<String> objectCodes, List<String> memberMobiles) {
}
