package cn.helituan.web.common;

import cn.helituan.domain.common.CodedName;
import cn.helituan.domain.common.Measure;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
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
     * An activity type (or any configurable list's row) in the page's language: in Chinese by the name the
     * deployment gave it (seeded or renamed), in another language by its seeded code's label, else its name.
     */
    public String activityType(CodedName type) {
        return label(type, LocaleContextHolder.getLocale());
    }

    /** A row of a configurable list in a given language (exports): see {@link #activityType}. */
    public String label(CodedName row, Locale locale) {
        return coded(row.labelPrefix(), row.getCode(), row.getName(), locale);
    }

    private String coded(String prefix, String code, String name, Locale locale) {
        return code == null || "zh".equals(locale.getLanguage()) ? name
                : messages.getMessage(prefix + "." + code, null, name, locale);
    }

    /** An outcome figure for people: money in yuan to the fen, counts whole, both with thousands separators. */
    public String figure(Measure figure, BigDecimal value) {
        DecimalFormat format = (figure.isMoney() ? MONEY : COUNT).get();
        return format.format(value == null ? BigDecimal.ZERO : value);
    }

    /**
     * Yuan to the fen with thousands separators ("20,000.00"): what {@code #numbers.formatDecimal(x, 1, 'COMMA', 2,
     * 'POINT')} writes, without making a formatter each time (a ledger of a year's entries).
     */
    public String money(BigDecimal value) {
        return MONEY.get().format(value == null ? BigDecimal.ZERO : value);
    }

    /**
     * An evaluation indicator's value: a ratio as a percentage ("75%"), money as money, the others as counts; "—"
     * where it does not apply.
     */
    public String indicator(Measure indicator, BigDecimal value) {
        if (value == null) {
            return "—";
        }
        if (indicator.isRatio()) {
            return value.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + "%";
        }
        return (indicator.isMoney() ? MONEY : COUNT).get().format(value);
    }

    /** A rank on the review screen ("第 3 名"), the message formatted once per rank and language. */
    public String rank(Integer rank) {
        if (rank == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        return ranks.computeIfAbsent(locale.toLanguageTag() + rank,
                k -> messages.getMessage("evaluation.rankOf", new Object[] {rank}, locale));
    }

    private final java.util.Map<String, String> ranks = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * DecimalFormat is not thread-safe and not cheap to make: one of each per thread; "1,234.50" whatever the server's
     * own locale (a German one would write "1.234,50").
     */
    private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));
    private static final ThreadLocal<DecimalFormat> COUNT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT)));

    /** An activity type read as its code and name (a figure row), as {@link #activityType} shows it. */
    public String activityType(String code, String name) {
        return coded("ActivityType", code, name, LocaleContextHolder.getLocale());
    }

    /** A row of any configurable list (a measure's kind…) in the page's language, as {@link #activityType} does. */
    public String named(CodedName row) {
        return label(row, LocaleContextHolder.getLocale());
    }

    /** A demand category in the page's language, as {@link #activityType} does for types. */
    public String demandCategory(CodedName category) {
        return label(category, LocaleContextHolder.getLocale());
    }

    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone));
    }
}
