package cn.helituan.web.demand;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.DemandChoices;
import cn.helituan.domain.demand.ResourceQuery;
import cn.helituan.domain.demand.ResourceService;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.team.Unit;
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
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
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

/** 资源清单: the list of resources the user reads, declaring one, its page, editing and archiving it. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResourceController {

    private static final String FORM = "resources/form";

    private final ResourceService resources;
    private final DemandChoices demands;
    private final UnitService units;
    private final WorkUnitService workUnits;
    private final Clock clock;

    @ModelAttribute("capacityUnits")
    CapacityUnit[] capacityUnits() {
        return CapacityUnit.values();
    }

    @GetMapping("/resources")
    String list(Scope scope, @RequestParam(required = false) Long category,
                @RequestParam(required = false) CapacityUnit unit, @RequestParam(required = false) Long group,
                @RequestParam(defaultValue = "false") boolean mine,
                @RequestParam(defaultValue = "false") boolean available,
                @RequestParam(defaultValue = "false") boolean archived, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        ResourceQuery query = new ResourceQuery(category, unit, group, mine, available ? LocalDate.now(clock) : null,
                archived);
        Page<AidResource> rows = resources.list(scope, query, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("query", query);
        model.addAttribute("available", available);
        model.addAttribute("categories", demands.categories());
        model.addAttribute("canDeclare", resources.canDeclare(scope));
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("exportUrl", Pagination.withoutPage("/resources/export", request));
        return "resources/list";
    }

    @GetMapping("/resources/new")
    String createForm(Scope scope, @RequestParam(required = false) Long group, Model model) {
        if (!resources.canDeclare(scope)) {
            throw new ForbiddenException("declare resources");
        }
        ResourceForm form = new ResourceForm();
        if (group != null) {
            form.setDeclaredBy("group");
            form.setGroupId(group);
        } else if (scope.memberId() == null) {
            form.setDeclaredBy(scope.role() == Role.ORG_ADMIN ? "workUnit" : "group");
            form.setGroupId(scope.role() == Role.GROUP_LEADER ? scope.unitId() : null);
        }
        model.addAttribute("resourceForm", form);
        return formView(scope, null, model);
    }

    @PostMapping("/resources/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("resourceForm") ResourceForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, null, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "resource", saved -> "/resources/" + saved,
                    () -> resources.declare(scope, form.toDetails(scope.memberId())).getId());
            redirect.addFlashAttribute("success", "flash.resource.declared");
            return "redirect:/resources/" + id;
        });
    }

    @GetMapping("/resources/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        AidResource resource = resources.get(scope, id);
        model.addAttribute("resource", resource);
        model.addAttribute("canEdit", resources.canEdit(scope, resource));
        model.addAttribute("history", resources.history(scope, id));
        return "resources/show";
    }

    @GetMapping("/resources/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        AidResource resource = resources.get(scope, id);
        if (!resources.canEdit(scope, resource)) {
            throw new cn.helituan.domain.common.ForbiddenException("edit resource");
        }
        model.addAttribute("resourceForm", ResourceForm.of(resource));
        return formView(scope, resource, model);
    }

    @PostMapping("/resources/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("resourceForm") ResourceForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        AidResource resource = resources.get(scope, id);
        formView(scope, resource, model);
        return Forms.submit(result, response, FORM, () -> {
            resources.edit(scope, id, form.getVersion(), form.toDetails(scope.memberId()));
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/resources/" + id;
        });
    }

    @PostMapping("/resources/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version,
                   @RequestParam(defaultValue = "true") boolean archived, RedirectAttributes redirect) {
        String page = "/resources/" + id;
        return Forms.redirectAfter(redirect, () -> resources.archive(scope, id, version, archived),
                archived ? "flash.resource.archived" : "flash.resource.restored", page, page);
    }

    /** The group chosen on the form shown (a province's groups are found by typing; the list keeps this one). */
    private static Long chosenGroup(Model model) {
        return model.getAttribute("resourceForm") instanceof ResourceForm f ? f.getGroupId() : null;
    }

    private String formView(Scope scope, AidResource editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("categories", demands.categories());
        if (editing == null) {
            List<Unit> groups = scope.canManageStructure() || scope.role() == Role.GROUP_LEADER
                    ? units.formChoices(scope, chosenGroup(model)).stream().filter(u -> u.getKind() == UnitKind.GROUP)
                            .filter(u -> scope.canManageStructure() || u.getId().equals(scope.unitId())).toList()
                    : List.of();
            model.addAttribute("groups", groups);
            model.addAttribute("ownMember", scope.memberId() != null);
            model.addAttribute("workUnits", scope.role() == Role.ORG_ADMIN
                    ? workUnits.formChoices(scope, model.getAttribute("resourceForm") instanceof ResourceForm f
                            ? f.getWorkUnitId() : null) : List.of());
        }
        return FORM;
    }
}
