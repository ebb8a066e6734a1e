package cn.helituan.web.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.station.Rotation;
import cn.helituan.domain.station.RotationDue;
import cn.helituan.domain.station.RotationDueKind;
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
import java.util.List;
import java.util.Locale;
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

/**
 * Rotation (轮换): a stationing's rotation form, the rotation's page with its handover record (the text while nobody
 * has signed, each cadre's sign-off) and history, and the list of who is due (terms ending within 90 days, cadres
 * stationed longer than the rotation period) with its export.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RotationController {

    private static final String FORM = "rotations/form";
    private static final String SHOW = "rotations/show";
    private static final int CHUNK = 500;
    private static final List<String> HEADERS = List.of("field.Stationing.object", "field.Stationing.member",
            "field.Stationing.role", "field.Stationing.workUnit", "field.Stationing.startsOn",
            "field.Stationing.plannedEndOn", "field.Stationing.endsOn", "rotations.years");

    private final RotationService rotations;
    private final RotationDue due;
    private final StationService stations;
    private final Exports exports;
    private final Clock clock;

    @GetMapping("/rotations/due")
    String due(Scope scope, @RequestParam(defaultValue = "ENDING") RotationDueKind kind,
               @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<Stationing> rows = due.list(scope, kind, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", RotationDueKind.values());
        model.addAttribute("days", RotationDue.ENDING_DAYS);
        model.addAttribute("period", due.period());
        model.addAttribute("today", LocalDate.now(clock));
        return "rotations/due";
    }

    @GetMapping("/rotations/due/export")
    void export(Scope scope, @RequestParam(defaultValue = "ENDING") RotationDueKind kind, Locale locale,
                HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now(clock);
        exports.send(response, locale, "rotations.due.title", HEADERS, CHUNK, page -> due.list(scope, kind, page),
                (Stationing s) -> new Object[] {s.getObject().getName(), s.getMember().getName(),
                    exports.label(s.getRole(), locale), s.getWorkUnit() == null ? null : s.getWorkUnit().getName(),
                    s.getStartsOn(), s.getPlannedEndOn(), s.getEndsOn(),
                    java.time.Period.between(s.getStartsOn(), today).getYears()});
    }

    @GetMapping("/stationings/{id}/rotate")
    String createForm(Scope scope, @PathVariable long id, Model model) {
        Stationing outgoing = rotations.outgoing(scope, id);
        RotationForm form = new RotationForm();
        form.setVersion(outgoing.getVersion());
        form.setEndsOn(outgoing.getPlannedEndOn() != null && !outgoing.getPlannedEndOn().isBefore(LocalDate.now(clock))
                ? outgoing.getPlannedEndOn() : LocalDate.now(clock));
        model.addAttribute("rotationForm", form);
        model.addAttribute("s", outgoing);
        return FORM;
    }

    @PostMapping("/stationings/{id}/rotate")
    String create(Scope scope, @PathVariable long id, FormKey key,
                  @Valid @ModelAttribute("rotationForm") RotationForm form, BindingResult result, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        // an ended stationing is refused inside the claim, so that the form posted again finds its rotation
        model.addAttribute("s", rotations.writable(scope, id));
        if (form.getEndsOn() == null) {
            result.rejectValue("endsOn", "rotation.endsOn.required");
        }
        return Forms.submit(result, response, FORM, () -> {
            long saved = key.create(scope, "rotation", r -> "/rotations/" + r,
                    () -> rotations.rotate(scope, id, form.rotate()).getId());
            redirect.addFlashAttribute("success", "flash.rotation.recorded");
            return "redirect:/rotations/" + saved;
        });
    }

    @GetMapping("/rotations/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Rotation rotation = rotations.get(scope, id);
        HandoverForm form = new HandoverForm();
        form.setSituation(rotation.getSituation());
        form.setVersion(rotation.getVersion());
        model.addAttribute("handoverForm", form);
        return showView(scope, rotation, model);
    }

    @PostMapping("/rotations/{id}/handover")
    String describe(Scope scope, @PathVariable long id, @Valid @ModelAttribute("handoverForm") HandoverForm form,
                    BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        showView(scope, rotations.get(scope, id), model);
        String view = Forms.submit(result, response, SHOW, () -> {
            rotations.describe(scope, id, form.getVersion(), form.getSituation());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/rotations/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @PostMapping("/rotations/{id}/sign")
    String sign(Scope scope, @PathVariable long id, @Valid @ModelAttribute("handoverForm") HandoverForm form,
                BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Rotation rotation = rotations.get(scope, id);
        form.setSituation(rotation.getSituation());
        showView(scope, rotation, model);
        String view = Forms.submit(result, response, SHOW, () -> {
            rotations.sign(scope, id, form.getVersion());
            redirect.addFlashAttribute("success", "flash.rotation.signed");
            return "redirect:/rotations/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    private String showView(Scope scope, Rotation rotation, Model model) {
        model.addAttribute("r", rotation);
        model.addAttribute("canDescribe", rotations.canDescribe(scope, rotation));
        model.addAttribute("canSign", rotations.canSign(scope, rotation));
        model.addAttribute("canOpenObject", stations.canOpenObject(scope, rotation.getOutgoing()));
        boolean readsAll = scope.canReadRegister() || stations.canWrite(scope, rotation.getObject().getId());
        model.addAttribute("linkOut", readsAll || own(scope, rotation.getOutgoing()));
        model.addAttribute("linkIn", readsAll || own(scope, rotation.getIncoming()));
        model.addAttribute("history", rotations.history(scope, rotation.getId()));
        model.addAttribute("today", LocalDate.now(clock));
        return SHOW;
    }

    private static boolean own(Scope scope, Stationing stationing) {
        return scope.memberId() != null && scope.memberId().equals(stationing.getMember().getId());
    }
}
