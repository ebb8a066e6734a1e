package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectPick;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Type to find an object in a form (an account's object, a pairing's object): the live objects whose name contains
 * the text, by name, as JSON for {@code static/js/choices.js}; {@code for} says which form, and so who may ask.
 */
@RestController
@RequiredArgsConstructor
public class ObjectChoiceController {

    private static final int LIMIT = 30;

    private final AssistedService assisted;
    private final MessageSource messages;

    @GetMapping("/objects/choices")
    List<ChoiceJson> choices(Scope scope, @RequestParam(required = false) String q,
                             @RequestParam(name = "for") ObjectUse use, Locale locale) {
        return assisted.picks(scope, use, q, LIMIT).stream().map(o -> json(o, messages, locale)).toList();
    }

    /** "柳河社区 (社区)": the object's name and kind, as the forms' options read (the demand form's search too). */
    public static ChoiceJson json(ObjectPick object, MessageSource messages, Locale locale) {
        return new ChoiceJson(object.id().toString(), object.name() + " ("
                + messages.getMessage("AssistedKind." + object.kind().name(), null, locale) + ")");
    }
}
