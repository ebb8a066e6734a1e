package cn.helituan.web.crossteam;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamReading;
import cn.helituan.web.assisted.TownChoices;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type to find a town for a team to serve (its page's select, {@code static/js/choices.js}): the live towns it does not
 * serve yet whose name or county's name contains the text, each named with its county, for the team's managers only.
 */
@RestController
@RequiredArgsConstructor
class CrossTeamTownChoiceController {

    private static final int LIMIT = 30;

    private final CrossTeamReading reading;
    private final MessageSource messages;

    @GetMapping("/cross-teams/{id}/town-choices")
    List<ChoiceJson> choices(Scope scope, @PathVariable long id, @RequestParam(required = false) String q,
                             Locale locale) {
        return TownChoices.of(reading.townChoices(scope, id, q, LIMIT), messages, locale);
    }
}
