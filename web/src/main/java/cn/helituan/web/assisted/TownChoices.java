package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.TownPick;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** Towns as type-to-find choices (static/js/choices.js), each named with its county: town names repeat across counties. */
public final class TownChoices {

    private TownChoices() {
    }

    public static List<ChoiceJson> of(List<TownPick> towns, MessageSource messages, Locale locale) {
        return towns.stream().map(t -> new ChoiceJson(t.id().toString(), label(t, messages, locale))).toList();
    }

    /** "城关镇（岚皋县）", or the town's name alone when it hangs under no county. */
    public static String label(TownPick town, MessageSource messages, Locale locale) {
        return town.county() == null ? town.name()
                : messages.getMessage("regions.town.inCounty", new Object[] {town.name(), town.county()}, locale);
    }
}
