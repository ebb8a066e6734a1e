package cn.helituan.web.team;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type to find a unit in a form (a member's group, an account's scope, a move's new parent, a pairing's group): the
 * reader's units whose name contains the text, of the kinds asked, as JSON for {@code static/js/choices.js}.
 */
@RestController
@RequiredArgsConstructor
class UnitChoiceController {

    private static final int LIMIT = 30;

    private final UnitService units;
    private final MessageSource messages;

    @GetMapping("/units/choices")
    List<ChoiceJson> choices(Scope scope, @RequestParam(required = false) String q,
                             @RequestParam(name = "kind", required = false) List<UnitKind> kinds, Locale locale) {
        return units.search(scope, q, kinds, LIMIT).stream()
                .map(u -> new ChoiceJson(u.id().toString(), u.name() + " ("
                        + messages.getMessage("UnitKind." + u.kind().name(), null, locale)
                        + (u.parentName() == null ? "" : " · " + u.parentName()) + ")"))
                .toList();
    }
}
