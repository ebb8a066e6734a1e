package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.web.common.Badge;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where an activity stands, as its badge ({@code ${@activityBadges.of(a.status)}}: fragments/common.html's
 * activityStatus and the activity list's rows): green confirmed, red disputed, grey withdrawn, light otherwise. One
 * call a row, where the fragment's nested conditions were five expressions and an insertion.
 */
@Component("activityBadges")
public class ActivityBadges {

    private final MessageSource messages;

    ActivityBadges(MessageSource messages) {
        this.messages = messages;
    }

    public Badge of(ActivityStatus status) {
        String css = switch (status) {
            case CONFIRMED -> "text-bg-success";
            case DISPUTED -> "text-bg-danger";
            case WITHDRAWN -> "text-bg-secondary";
            default -> "text-bg-light border";
        };
        String key = "ActivityStatus." + status.name();
        return new Badge(css, messages.getMessage(key, null, key, LocaleContextHolder.getLocale()));
    }
}
