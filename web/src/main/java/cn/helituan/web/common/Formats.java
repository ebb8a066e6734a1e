package cn.helituan.web.common;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import cn.helituan.domain.activity.ActivityType;
import cn.helituan.domain.demand.DemandCategory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Times as the users read them, in the deployment's time zone (Asia/Shanghai unless configured): {@code ${@fmt.time(x)}}. */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ZoneId zone;
    private final MessageSource messages;

    public Formats(@Value("${helituan.time-zone:Asia/Shanghai}") String zone, MessageSource messages) {
        this.zone = ZoneId.of(zone);
        this.messages = messages;
    }

    /**
     * A value as history stores it, for people: an enum code ("VillageCategory.POOR") or several, comma-separated,
     * in the page's language, joined with "、"; any other text as it is; "—" for nothing.
     */
    public String historyValue(String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        Locale locale = LocaleContextHolder.getLocale();
        if (value.length() > 19 && value.charAt(10) == 'T' && value.endsWith("Z")) {
            // an instant (a time something was handed in, decided…) in the deployment's zone
            try {
                return time(Instant.parse(value));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                return value;
            }
        }
        String[] parts = value.split(",");
        if (parts.length == 1) {
            return messages.getMessage(value, null, value, locale);
        }
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            String label = messages.getMessage(part, null, null, locale);
            if (label == null) {
                return value;
            }
            text.append(text.isEmpty() ? "" : "、").append(label);
        }
        return text.toString();
    }

    /**
     * An activity type in the page's language: in Chinese by the name the deployment gave it (seeded or renamed),
     * in another language by its seeded code's label, else its name.
     */
    public String activityType(ActivityType type) {
        return label(type, LocaleContextHolder.getLocale());
    }

    /** {@link #activityType} in a given language (exports). */
    public String label(ActivityType type, Locale locale) {
        return typeLabel(type.getCode(), type.getName(), locale);
    }

    /** An outcome figure for people: money in yuan to the fen, counts whole, both with thousands separators. */
    public String figure(cn.helituan.domain.activity.Figure figure, java.math.BigDecimal value) {
        java.text.DecimalFormat format = (figure.isMoney() ? MONEY : COUNT).get();
        return format.format(value == null ? java.math.BigDecimal.ZERO : value);
    }

    /**
     * An evaluation indicator's value: a ratio as a percentage ("75%"), funds as money, the others as counts; "—"
     * where it does not apply.
     */
    public String indicator(cn.helituan.domain.evaluation.Indicator indicator, java.math.BigDecimal value) {
        if (value == null) {
            return "—";
        }
        return switch (indicator.kind()) {
            case RATIO -> value.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + "%";
            case AMOUNT -> (indicator == cn.helituan.domain.evaluation.Indicator.FUNDS_SECURED ? MONEY : COUNT).get()
                    .format(value);
            case PENALTY -> COUNT.get().format(value);
        };
    }

    /** A rank on the review screen ("第 3 名"), the message formatted once per rank and language. */
    public String rank(Integer rank) {
        if (rank == null) {
            return "";
        }
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return ranks.computeIfAbsent(locale.toLanguageTag() + rank,
                k -> messages.getMessage("evaluation.rankOf", new Object[] {rank}, locale));
    }

    private final java.util.Map<String, String> ranks = new java.util.concurrent.ConcurrentHashMap<>();

    /** DecimalFormat is not thread-safe and not cheap to make: one of each per thread. */
    private static final ThreadLocal<java.text.DecimalFormat> MONEY =
            ThreadLocal.withInitial(() -> new java.text.DecimalFormat("#,##0.00"));
    private static final ThreadLocal<java.text.DecimalFormat> COUNT =
            ThreadLocal.withInitial(() -> new java.text.DecimalFormat("#,##0"));

    /** An activity type read as its code and name (a figure row), as {@link #activityType} shows it. */
    public String activityType(String code, String name) {
        return typeLabel(code, name, LocaleContextHolder.getLocale());
    }

    private String typeLabel(String code, String name, Locale locale) {
        return code == null || "zh".equals(locale.getLanguage()) ? name
                : messages.getMessage("ActivityType." + code, null, name, locale);
    }

    /** A demand category in the page's language, as {@link #activityType} does for types. */
    public String demandCategory(DemandCategory category) {
        return label(category, LocaleContextHolder.getLocale());
    }

    public String label(DemandCategory category, Locale locale) {
        return category.getCode() == null || "zh".equals(locale.getLanguage()) ? category.getName()
                : messages.getMessage("DemandCategory." + category.getCode(), null, category.getName(), locale);
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
