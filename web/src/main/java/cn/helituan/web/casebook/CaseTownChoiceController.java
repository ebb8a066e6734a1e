package cn.helituan.web.casebook;

import cn.helituan.domain.casebook.CaseReading;
import cn.helituan.web.assisted.TownChoices;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type to find a town in the case search's filter ({@code static/js/choices.js}): the live towns whose name or county's
 * name contains the text, each named with its county. Towns are the deployment's reference data, shown to whoever may
 * search the library; the page itself lists only the chosen town, not a province's thousands.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CaseTownChoiceController {

    private static final int LIMIT = 30;

    private final CaseReading reading;
    private final MessageSource messages;

    @GetMapping("/cases/town-choices")
    List<ChoiceJson> choices(@RequestParam(required = false) String q, Locale locale) {
        return TownChoices.of(reading.townChoices(q, LIMIT), messages, locale);
    }
}
