package cn.helituan.web.supervision;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.supervision.Finding;
import cn.helituan.domain.supervision.Measure;
import cn.helituan.domain.supervision.MeasureKind;
import cn.helituan.domain.supervision.MeasureKindService;
import cn.helituan.domain.supervision.MeasureService;
import cn.helituan.domain.supervision.SupervisionAccess;
import cn.helituan.domain.supervision.SupervisionReading;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Formats;
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

/** Measures against cadres (组织处理 and lighter): the list, the form (from a finding or a cadre), a measure's page. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MeasureController {

    private static final String FORM = "supervision/measureForm";

    private final MeasureService measures;
    private final MeasureKindService kinds;
    private final Formats fmt;
    private final SupervisionReading reading;
    private final SupervisionAccess access;
    private final MemberService members;
    private final Clock clock;

    @ModelAttribute("measureKinds")
    List<MeasureKind> kinds() {
        return kinds.offered();
    }

    @GetMapping("/supervision/measures")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<Measure> rows = measures.list(scope, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("readsKinds", scope.canManageAccounts());
        return "supervision/measures";
    }

    @GetMapping("/supervision/measures/new")
    String createForm(Scope scope, @RequestParam(required = false) Long member,
                      @RequestParam(required = false) Long finding, Model model) {
        MeasureForm form = new MeasureForm();
        form.setMemberId(member);
        form.setFindingId(finding);
        form.setDecidedOn(LocalDate.now(clock));
        if (finding != null) {
            Finding f = reading.finding(scope, finding).finding();
            if (member == null && f.getMember() != null) {
                form.setMemberId(f.getMember().getId());
            }
        }
        model.addAttribute("measureForm", form);
        return formView(scope, form, model);
    }

    @PostMapping("/supervision/measures/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("measureForm") MeasureForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        formView(scope, form, model);
        String view = Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "supervision-measure", saved -> "/supervision/measures/" + saved,
                    () -> measures.record(scope, form.command()).getId());
            redirect.addFlashAttribute("success", "flash.supervision.measured");
            return "redirect:/supervision/measures/" + id;
        });
        Forms.markRefused(result, response);
        return view;
    }

    @GetMapping("/supervision/measures/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        Measure measure = measures.get(scope, id);
        model.addAttribute("m", measure);
        // the title's words, made here: a layout parameter may not call a bean
        model.addAttribute("kindName", fmt.named(measure.getKind()));
        model.addAttribute("history", measures.history(scope, id));
        return "supervision/measure";
    }

    private String formView(Scope scope, MeasureForm form, Model model) {
        if (!access.recordsMeasures(scope)) {
            throw new ForbiddenException("measure");
        }
        Member member = null;
        if (form.getMemberId() != null) {
            try {
                member = members.get(scope, form.getMemberId());
            } catch (cn.helituan.domain.common.NotFoundException e) {
                member = null;
            }
        }
        model.addAttribute("member", member);
        Finding finding = null;
        if (form.getFindingId() != null) {
            try {
                finding = reading.finding(scope, form.getFindingId()).finding();
            } catch (cn.helituan.domain.common.NotFoundException e) {
                finding = null;
            }
        }
        model.addAttribute("finding", finding);
        model.addAttribute("groupCadres", finding == null ? java.util.List.of()
                : members.membersOfUnit(scope, finding.getUnit().getId()).stream().map(s -> s.getMember())
                        .distinct().toList());
        return FORM;
    }
}
