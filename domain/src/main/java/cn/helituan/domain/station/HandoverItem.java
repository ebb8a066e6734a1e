package cn.helituan.domain.station;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One line of what is open in a village at a handover: a kind of record (its message key, e.g.
 * {@code handover.demands}) and how many there are. Kept on the rotation as {@code key:count;…}.
 */
public record HandoverItem(String key, long count) {

    static String write(List<HandoverItem> items) {
        return items.stream().map(i -> i.key() + ":" + i.count()).collect(Collectors.joining(";"));
    }

    static List<HandoverItem> read(String text) {
        List<HandoverItem> items = new ArrayList<>();
        for (String part : text.split(";")) {
            int colon = part.lastIndexOf(':');
            if (colon > 0) {
                items.add(new HandoverItem(part.substring(0, colon), Long.parseLong(part.substring(colon + 1))));
            }
        }
        return items;
    }
}
