package cn.helituan.web.member;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.web.common.ChoiceJson;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Type to find a work unit in a form (a member's, a resource's), as JSON for {@code static/js/choices.js}. */
@RestController
@RequiredArgsConstructor
class WorkUnitChoiceController {

    private static final int LIMIT = 30;

    private final WorkUnitService workUnits;

    @GetMapping("/work-units/choices")
    List<ChoiceJson> choices(Scope scope, @RequestParam(required = false) String q) {
        return workUnits.search(scope, q, LIMIT).stream()
                .map(w -> new ChoiceJson(w.id().toString(), w.name()))
                .toList();
    }
}
