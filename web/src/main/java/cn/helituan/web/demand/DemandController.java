package cn.helituan.web.demand;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandAccess;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.domain.demand.DemandList;
import cn.helituan.domain.demand.DemandListing;
import cn.helituan.domain.demand.DemandMatching;
import cn.helituan.domain.demand.DemandPhotosService;
import cn.helituan.domain.demand.DemandQuery;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.demand.DemandSuggestion;
import cn.helituan.domain.demand.DemandView;
import cn.helituan.domain.demand.DemandWorkflow;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.domain.demand.Suggestions;
import cn.helituan.domain.demand.Urgency;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.CodedChoice;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.kept.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 需求清单: the list of the user's demands, raising one (a first secretary from a phone), its page with the workflow's
 * next step for whoever takes it, and matching it to resources and a group (the organization department), which
 * makes it a project. Its photos are {@link DemandPhotoController}'s.
 */
@Controller
class DemandController {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "demands/form";
    private static final String MATCH = "demands/match";

    private final DemandListing demands;
    private final DemandWorkflow workflow;
    private final DemandMatching matching;
    private final DemandChoices choices;
    private final DemandAccess access;
    private final ResourceService resources;
    private final DataSize maxPhotoSize;
    private final Clock clock;
    private final KeptFragments kept;
    private final DemandBadges badges;

    DemandController(DemandListing demands, DemandWorkflow workflow, DemandMatching matching, DemandChoices choices,
                     DemandAccess access, ResourceService resources,
                     @Value("${helituan.photo.max-size:15MB}") DataSize maxPhotoSize, Clock clock,
                     KeptFragments kept, DemandBadges badges) {
        this.demands = demands;
        this.kept = kept;
        this.badges = badges;
        this.workflow = workflow;
        this.matching = matching;
        this.choices = choices;
        this.access = access;
        this.resources = resources;
        this.maxPhotoSize = maxPhotoSize;
        this.clock = clock;
    }

    @ModelAttribute("urgencies")
    Urgency[] urgencies() {
        return Urgency.values();
    }

    @GetMapping("/demands")
    String list(Scope scope, @ModelAttribute("params") DemandParams params, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        DemandQuery query = params.toQuery();
        DemandList listing = demands.listing(scope, query,
                Pagination.request(page, PAGE_SIZE));
        Page<Demand> rows = listing.rows();
        LocalDate today = LocalDate.now(clock);
        // the list below the menu, rendered once for equal rows, figures and filters and kept as text
        // (KeptFragments): its variables are values — the rows as records with their badges of today
        Map<String, Object> list = new HashMap<>();
        list.put("rows", rows.map(d -> DemandListRow.of(d, badges.of(d, today))));
        list.put("query", query);
        list.put("tally", listing.tally());
        list.put("statuses", List.of(DemandStatus.values()));
        list.put("urgencies", List.of(Urgency.values()));
        list.put("categories", CodedChoice.of(choices.categories(), c -> c.getId()));
        list.put("canRaise", access.canRaise(scope) && scope.role() != Role.ORG_ADMIN
                || scope.role() == Role.ORG_ADMIN && query.objectId() != null);
        list.put("pagination", Pagination.of(rows, request));
        list.put("exportUrl", Pagination.withoutPage("/demands/export", request));
        list.put("canSeeCategories", scope.canManageAccounts());
        // no link leads a reader to a page it may not open
        list.put("canSeeResources", resources.readsResources(scope));
        list.put("objectName", !rows.isEmpty() && query.objectId() != null
                ? rows.getContent().get(0).getObject().getName() : null);
        model.addAttribute("listText", kept.render("demands/list", "list", list));
        model.addAttribute("rows", rows);
        return "demands/list";
    }

    @GetMapping("/demands/new")
    String createForm(Scope scope, @RequestParam(required = false) Long object, Model model) {
        DemandForm form = new DemandForm();
        List<AssistedObject> objects = choices.raisable(scope, object);
        if (object != null || objects.size() == 1) {
            form.setObjectId(objects.isEmpty() ? object : objects.get(0).getId());
        }
        model.addAttribute("demandForm", form);
        return formView(scope, form, null, model);
    }

    @PostMapping("/demands/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("demandForm") DemandForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, form, null, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "demand", saved -> "/demands/" + saved,
                    () -> workflow.raise(scope, form.toDetails()).getId());
            redirect.addFlashAttribute("success", "flash.demand.raised");
            return "redirect:/demands/" + id;
        });
    }

    @GetMapping("/demands/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        DemandView view = demands.view(scope, id);
        model.addAttribute("view", view);
        model.addAttribute("demand", view.demand());
        model.addAttribute("project", view.project());
        model.addAttribute("history", view.history());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("maxPhotos", DemandPhotosService.MAX_PHOTOS);
        model.addAttribute("maxPhotoSize", maxPhotoSize.toMegabytes());
        model.addAttribute("resourceSuggestions", view.suggestions().stream()
                .filter(s -> s.getKind() == DemandSuggestion.Kind.RESOURCE).toList());
        model.addAttribute("groupSuggestions", view.suggestions().stream()
                .filter(s -> s.getKind() == DemandSuggestion.Kind.GROUP).toList());
        return "demands/show";
    }

    @GetMapping("/demands/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        Demand demand = access.get(scope, id);
        if (!access.canEdit(scope, demand)) {
            throw new cn.helituan.domain.common.ForbiddenException("edit demand");
        }
        DemandForm form = DemandForm.of(demand);
        model.addAttribute("demandForm", form);
        return formView(scope, form, demand, model);
    }

    @PostMapping("/demands/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("demandForm") DemandForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Demand demand = access.get(scope, id);
        form.setObjectId(demand.getObject().getId());
        formView(scope, form, demand, model);
        return Forms.submit(result, response, FORM, () -> {
            workflow.edit(scope, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/demands/" + id;
        });
    }

    @PostMapping("/demands/{id}/accept")
    String accept(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.accept(scope, id, version), "flash.demand.accepted");
    }

    @PostMapping("/demands/{id}/decline")
    String decline(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.decline(scope, id, version, reason), "flash.demand.declined");
    }

    @PostMapping("/demands/{id}/solve")
    String solve(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.reportSolved(scope, id, version), "flash.demand.solved");
    }

    @PostMapping("/demands/{id}/confirm")
    String confirm(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.answer(scope, id, version, true, null), "flash.demand.resolved");
    }

    @PostMapping("/demands/{id}/reopen")
    String reopen(Scope scope, @PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.answer(scope, id, version, false, reason), "flash.demand.reopened");
    }

    @PostMapping("/demands/{id}/unsolvable")
    String unsolvable(Scope scope, @PathVariable long id, @RequestParam long version,
                      @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.proposeUnsolvable(scope, id, version, reason),
                "flash.demand.unsolvableProposed");
    }

    @PostMapping("/demands/{id}/review")
    String review(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam boolean agreed,
                  RedirectAttributes redirect) {
        return step(redirect, id, () -> workflow.reviewUnsolvable(scope, id, version, agreed),
                agreed ? "flash.demand.unsolvable" : "flash.demand.unsolvableRefused");
    }

    @GetMapping("/demands/{id}/match")
    String matchForm(Scope scope, @PathVariable long id, Model model) {
        Demand demand = access.get(scope, id);
        MatchForm form = new MatchForm();
        form.setTitle(demand.getTitle());
        form.setStartsOn(LocalDate.now(clock));
        form.setDeadline(demand.getWantedBy());
        form.setVersion(demand.getVersion());
        model.addAttribute("matchForm", form);
        return matchView(scope, demand, model);
    }

    @PostMapping("/demands/{id}/match")
    String match(Scope scope, @PathVariable long id, FormKey key, @Valid @ModelAttribute("matchForm") MatchForm form,
                 BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Demand demand = access.get(scope, id);
        matchView(scope, demand, model);
        return Forms.submit(result, response, MATCH, () -> {
            long project = key.create(scope, "project", saved -> "/projects/" + saved,
                    () -> matching.match(scope, id, form.getVersion(), form.toDetails()).getId());
            redirect.addFlashAttribute("success", "flash.demand.matched");
            return "redirect:/projects/" + project;
        });
    }

    private String matchView(Scope scope, Demand demand, Model model) {
        Suggestions suggestions = matching.suggest(scope, demand.getId());
        model.addAttribute("demand", demand);
        model.addAttribute("resources", suggestions.resources());
        model.addAttribute("groups", suggestions.groups());
        // the responsible member is one of the chosen group's: each suggested group's members, as option groups
        model.addAttribute("people", matching.membersOf(suggestions.groups()));
        return MATCH;
    }

    private String formView(Scope scope, DemandForm form, Demand editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("categories", choices.categories());
        model.addAttribute("objects", editing != null ? List.of(editing.getObject()) : raisable(scope, form));
        // an org admin's, or a province team's, objects are found by typing (/demands/object-choices)
        model.addAttribute("objectsSearched", editing == null && choices.searched(scope));
        return FORM;
    }

    /** The objects the form offers; one outside the scope typed into the address is not offered (the save says why). */
    private List<AssistedObject> raisable(Scope scope, DemandForm form) {
        try {
            return choices.raisable(scope, form.getObjectId());
        } catch (NotFoundException outside) {
            return choices.raisable(scope, null);
        }
    }

    private static String step(RedirectAttributes redirect, long id, Runnable action, String successKey) {
        String page = "/demands/" + id;
        return Forms.redirectAfter(redirect, action, successKey, page, page);
    }
}
