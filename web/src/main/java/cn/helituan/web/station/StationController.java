package cn.helituan.web.station;

import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.CadreProfile;
import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.PersonalData;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitOption;
import cn.helituan.domain.station.RotationService;
import cn.helituan.domain.station.StationService;
import cn.helituan.web.common.Exports;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
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

/**
 * The stationing register (驻村名册) and a stationed cadre's record (建档): the list with its export (in the register
 * import's columns; the 导入 link for those who import: org admins and sub-team leaders), a village's new
 * stationing (any role of its work team), a record's page with its history, and its edit.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StationController {

    private static final String FORM = "stationings/form";
    private static final int CHUNK = 500;
    /**
     * The register import's columns (ImportKind.STATIONINGS, named here by their keys: the web module's station
     * feature does not reach into the import's), so that an export, corrected, imports back.
     */
    static final List<String> HEADERS = List.of("objectCode", "object", "member", "mobile", "role", "workUnit",
            "post", "startsOn", "plannedEndOn", "endsOn", "commitmentProjects", "commitmentFunds",
            "commitmentResponsibility", "insuredOn", "healthCheckedOn", "subsidyPerDay").stream()
            .map(key -> "import.column.STATIONINGS." + key).toList();

    private final StationService stations;
    private final RotationService rotations;
    private final WorkUnitService workUnits;
    private final Exports exports;
    private final Clock clock;

    @GetMapping("/stationings")
    String list(Scope scope, @RequestParam(required = false) String q,
                @RequestParam(required = false) StationRole role, @RequestParam(required = false) Boolean open,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<Stationing> rows = stations.register(scope, q, role, open, on,
                Pagination.request(page, 20));
        model.addAttribute("on", on);
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("open", open);
        model.addAttribute("roles", StationRole.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canImport", scope.canImport());
        return "stationings/list";
    }

    @GetMapping("/stationings/export")
    void export(Scope scope, @RequestParam(required = false) String q,
                @RequestParam(required = false) StationRole role, @RequestParam(required = false) Boolean open,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                Locale locale, HttpServletResponse response) throws IOException {
        exports.send(response, locale, "stationings.title", HEADERS, CHUNK,
                page -> stations.register(scope, q, role, open, on, page),
                (Stationing s) -> new Object[] {s.getObject().getCode(), s.getObject().getName(),
                    s.getMember().getName(), PersonalData.mobileFor(scope, s.getMember().getMobile()),
                    exports.label(s.getRole(), locale), s.getWorkUnit() == null ? null : s.getWorkUnit().getName(),
                    s.getPost(), s.getStartsOn(), s.getPlannedEndOn(), s.getEndsOn(), s.getCommitmentProjects(),
                    s.getCommitmentFunds(), s.getCommitmentResponsibility(), s.getInsuredOn(),
                    s.getHealthCheckedOn(), s.getSubsidyPerDay()});
    }

    @GetMapping("/objects/{objectId}/stationings/new")
    String createForm(Scope scope, @PathVariable long objectId, Model model) {
        StationingForm form = new StationingForm();
        form.setStartsOn(LocalDate.now(clock));
        model.addAttribute("stationingForm", form);
        return createView(scope, objectId, form, model);
    }

    @PostMapping("/objects/{objectId}/stationings/new")
    String create(Scope scope, @PathVariable long objectId, FormKey key,
                  @Valid @ModelAttribute("stationingForm") StationingForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        createView(scope, objectId, form, model);
        if (form.getMobile() == null || form.getMobile().isBlank()) {
            result.rejectValue("mobile", "stationings.mobile.required");
        }
        if (form.getStartsOn() == null) {
            result.rejectValue("startsOn", "stationings.startsOn.required");
        }
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "stationing-record", s -> "/stationings/" + s,
                    () -> stations.station(scope, objectId, form.station()).getId());
            redirect.addFlashAttribute("success", "flash.stationing.filed");
            return "redirect:/stationings/" + id;
        });
    }

    @GetMapping("/stationings/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Stationing stationing = stations.get(scope, id);
        model.addAttribute("s", stationing);
        model.addAttribute("history", stations.history(scope, id));
        model.addAttribute("canEdit", stations.canWrite(scope, stationing.getObject().getId()));
        model.addAttribute("canOpenObject", stations.canOpenObject(scope, stationing));
        model.addAttribute("rotation", rotations.ofStationing(scope, id).orElse(null));
        model.addAttribute("canRotate", rotations.canRotate(scope, stationing));
        model.addAttribute("today", LocalDate.now(clock));
        return "stationings/show";
    }

    @GetMapping("/stationings/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        Stationing stationing = stations.get(scope, id);
        stations.writableObject(scope, stationing.getObject().getId());
        StationingForm form = StationingForm.of(stationing);
        model.addAttribute("stationingForm", form);
        return editView(scope, stationing, form, model);
    }

    @PostMapping("/stationings/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("stationingForm") StationingForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Stationing stationing = stations.get(scope, id);
        stations.writableObject(scope, stationing.getObject().getId());
        editView(scope, stationing, form, model);
        return Forms.submit(result, response, FORM, () -> {
            stations.file(scope, id, form.getVersion(), form.record());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/stationings/" + id;
        });
    }

    private String createView(Scope scope, long objectId, StationingForm form, Model model) {
        AssistedObject object = stations.writableObject(scope, objectId);
        model.addAttribute("object", object);
        model.addAttribute("creating", true);
        model.addAttribute("suggestions", stations.suggestions(scope, objectId));
        model.addAttribute("matchingCategories", !CadreProfile.fitting(object.getCategories()).isEmpty());
        return formView(scope, form, model);
    }

    private String editView(Scope scope, Stationing stationing, StationingForm form, Model model) {
        model.addAttribute("object", stationing.getObject());
        model.addAttribute("s", stationing);
        model.addAttribute("creating", false);
        return formView(scope, form, model, stationing.getWorkUnit());
    }

    private String formView(Scope scope, StationingForm form, Model model) {
        return formView(scope, form, model, null);
    }

    /**
     * The form with its choices; {@code current}, the stationing's own dispatching unit, is among them even when it
     * has been archived since (else the select would drop it and saving would silently put another in its place).
     */
    private String formView(Scope scope, StationingForm form, Model model, WorkUnit current) {
        model.addAttribute("roles", StationRole.values());
        List<WorkUnitOption> choices = new ArrayList<>(workUnits.formChoices(scope, form.getWorkUnitId()));
        if (current != null && choices.stream().noneMatch(choice -> choice.id().equals(current.getId()))) {
            choices.add(0, new WorkUnitOption(current.getId(), current.getName()));
        }
        model.addAttribute("workUnits", choices);
        return FORM;
    }
}
