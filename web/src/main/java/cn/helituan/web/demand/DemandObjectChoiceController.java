package cn.helituan.web.demand;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.web.assisted.ObjectChoiceController;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type to find the object of a new demand: the objects the reader may raise a demand for (an org admin's whole
 * register, a province team's paired objects) whose name contains the text, as JSON for {@code static/js/choices.js}.
 */
@RestController
@RequiredArgsConstructor
class DemandObjectChoiceController {

    private static final int LIMIT = 30;

    private final DemandChoices choices;
    private final MessageSource messages;

    @GetMapping("/demands/object-choices")
    List<ChoiceJson> choices(Scope scope, @RequestParam(required = false) String q, Locale locale) {
        return choices.picks(scope, q, LIMIT).stream()
                .map(o -> ObjectChoiceController.json(o, messages, locale)).toList();
    }
}
