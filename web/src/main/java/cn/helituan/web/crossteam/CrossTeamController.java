package cn.helituan.web.crossteam;

import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.common.PersonalData;
import cn.helituan.domain.crossteam.CrossTeam;
import cn.helituan.domain.crossteam.CrossTeamMemberRow;
import cn.helituan.domain.crossteam.CrossTeamReading;
import cn.helituan.domain.crossteam.CrossTeamRow;
import cn.helituan.domain.crossteam.CrossTeamService;
import cn.helituan.domain.crossteam.CrossTeamSheetRow;
import cn.helituan.domain.team.UnitField;
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

/** Cross-town service teams (跨镇服务队): the list with its figures and export, a team's page, its form, members, towns. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CrossTeamController {

    private static final String FORM = "crossTeams/form";
    /**
     * The team import's columns (ImportKind.CROSS_TEAMS, named here by their keys: the web module's crossteam feature
     * does not reach into the import's), so that an export, corrected, imports back.
     */
    static final List<String> HEADERS = List.of("name", "year", "field", "unit", "leader", "leaderMobile", "deputy",
            "deputyMobile", "allocation", "towns", "daysMin", "daysMax").stream()
            .map(key -> "import.column.CROSS_TEAMS." + key).toList();
    /** The member import's columns (ImportKind.CROSS_TEAM_MEMBERS). */
    static final List<String> MEMBER_HEADERS = List.of("team", "year", "member", "mobile").stream()
            .map(key -> "import.column.CROSS_TEAM_MEMBERS." + key).toList();

    /** Projects and demands the team's page lists; the rest behind "全部 N 个" (/cross-teams/{id}/projects). */
    static final int SHOWN_PROJECTS = 5;
    /** The team's latest activities its page shows; all of them on {@code /cross-teams/{id}/activities}. */
    static final int SHOWN_ACTIVITIES = 10;
    /** The towns the add-town page offers before anything is typed (typing asks the server for the rest). */
    static final int TOWNS_OFFERED = 50;

    private final CrossTeamReading reading;
    private final CrossTeamService service;
    private final cn.helituan.domain.crossteam.CrossTeamPages pages;
    private final Exports exports;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;

    @ModelAttribute("fields")
    UnitField[] fields() {
        return UnitField.values();
    }

    @GetMapping("/cross-teams")
    String list(Scope scope, @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page,
                HttpServletRequest request, Model model) {
        Page<CrossTeamRow> rows = reading.list(scope, year, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("year", year);
        model.addAttribute("canCreate", reading.creates(scope));
        return "crossTeams/list";
    }

    @GetMapping("/cross-teams/export")
    void export(Scope scope, @RequestParam(required = false) Integer year, Locale locale,
                HttpServletResponse response) throws IOException {
        exports.send(response, locale, "crossTeams.title", HEADERS, 500, p -> reading.sheet(scope, year, p),
                (CrossTeamSheetRow r) -> new Object[] {r.name(), r.year(), exports.label(r.field(), locale),
                    r.unit(), r.leaderName(), PersonalData.mobileFor(scope, r.leaderMobile()), r.deputyName(),
                    r.deputyMobile() == null ? null : PersonalData.mobileFor(scope, r.deputyMobile()),
                    r.allocation(), r.towns(), r.daysMin(), r.daysMax()});
    }

    /** The current members of the list's teams, in the columns of their import (跨镇服务队队员). */
    @GetMapping("/cross-teams/members/export")
    void exportMembers(Scope scope, @RequestParam(required = false) Integer year, Locale locale,
                       HttpServletResponse response) throws IOException {
        exports.send(response, locale, "crossTeams.membersTitle", MEMBER_HEADERS, 500,
                p -> reading.memberSheet(scope, year, p),
                (CrossTeamMemberRow r) -> new Object[] {r.team(), r.year(), r.name(),
                    PersonalData.mobileFor(scope, r.mobile())});
    }

    @GetMapping("/cross-teams/{id}")
    String show(Scope scope, @PathVariable long id, Model model) {
        var page = pages.show(scope, id, SHOWN_ACTIVITIES, SHOWN_PROJECTS);
        model.addAttribute("view", page.view());
        model.addAttribute("activities", page.activities());
        model.addAttribute("projects", page.projects());
        return "crossTeams/show";
    }

    @GetMapping("/cross-teams/new")
    String blank(Scope scope, Model model) {
        requireCreator(scope);
        model.addAttribute("form", CrossTeamForm.blank(LocalDate.now(clock).getYear()));
        return formView(scope, null, model);
    }

    @PostMapping("/cross-teams/new")
    String create(Scope scope, FormKey key, @Valid @ModelAttribute("form") CrossTeamForm form, BindingResult result,
                  HttpServletResponse response, Model model, RedirectAttributes redirect) {
        requireCreator(scope);
        formView(scope, null, model);
        return Forms.submit(result, response, FORM, () -> {
            long id = key.create(scope, "cross-team", saved -> "/cross-teams/" + saved,
                    () -> service.create(scope, form.getUnitId(), form.details()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/cross-teams/" + id;
        });
    }

    @GetMapping("/cross-teams/{id}/edit")
    String editForm(Scope scope, @PathVariable long id, Model model) {
        CrossTeam team = administered(scope, id);
        model.addAttribute("form", CrossTeamForm.of(team));
        return formView(scope, team, model);
    }

    @PostMapping("/cross-teams/{id}/edit")
    String edit(Scope scope, @PathVariable long id, @Valid @ModelAttribute("form") CrossTeamForm form,
                BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        CrossTeam team = administered(scope, id);
        formView(scope, team, model);
        return Forms.submit(result, response, FORM, () -> {
            service.edit(scope, id, form.getVersion(), form.details());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/cross-teams/" + id;
        });
    }

    @PostMapping("/cross-teams/{id}/archive")
    String archive(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> service.archive(scope, id, version), "flash.crossTeam.archived",
                "/cross-teams", "/cross-teams/" + id);
    }

    @PostMapping("/cross-teams/{id}/members")
    String addMember(Scope scope, FormKey key, @PathVariable long id,
                     @RequestParam(required = false) String mobile, RedirectAttributes redirect) {
        String page = "/cross-teams/" + id + "#members";
        return Forms.redirectAfter(redirect, () -> key.create(scope, "cross-team-member", saved -> page,
                () -> service.addMember(scope, id, mobile).getId()), "flash.saved", page, page);
    }

    @PostMapping("/cross-teams/{id}/members/{memberId}/remove")
    String removeMember(Scope scope, @PathVariable long id, @PathVariable long memberId,
                        RedirectAttributes redirect) {
        String page = "/cross-teams/" + id + "#members";
        return Forms.redirectAfter(redirect, () -> service.removeMember(scope, id, memberId), "flash.saved", page,
                page);
    }

    /**
     * The form adding a town the team serves, on a page of its own as a spending entry's and an activity's are: its
     * choices (the other towns of the counties served, type-to-find for the rest) are read only when asked for.
     */
    @GetMapping("/cross-teams/{id}/towns/new")
    String newTown(Scope scope, @PathVariable long id, Locale locale, Model model) {
        CrossTeamReading.TownForm form = reading.townForm(scope, id, TOWNS_OFFERED);
        model.addAttribute("team", form.team());
        model.addAttribute("townChoices", cn.helituan.web.assisted.TownChoices.of(form.choices(), messages, locale));
        return "crossTeams/town";
    }

    @PostMapping("/cross-teams/{id}/towns")
    String addTown(Scope scope, FormKey key, @PathVariable long id,
                   @RequestParam(required = false) Long regionId, RedirectAttributes redirect) {
        String page = "/cross-teams/" + id + "#towns";
        return Forms.redirectAfter(redirect, () -> key.create(scope, "cross-team-town", saved -> page,
                () -> service.addTown(scope, id, regionId).getId()), "flash.saved", page,
                "/cross-teams/" + id + "/towns/new");
    }

    @PostMapping("/cross-teams/{id}/towns/{townId}/remove")
    String removeTown(Scope scope, @PathVariable long id, @PathVariable long townId, RedirectAttributes redirect) {
        String page = "/cross-teams/" + id + "#towns";
        return Forms.redirectAfter(redirect, () -> service.removeTown(scope, id, townId), "flash.saved", page, page);
    }

    private void requireCreator(Scope scope) {
        if (!reading.creates(scope)) {
            throw new ForbiddenException("create cross-town team");
        }
    }

    private CrossTeam administered(Scope scope, long id) {
        var view = reading.view(scope, id);
        if (!view.administers()) {
            throw new ForbiddenException("edit cross-town team");
        }
        return view.team();
    }

    private String formView(Scope scope, CrossTeam team, Model model) {
        model.addAttribute("team", team);
        model.addAttribute("units", reading.unitChoices(scope));
        return FORM;
    }
}
