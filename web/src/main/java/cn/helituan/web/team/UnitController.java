package cn.helituan.web.team;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.Unit;
import cn.helituan.domain.team.UnitField;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.PageSection;
import cn.helituan.web.common.PageSections;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
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

/** The team tree: browse, create, edit, move and archive units. */
@Controller
class UnitController {

    private static final String FORM = "units/form";
    private static final String MOVE = "units/move";

    private final UnitService units;
    private final PageSections<Unit> sections;

    UnitController(UnitService units, ObjectProvider<PageSection<Unit>> sections) {
        this.units = units;
        this.sections = new PageSections<>(sections);
    }

    @ModelAttribute("unitKinds")
    UnitKind[] unitKinds() {
        return UnitKind.values();
    }

    @ModelAttribute("unitFields")
    UnitField[] unitFields() {
        return UnitField.values();
    }

    @GetMapping("/units")
    String tree(Scope scope, Model model) {
        model.addAttribute("roots", units.tree(scope));
        model.addAttribute("canEdit", scope.canManageStructure());
        return "units/tree";
    }

    /** A level of the tree, opened by htmx from the node's {@code <details>}: the unit's children and their counts. */
    @GetMapping("/units/{id}/children")
    String children(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("node", units.node(scope, id));
        return "units/tree :: children";
    }

    @GetMapping("/units/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Unit unit = units.get(scope, id);
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.getParent() != null && scope.covers(unit.getParent().getPath())
                ? unit.getParent() : null);
        // the head count of the subtree, as the tree and the roster filtered to the unit count it, and the children's
        model.addAttribute("node", units.node(scope, id));
        model.addAttribute("history", units.history(scope, id));
        // members, paired objects, latest activities, plan, projects, grades: the features that own them
        model.addAttribute("sections", sections.read(scope, unit));
        model.addAttribute("canEdit", scope.canManageStructure());
        return "units/show";
    }

    @GetMapping("/units/new")
    String createForm(Scope scope, @RequestParam(required = false) Long parent, Model model) {
        scope.requireStructure();
        UnitForm form = new UnitForm();
        if (parent != null) {
            Unit parentUnit = units.get(scope, parent);
            form.setParentId(parent);
            form.setKind(parentUnit.getKind() == UnitKind.TEAM ? UnitKind.SUB_TEAM : UnitKind.GROUP);
            model.addAttribute("parent", parentUnit);
        } else {
            form.setKind(UnitKind.TEAM);
        }
        form.setField(UnitField.GENERAL);
        model.addAttribute("unitForm", form);
        return FORM;
    }

    @PostMapping("/units/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult result,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        if (form.getParentId() != null) {
            model.addAttribute("parent", units.get(scope, form.getParentId()));
        }
        return Forms.submit(result, response, FORM, () -> {
            long id;
            try {
                id = key.create(scope, "unit", saved -> "/units/" + saved,
                        () -> units.create(scope, form.getParentId(), form.getKind(), form.toDetails()).getId());
            } catch (RuleViolation violation) {
                // the parent is a hidden field on this form: say why at the top, where the user sees it
                throw "parentId".equals(violation.field())
                        ? RuleViolation.global(violation.messageKey(), violation.args()) : violation;
            }
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/units/" + id;
        });
    }

    @GetMapping("/units/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        scope.requireStructure();
        Unit unit = units.get(scope, id);
        UnitForm form = new UnitForm();
        form.setParentId(unit.getParentId());
        form.setKind(unit.getKind());
        form.setName(unit.getName());
        form.setLocalName(unit.getLocalName());
        form.setField(unit.getField());
        form.setDescription(unit.getDescription());
        form.setVersion(unit.getVersion());
        model.addAttribute("unitForm", form);
        model.addAttribute("unit", unit);
        return FORM;
    }

    @PostMapping("/units/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("unitForm") UnitForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        Unit unit = units.get(scope, id);
        model.addAttribute("unit", unit);
        form.setKind(unit.getKind());
        return Forms.submit(result, response, FORM, () -> {
            units.update(scope, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/units/" + id;
        });
    }

    @GetMapping("/units/{id}/move")
    String moveForm(Scope scope, @PathVariable long id, Model model) {
        scope.requireStructure();
        Unit unit = units.get(scope, id);
        MoveForm form = new MoveForm();
        form.setParentId(unit.getParentId());
        form.setVersion(unit.getVersion());
        model.addAttribute("moveForm", form);
        return moveView(scope, unit, model);
    }

    @PostMapping("/units/{id}/move")
    String move(Scope scope, @PathVariable long id, @Valid @ModelAttribute("moveForm") MoveForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        Unit unit = units.get(scope, id);
        moveView(scope, unit, model);
        return Forms.submit(result, response, MOVE, () -> {
            units.move(scope, id, form.getVersion(), form.getParentId());
            redirect.addFlashAttribute("success", "flash.moved");
            return "redirect:/units/" + id;
        });
    }

    @PostMapping("/units/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> units.archive(scope, id, version), "flash.archived", "/units",
                "/units/" + id);
    }

    private String moveView(Scope scope, Unit unit, Model model) {
        // a province's units are found by typing (/units/choices); the list keeps the chosen one
        MoveForm form = (MoveForm) model.getAttribute("moveForm");
        List<Unit> targets = units.formChoices(scope, form == null ? null : form.getParentId()).stream()
                .filter(u -> u.getKind() != UnitKind.GROUP && !u.getPath().startsWith(unit.getPath())
                        && unit.getKind().mayHaveParent(u.getKind()))
                .toList();
        model.addAttribute("unit", unit);
        model.addAttribute("targets", targets);
        return MOVE;
    }
}
