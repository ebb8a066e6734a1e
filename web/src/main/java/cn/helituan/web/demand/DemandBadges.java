package cn.helituan.web.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.web.common.Badge;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Where a demand stands, as its badge ({@code ${@demandBadges.of(d, today)}}: fragments/common.html's demandStatus
 * and the demand list's rows): green resolved, amber awaiting the raiser or a review, grey ended otherwise, red and
 * said so when open past its wished-for date ({@code today} is the page's), light otherwise.
 */
@Component("demandBadges")
public class DemandBadges {

    private final MessageSource messages;

    DemandBadges(MessageSource messages) {
        this.messages = messages;
    }

    public Badge of(Demand demand, LocalDate today) {
        DemandStatus status = demand.getStatus();
        boolean overdue = demand.isOverdue(today);
        String css = switch (status) {
            case RESOLVED -> "text-bg-success";
            case SOLVED, UNSOLVABLE_PROPOSED -> "text-bg-warning";
            case DECLINED, UNSOLVABLE -> "text-bg-secondary";
            default -> overdue ? "text-bg-danger" : "text-bg-light border";
        };
        Locale locale = LocaleContextHolder.getLocale();
        String key = "DemandStatus." + status.name();
        String text = messages.getMessage(key, null, key, locale);
        return new Badge(css, overdue ? text + " · " + messages.getMessage("demands.overdue", null, locale) : text);
    }
}
