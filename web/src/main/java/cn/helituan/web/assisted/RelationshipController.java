package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistanceFocus;
import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.ObjectUse;
import cn.helituan.domain.assisted.Relationship;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.RelationshipState;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Assistance relationships (帮扶关系): the warnings of a scope, pairing, ending and renewing terms. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RelationshipController {

    private static final String FORM = "relationships/form";
    private static final String SHOW = "relationships/show";

    private final RelationshipService relationships;
    private final UnitService units;
    private final AssistedService assisted;
    private final Clock clock;

    @ModelAttribute("focuses")
    AssistanceFocus[] focuses() {
        return AssistanceFocus.values();
    }

    @GetMapping("/relationships")
    String overview(Scope scope, Model model) {
        model.addAttribute("overview", relationships.overview(scope));
        model.addAttribute("canEdit", scope.canManageStructure());
        return "relationships/overview";
    }

    @GetMapping("/relationships/list")
    String list(Scope scope, @RequestParam(required = false) AssistedKind kind,
                @RequestParam(required = false) RelationshipState state,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        LocalDate day = on == null ? relationships.today() : on;
        RelationshipService.Paired paired = relationships.search(scope, kind, state, day,
                Pagination.request(page, 20));
        model.addAttribute("paired", paired);
        model.addAttribute("pagination", Pagination.of(paired.rows(), request));
        model.addAttribute("kind", kind);
        model.addAttribute("state", state);
        model.addAttribute("on", on);
        model.addAttribute("day", day);
        model.addAttribute("kinds", AssistedKind.values());
        model.addAttribute("states", RelationshipState.values());
        return "relationships/list";
    }

    @GetMapping("/relationships/new")
    String createForm(Scope scope, @RequestParam(required = false) Long group,
                      @RequestParam(required = false) Long object, Model model) {
        scope.requireStructure();
        RelationshipForm form = new RelationshipForm();
        form.setGroupId(group);
        form.setObjectId(object);
        LocalDate start = LocalDate.now(clock);
        form.setStartsOn(start);
        form.setEndsOn(start.plusYears(2).minusDays(1));
        model.addAttribute("relationshipForm", form);
        return formView(scope, model);
    }

    @PostMapping("/relationships/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("relationshipForm") RelationshipForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "relationship", saved -> "/relationships/" + saved,
                    () -> relationships.create(scope, form.getGroupId(), form.getObjectId(), form.getStartsOn(),
                            form.getEndsOn(), form.getFocus(), blankToNull(form.getAgreement())).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/relationships/" + id;
        });
    }

    @GetMapping("/relationships/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Relationship relationship = relationships.get(scope, id);
        model.addAttribute("relationship", relationship);
        model.addAttribute("history", relationships.history(scope, id));
        model.addAttribute("canEdit", scope.canManageStructure() && relationship.isActive());
        if (!model.containsAttribute("renewForm")) {
            RenewForm renew = new RenewForm();
            renew.setFocus(relationship.getFocus());
            renew.setAgreement(relationship.getAgreement());
            renew.setEndsOn(relationship.getEndsOn().plusYears(2));
            renew.setVersion(relationship.getVersion());
            model.addAttribute("renewForm", renew);
        }
        model.addAttribute("today", relationships.today());
        model.addAttribute("state", relationship.stateOn(relationships.today()));
        return SHOW;
    }

    @PostMapping("/relationships/{id}/end")
    String end(Scope scope, @PathVariable long id, @RequestParam long version,
               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
               RedirectAttributes redirect) {
        String page = "/relationships/" + id;
        return Forms.redirectAfter(redirect, () -> relationships.end(scope, id, version, endedOn),
                "flash.relationship.ended", page, page);
    }

    @PostMapping("/relationships/{id}/renew")
    String renew(Scope scope, @PathVariable long id, FormKey key, @Valid @ModelAttribute("renewForm") RenewForm form,
                 BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        Relationship relationship = relationships.get(scope, id);
        model.addAttribute("relationship", relationship);
        model.addAttribute("history", relationships.history(scope, id));
        // the forms stay on the page when the renewal fails, so that its message shows
        model.addAttribute("canEdit", true);
        model.addAttribute("today", LocalDate.now(clock));
        return Forms.submit(result, response, SHOW, () -> {
            long next = key.create(scope, "renewal", saved -> "/relationships/" + saved,
                    () -> relationships.renew(scope, id, form.getVersion(), form.getEndsOn(), form.getFocus(),
                            blankToNull(form.getAgreement())).getId());
            redirect.addFlashAttribute("success", "flash.relationship.renewed");
            return "redirect:/relationships/" + next;
        });
    }

    private String formView(Scope scope, Model model) {
        // a province's groups and objects are found by typing (/units/choices?kind=GROUP,
        // /objects/choices?for=PAIRING); the lists keep the chosen ones
        RelationshipForm form = (RelationshipForm) model.getAttribute("relationshipForm");
        model.addAttribute("groups", units.formChoices(scope, form == null ? null : form.getGroupId()).stream()
                .filter(u -> u.getKind() == UnitKind.GROUP).toList());
        model.addAttribute("objects", assisted.formChoices(scope, ObjectUse.PAIRING,
                form == null ? null : form.getObjectId()));
        return FORM;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
