package cn.helituan.domain.todo;

import java.time.LocalDate;
import java.util.List;

/**
 * One thing on a person's to-do list (待办): what is to be done ({@code kind}, the message key {@code todo.<kind>},
 * whose {0} is the count and {1}… the args), how many of it, by when (null: no deadline), and the page where it is
 * done, which lists exactly {@code count} things (the figures agree). One item per kind and target: "5 activities to
 * confirm" opening the filtered list, or one per plan, round or import when that is where it is done.
 */
public record TodoItem(String kind, long count, LocalDate deadline, String link, List<String> args) {

    public TodoItem {
        args = List.copyOf(args);
    }

    public static TodoItem of(String kind, long count, LocalDate deadline, String link, String... args) {
        return new TodoItem(kind, count, deadline, link, List.of(args));
    }

    /** Past its deadline on this day. */
    public boolean overdueOn(LocalDate today) {
        return deadline != null && deadline.isBefore(today);
    }

    /** The message's arguments: the count, then the item's own. */
    public Object[] messageArgs() {
        Object[] all = new Object[args.size() + 1];
        all[0] = count;
        for (int i = 0; i < args.size(); i++) {
            all[i + 1] = args.get(i);
        }
        return all;
    }
}
