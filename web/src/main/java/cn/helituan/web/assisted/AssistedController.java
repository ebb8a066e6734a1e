package cn.helituan.web.assisted;

import cn.helituan.domain.assisted.AssistedKind;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedQuery;
import cn.helituan.domain.assisted.AssistedService;
import cn.helituan.domain.assisted.CommunityGoal;
import cn.helituan.domain.assisted.EnterpriseScale;
import cn.helituan.domain.assisted.RegionService;
import cn.helituan.domain.assisted.RelationshipService;
import cn.helituan.domain.assisted.VillageCategory;
import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.PageSection;
import cn.helituan.web.common.PageSections;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The register of assisted objects (帮扶对象): villages, communities, enterprises, schools, hospitals. */
@Controller
class AssistedController {

    private static final String FORM = "objects/form";
    private static final String SHOW = "objects/show";
    private static final int PAGE_SIZE = 20;

    private final AssistedService objects;
    private final RegionService regions;
    private final RelationshipService relationships;
    private final PageSections<AssistedObject> sections;
    private final Clock clock;

    AssistedController(AssistedService objects, RegionService regions, RelationshipService relationships,
                       ObjectProvider<PageSection<AssistedObject>> sections, Clock clock) {
        this.sections = new PageSections<>(sections);
        this.clock = clock;
        this.objects = objects;
        this.regions = regions;
        this.relationships = relationships;
    }

    @ModelAttribute("assistedKinds")
    AssistedKind[] kinds() {
        return AssistedKind.values();
    }

    @ModelAttribute("villageCategories")
    VillageCategory[] categories() {
        return VillageCategory.values();
    }

    @ModelAttribute("communityGoals")
    CommunityGoal[] goals() {
        return CommunityGoal.values();
    }

    @ModelAttribute("enterpriseScales")
    EnterpriseScale[] scales() {
        return EnterpriseScale.values();
    }

    @GetMapping("/objects")
    String list(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) AssistedKind kind,
                @RequestParam(required = false) Long region, @RequestParam(required = false) VillageCategory category,
                @RequestParam(required = false) Long chain, @RequestParam(required = false) Boolean paired,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        AssistedQuery query = new AssistedQuery(q, kind, region, category, chain, paired, false);
        int number = Math.min(Math.max(page, 1), Integer.MAX_VALUE / PAGE_SIZE) - 1;
        Page<AssistedObject> rows = objects.search(scope, query, PageRequest.of(number, PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("exportUrl", Pagination.withoutPage("/objects/export", request));
        model.addAttribute("query", query);
        model.addAttribute("regions", regions.tree(scope));
        model.addAttribute("chains", objects.chains(scope));
        model.addAttribute("canEdit", scope.canManageAccounts());
        return "objects/list";
    }

    @GetMapping("/objects/new")
    String createForm(Scope scope, @RequestParam(required = false) AssistedKind kind, Model model) {
        scope.requireAccounts();
        AssistedForm form = new AssistedForm();
        form.setKind(kind == null ? AssistedKind.VILLAGE : kind);
        model.addAttribute("assistedForm", form);
        return formView(scope, model);
    }

    @PostMapping("/objects/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("assistedForm") AssistedForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "object", saved -> "/objects/" + saved,
                    () -> objects.create(scope, form.details(), form.place()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/objects/" + id;
        });
    }

    @GetMapping("/objects/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        if (!model.containsAttribute("stationForm")) {
            StationForm form = new StationForm();
            form.setStartsOn(LocalDate.now(clock));
            model.addAttribute("stationForm", form);
        }
        return showView(scope, id, model);
    }

    @PostMapping("/objects/{id}/secretaries")
    String station(Scope scope, @PathVariable long id, FormKey key,
                   @Valid @ModelAttribute("stationForm") StationForm form, BindingResult result, Model model,
                   HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        showView(scope, id, model);
        return Forms.submit(result, response, SHOW, () -> {
            // the key notes the object, whose page lists its first secretaries
            key.create(scope, "stationing", object -> "/objects/" + object + "#secretaries", () -> {
                objects.station(scope, id, form.getMobile(), form.getStartsOn());
                return id;
            });
            redirect.addFlashAttribute("success", "flash.stationed");
            return "redirect:/objects/" + id + "#secretaries";
        });
    }

    @PostMapping("/objects/{id}/secretaries/{stationingId}/end")
    String endStationing(Scope scope, @PathVariable long id, @PathVariable long stationingId,
                         @RequestParam long version,
                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
                         RedirectAttributes redirect) {
        objects.get(scope, id);
        String page = "/objects/" + id + "#secretaries";
        return Forms.redirectAfter(redirect, () -> objects.endStationing(scope, id, stationingId, version, endsOn),
                "flash.stationing.ended", page, page);
    }

    private String showView(Scope scope, long id, Model model) {
        AssistedObject object = objects.get(scope, id);
        model.addAttribute("object", object);
        model.addAttribute("relationships", relationships.ofObject(scope, id));
        model.addAttribute("stationings", objects.stationings(scope, id));
        model.addAttribute("stationingHistory", objects.stationingHistory(scope, id));
        model.addAttribute("history", objects.history(scope, id));
        // latest activities, demands: the features that own them
        model.addAttribute("sections", sections.read(scope, object));
        model.addAttribute("canEdit", scope.canManageAccounts());
        model.addAttribute("canPair", scope.canManageStructure());
        model.addAttribute("canStation", objects.canStation(scope, id));
        model.addAttribute("registerLinked", scope.canReadRegister());
        model.addAttribute("today", LocalDate.now(clock));
        return SHOW;
    }

    @GetMapping("/objects/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        scope.requireAccounts();
        AssistedObject object = objects.get(scope, id);
        model.addAttribute("object", object);
        model.addAttribute("assistedForm", AssistedForm.of(object));
        return formView(scope, model);
    }

    @PostMapping("/objects/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("assistedForm") AssistedForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireAccounts();
        AssistedObject object = objects.get(scope, id);
        model.addAttribute("object", object);
        formView(scope, model);
        return Forms.submit(result, response, FORM, () -> {
            objects.update(scope, id, form.getVersion(), form.details(), form.place());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/objects/" + id;
        });
    }

    @PostMapping("/objects/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> objects.archive(scope, id, version), "flash.archived", "/objects",
                "/objects/" + id);
    }

    private String formView(Scope scope, Model model) {
        model.addAttribute("regions", regions.tree(scope));
        model.addAttribute("chains", objects.chains(scope));
        return FORM;
    }
}
