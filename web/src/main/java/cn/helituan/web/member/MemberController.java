package cn.helituan.web.member;

import cn.helituan.web.common.FromReplica;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberQuery;
import cn.helituan.domain.member.MemberRow;
import cn.helituan.domain.audit.AuditEvent;
import cn.helituan.domain.audit.AuditKind;
import cn.helituan.domain.audit.AuditService;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import cn.helituan.domain.member.WorkUnitService;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.PageSection;
import cn.helituan.web.common.PageSections;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.kept.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
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

/** The roster: the member list with search and filters, member pages, and memberships. */
@Controller
class MemberController {

    static final int PAGE_SIZE = 20;
    private static final String FORM = "members/form";

    private final MemberService members;
    private final UnitService units;
    private final WorkUnitService workUnits;
    private final PageSections<Member> sections;
    private final Clock clock;
    private final AuditService audit;
    private final KeptFragments kept;

    MemberController(MemberService members, UnitService units, WorkUnitService workUnits,
                     ObjectProvider<PageSection<Member>> sections, Clock clock, AuditService audit,
                     KeptFragments kept) {
        this.members = members;
        this.kept = kept;
        this.audit = audit;
        this.units = units;
        this.workUnits = workUnits;
        this.sections = new PageSections<>(sections);
        this.clock = clock;
    }

    @ModelAttribute("genders")
    Gender[] genders() {
        return Gender.values();
    }

    @ModelAttribute("memberTypes")
    MemberType[] memberTypes() {
        return MemberType.values();
    }

    @ModelAttribute("positions")
    Position[] positions() {
        return Position.values();
    }

    @FromReplica
    @GetMapping("/members")
    String list(Scope scope, @RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
                @RequestParam(required = false) Long workUnit, @RequestParam(required = false) MemberType type,
                @RequestParam(required = false) Boolean party, @RequestParam(defaultValue = "false") boolean archived,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        MemberQuery query = new MemberQuery(q, unit, workUnit, type, party, archived, on);
        Page<MemberRow> rows = members.search(scope, query, Pagination.request(page, PAGE_SIZE));
        // the list below the menu, rendered once for equal rows and filters and kept as text (KeptFragments): every
        // variable is a value — the page of MemberRow records, the options' records; the reader's roles, which decide
        // whether the numbers are shown whole (@personal), are in every kept text's key
        Map<String, Object> list = new HashMap<>();
        list.put("rows", rows);
        list.put("pagination", Pagination.of(rows, request));
        list.put("exportUrl", Pagination.withoutPage("/members/export", request));
        list.put("query", query);
        list.put("units", units.filterOptions(scope, unit));
        list.put("workUnits", workUnits.options(scope));
        list.put("memberTypes", List.of(MemberType.values()));
        list.put("canEdit", scope.canManageStructure());
        model.addAttribute("listText", kept.render("members/list", "list", list));
        model.addAttribute("rows", rows);
        return "members/list";
    }

    @GetMapping("/members/{id}")
    String show(Scope scope, @PathVariable long id, Model model, jakarta.servlet.http.HttpServletRequest request) {
        Member member = members.get(scope, id);
        // the whole numbers are on the record: their viewing is in the security log (lists show them starred)
        logWholeNumbers(scope, member, request, "GET /members/{id}", "/members/" + id);
        model.addAttribute("member", member);
        model.addAttribute("memberships", members.memberships(scope, id));
        model.addAttribute("history", members.history(scope, id));
        // latest activities, grades: the features that own them
        model.addAttribute("sections", sections.read(scope, member));
        model.addAttribute("canEdit", scope.canManageStructure() && !member.isArchived());
        if (scope.canManageStructure()) {
            if (!model.containsAttribute("membershipForm")) {
                MembershipForm form = new MembershipForm();
                form.setJoinedOn(LocalDate.now(clock));
                model.addAttribute("membershipForm", form);
            }
            // a province's units are found by typing (/units/choices); the list keeps the chosen one
            model.addAttribute("units", units.formChoices(scope,
                    ((MembershipForm) model.getAttribute("membershipForm")).getUnitId()));
        }
        model.addAttribute("today", LocalDate.now(clock));
        return "members/show";
    }

    @GetMapping("/members/new")
    String createForm(Scope scope, @RequestParam(required = false) Long unit, Model model) {
        scope.requireStructure();
        MemberForm form = new MemberForm();
        form.setUnitId(unit);
        form.setJoinedOn(LocalDate.now(clock));
        form.setType(MemberType.CADRE);
        form.setGender(Gender.MALE);
        model.addAttribute("memberForm", form);
        return formView(scope, model, form);
    }

    @PostMapping("/members/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("memberForm") MemberForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        formView(scope, model, form);
        if (form.getPosition() == null) {
            form.setPosition(Position.MEMBER);
        }
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "member", saved -> "/members/" + saved,
                    () -> members.create(scope, form.toDetails(), form.getUnitId(), form.getPosition(),
                            form.getJoinedOn()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/members/" + id;
        });
    }

    @GetMapping("/members/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model, HttpServletRequest request) {
        scope.requireStructure();
        Member member = members.get(scope, id);
        logWholeNumbers(scope, member, request, "GET /members/{id}/edit", "/members/" + id + "/edit");
        MemberForm form = new MemberForm();
        form.setName(member.getName());
        form.setGender(member.getGender());
        form.setWorkUnitId(member.getWorkUnit().getId());
        form.setPost(member.getPost());
        form.setRank(member.getRank());
        form.setSpecialty(member.getSpecialty());
        form.setMobile(member.getMobile());
        form.setIdNumber(member.getIdNumber());
        form.setPartyMember(member.isPartyMember());
        form.setType(member.getType());
        form.setNotes(member.getNotes());
        form.setVersion(member.getVersion());
        model.addAttribute("memberForm", form);
        model.addAttribute("member", member);
        return formView(scope, model, form);
    }

    @PostMapping("/members/{id}/edit")
    String update(Scope scope, @PathVariable long id, @Valid @ModelAttribute("memberForm") MemberForm form,
                  BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        scope.requireStructure();
        model.addAttribute("member", members.get(scope, id));
        formView(scope, model, form);
        return Forms.submit(result, response, FORM, () -> {
            members.update(scope, id, form.getVersion(), form.toDetails());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/members/" + id;
        });
    }

    @PostMapping("/members/{id}/memberships")
    String join(Scope scope, @PathVariable long id, FormKey key,
                @Valid @ModelAttribute("membershipForm") MembershipForm form, BindingResult result, Model model,
                HttpServletResponse response, RedirectAttributes redirect,
                jakarta.servlet.http.HttpServletRequest request) {
        scope.requireStructure();
        if (!result.hasErrors()) {
            try {
                // the key notes the member, whose page shows the membership
                key.create(scope, "membership", member -> "/members/" + member, () -> {
                    members.join(scope, id, form.getUnitId(), form.getPosition(), form.getJoinedOn());
                    return id;
                });
                redirect.addFlashAttribute("success", "flash.joined");
                return "redirect:/members/" + id;
            } catch (RuleViolation violation) {
                Forms.reject(result, violation);
            }
        }
        String view = show(scope, id, model, request);
        response.setStatus(HttpServletResponse.SC_OK);
        return view;
    }

    @PostMapping("/members/{id}/memberships/{membershipId}/leave")
    String leave(Scope scope, @PathVariable long id, @PathVariable long membershipId, @RequestParam long version,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
                 RedirectAttributes redirect) {
        members.get(scope, id);
        try {
            members.leave(scope, membershipId, version, leftOn == null ? LocalDate.now(clock) : leftOn);
            redirect.addFlashAttribute("success", "flash.left");
        } catch (RuleViolation violation) {
            redirect.addFlashAttribute("failure", violation.messageKey());
        }
        return "redirect:/members/" + id;
    }

    @PostMapping("/members/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> members.archive(scope, id, version), "flash.archived",
                "/members/" + id, "/members/" + id);
    }

    /**
     * One {@code PERSONAL_DATA_VIEWED} row for a page that shows a member's numbers whole: which ones in the detail
     * ("mobile", "mobile,idNumber").
     */
    private void logWholeNumbers(Scope scope, Member member, HttpServletRequest request, String action,
                                 String target) {
        String shown = java.util.stream.Stream.of(member.getMobile() == null ? null : "mobile",
                member.getIdNumber() == null ? null : "idNumber").filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.joining(","));
        if (!shown.isEmpty()) {
            audit.record(new AuditEvent(AuditKind.PERSONAL_DATA_VIEWED, scope.username(), request.getRemoteAddr(),
                    action, target, "OK", shown));
        }
    }

    /** The form's choice lists: whole for a county; a province's hold the chosen one and are searched by typing. */
    private String formView(Scope scope, Model model, MemberForm form) {
        model.addAttribute("workUnits", workUnits.formChoices(scope, form.getWorkUnitId()));
        model.addAttribute("units", units.formChoices(scope, form.getUnitId()));
        return FORM;
    }
}
