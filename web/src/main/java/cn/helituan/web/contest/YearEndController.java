package cn.helituan.web.contest;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestYearEnd;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Pagination;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The contests' year end: the towns' recommendations (1–2 each) and the county's 担当作为好支书. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class YearEndController {

    /** Towns a page: a province's year end has hundreds, each with its recommendations. */
    static final int TOWNS = 20;

    /** Candidates a page of a town's year end. */
    static final int CANDIDATES = 20;

    private final ContestYearEnd yearEnd;
    private final Clock clock;

    @GetMapping("/contests/year-end")
    String year(Scope scope, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        ContestYearEnd.YearPage towns = yearEnd.year(scope, shown, Pagination.request(page, TOWNS));
        model.addAttribute("year", shown);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("towns", towns.towns().getContent());
        model.addAttribute("townCount", towns.towns().getTotalElements());
        model.addAttribute("pagination", Pagination.of(towns.towns(), request));
        model.addAttribute("quota", ContestYearEnd.QUOTA);
        model.addAttribute("history", towns.history());
        return "contests/year-end";
    }

    /** One town's year end: its recommendations and every candidate, a page at a time. */
    @GetMapping("/contests/year-end/towns/{unitId}")
    String town(Scope scope, @PathVariable long unitId, @RequestParam(required = false) Integer year,
                @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        ContestYearEnd.TownPage town = yearEnd.town(scope, unitId, shown, Pagination.request(page, CANDIDATES));
        model.addAttribute("year", shown);
        model.addAttribute("page", Math.max(page, 1));
        model.addAttribute("t", town.town());
        model.addAttribute("candidateCount", town.candidates().getTotalElements());
        model.addAttribute("pagination", Pagination.of(town.candidates(), request));
        model.addAttribute("quota", ContestYearEnd.QUOTA);
        model.addAttribute("history", town.history());
        return "contests/year-end-town";
    }

    @PostMapping("/contests/year-end/recommend")
    String recommend(Scope scope, @RequestParam long unitId, @RequestParam int year, @RequestParam long presenterId,
                     @RequestParam(required = false) String reason, @RequestParam(defaultValue = "1") int page,
                     @RequestParam(defaultValue = "false") boolean town, RedirectAttributes redirect) {
        String back = back(year, page, unitId, town);
        return Forms.redirectAfter(redirect, () -> yearEnd.recommend(scope, unitId, year, presenterId,
                reason == null || reason.length() <= 1000 ? reason : reason.substring(0, 1000)),
                "flash.contest.recommended", back, back);
    }

    @PostMapping("/contests/recommendations/{id}/withdraw")
    String withdraw(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam int year,
                    @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long unitId,
                    @RequestParam(defaultValue = "false") boolean town, RedirectAttributes redirect) {
        String back = back(year, page, unitId, town);
        return Forms.redirectAfter(redirect, () -> yearEnd.withdraw(scope, id, version), "flash.saved", back, back);
    }

    @PostMapping("/contests/recommendations/{id}/select")
    String select(Scope scope, @PathVariable long id, @RequestParam long version, @RequestParam int year,
                  @RequestParam(defaultValue = "1") int page, @RequestParam(required = false) Long unitId,
                  @RequestParam(defaultValue = "false") boolean town, RedirectAttributes redirect) {
        String back = back(year, page, unitId, town);
        return Forms.redirectAfter(redirect, () -> yearEnd.select(scope, id, version), "flash.contest.selected",
                back, back);
    }

    /** Back to the page the form was on: the year end's, at its town, or the town's own. */
    private static String back(int year, int page, Long unitId, boolean town) {
        if (town && unitId != null) {
            return "/contests/year-end/towns/" + unitId + "?year=" + year + "&page=" + Math.max(page, 1);
        }
        return "/contests/year-end?year=" + year + "&page=" + Math.max(page, 1) + (unitId == null ? "" : "#town-" + unitId);
    }
}
