package cn.helituan.web.crossteam;

import cn.helituan.domain.activity.ActivityChoices;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.crossteam.CrossTeamFacts;
import cn.helituan.domain.crossteam.CrossTeamReading;
import cn.helituan.domain.crossteam.CrossTeamView;
import cn.helituan.domain.crossteam.CrossTeamWork;
import cn.helituan.domain.crossteam.TeamActivity;
import cn.helituan.web.common.FormKey;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * A team's work: logging a cross-town activity (phone-first), the monthly table of service days, and every project its
 * spending or activities name with the demands they answer.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CrossTeamWorkController {

    private static final String FORM = "crossTeams/activity";

    private final CrossTeamReading reading;
    private final CrossTeamWork work;
    private final ActivityChoices choices;
    private final Clock clock;

    @GetMapping("/cross-teams/{id}/activities/new")
    String blank(Scope scope, @PathVariable long id, Model model) {
        TeamActivityForm form = new TeamActivityForm();
        form.setOccurredOn(LocalDate.now(clock));
        model.addAttribute("form", form);
        return formView(scope, id, model);
    }

    @PostMapping("/cross-teams/{id}/activities/new")
    String log(Scope scope, FormKey key, @PathVariable long id, @Valid @ModelAttribute("form") TeamActivityForm form,
               BindingResult result, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        formView(scope, id, model);
        return Forms.submit(result, response, FORM, () -> {
            long saved = key.create(scope, "cross-team-activity", a -> "/cross-teams/" + id + "#activities",
                    () -> work.log(scope, id, form.details()).getId());
            redirect.addFlashAttribute("success", "flash.saved");
            return "redirect:/cross-teams/" + id + "#activities";
        });
    }

    @GetMapping("/cross-teams/{id}/days")
    String days(Scope scope, @PathVariable long id, @RequestParam(required = false) YearMonth month, Model model) {
        model.addAttribute("team", reading.team(scope, id));
        YearMonth shown = month != null ? month : YearMonth.now(clock);
        model.addAttribute("month", shown);
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("rows", work.serviceDays(scope, id, shown));
        return "crossTeams/days";
    }

    /** The team's activities of its year (not withdrawn), 20 a page, latest first: the team list's figure in all. */
    @GetMapping("/cross-teams/{id}/activities")
    String activities(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                      HttpServletRequest request, Model model) {
        model.addAttribute("team", reading.team(scope, id));
        Page<TeamActivity> rows = work.activityPage(scope, id, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "crossTeams/activities";
    }

    /** Every project the team's spending or activities name, 20 a page, each with the demand it answers. */
    @GetMapping("/cross-teams/{id}/projects")
    String projects(Scope scope, @PathVariable long id, @RequestParam(defaultValue = "1") int page,
                    HttpServletRequest request, Model model) {
        model.addAttribute("team", reading.team(scope, id));
        Page<CrossTeamFacts.TeamProject> rows = work.projectPage(scope, id,
                Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        return "crossTeams/projects";
    }

    private String formView(Scope scope, long id, Model model) {
        CrossTeamView view = reading.view(scope, id);
        if (!view.logs()) {
            throw new ForbiddenException("log for cross-town team");
        }
        model.addAttribute("view", view);
        model.addAttribute("types", choices.types());
        model.addAttribute("objects", work.objectsServed(scope, id));
        return FORM;
    }
}
