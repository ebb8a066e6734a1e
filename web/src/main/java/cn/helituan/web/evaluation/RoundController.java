package cn.helituan.web.evaluation;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.BoardPage;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.BoardSort;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.RoundAdministration;
import cn.helituan.web.common.Formats;
import cn.helituan.web.common.Forms;
import cn.helituan.web.common.Links;
import cn.helituan.web.common.Pagination;
import cn.helituan.web.kept.KeptFragments;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rounds: their list, a round's page with the review screen (sortable, filtered, paginated), the org admin's
 * buttons on it (compute again, propose, publish, reopen) and the round's trail. The round's settings form is
 * {@link RoundFormController}'s; a group's entry {@link EntryController}'s.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RoundController {

    private static final int PAGE_SIZE = 25;

    private final EvaluationReading reading;
    private final RoundAdministration rounds;
    private final Formats fmt;
    private final KeptFragments kept;

    @GetMapping("/evaluations")
    String list(Scope scope, @RequestParam(defaultValue = "1") int page, HttpServletRequest request, Model model) {
        Page<EvaluationRound> rows = reading.list(scope, Pagination.request(page, 20));
        model.addAttribute("rows", rows);
        model.addAttribute("pagination", Pagination.of(rows, request));
        model.addAttribute("canOpen", rounds.canOpen(scope));
        return "evaluations/list";
    }

    @GetMapping("/evaluations/{id}")
    String show(Scope scope, @PathVariable long id, BoardParams params, HttpServletRequest request, Model model) {
        if (scope.role() == Role.FIRST_SECRETARY) {
            reading.view(scope, id);
            return "redirect:/evaluations/" + id + "/ratings";
        }
        BoardPage page = reading.page(scope, id, params.toQuery(),
                PageRequest.of(Math.max(params.getPage(), 1) - 1, PAGE_SIZE));
        model.addAttribute("v", page.view());
        if (page.rows() != null) {
            Page<BoardRow> rows = page.rows();
            model.addAttribute("rows", rows);
            List<BoardLine> lines = rows.getContent().stream().map(r -> BoardLine.of(r, fmt)).toList();
            model.addAttribute("pagination", Pagination.of(rows, request));
            model.addAttribute("params", params);
            // the board's table from its values: the same rows for the same reader's part render the same text
            Map<String, Object> board = new HashMap<>();
            board.put("lines", lines);
            board.put("sorts", sortLinks(request, params));
            board.put("indicators", List.of(Indicator.values()));
            board.put("reviews", page.view().reviews());
            board.put("manages", page.view().manages());
            board.put("published", page.view().round().isPublished());
            board.put("roundId", id);
            model.addAttribute("boardText", kept.render("evaluations/show", "board", board));
            model.addAttribute("subTeams", page.subTeams());
        }
        return "evaluations/show";
    }

    /** Each column's link: by it, descending first, flipping when it is the current order. */
    private static Map<String, String> sortLinks(HttpServletRequest request, BoardParams params) {
        Map<String, String> links = new HashMap<>();
        for (BoardSort sort : BoardSort.values()) {
            boolean current = sort == params.sort();
            boolean ascending = current ? !params.isAsc() : sort == BoardSort.NAME
                    || (sort.indicator() != null && sort.indicator().kind() == Indicator.Kind.PENALTY);
            links.put(sort.name(), Links.sameRequest(request)
                    .replaceQueryParam("sort", sort.name()).replaceQueryParam("asc", ascending)
                    .replaceQueryParam("page").build().toUriString());
        }
        return links;
    }

    @PostMapping("/evaluations/{id}/compute")
    String compute(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> rounds.recompute(scope, id, version),
                "flash.evaluation.computed", "/evaluations/" + id, "/evaluations/" + id);
    }

    @PostMapping("/evaluations/{id}/propose")
    String propose(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> rounds.propose(scope, id, version),
                "flash.evaluation.proposed", "/evaluations/" + id, "/evaluations/" + id);
    }

    @PostMapping("/evaluations/{id}/publish")
    String publish(Scope scope, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return Forms.redirectAfter(redirect, () -> rounds.publish(scope, id, version),
                "flash.evaluation.published", "/evaluations/" + id, "/evaluations/" + id);
    }

    @PostMapping("/evaluations/{id}/reopen")
    String reopen(Scope scope, @PathVariable long id, @RequestParam long version,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        redirect.addFlashAttribute("reopenReason", reason);
        return Forms.redirectAfter(redirect, () -> rounds.reopen(scope, id, version, reason),
                "flash.evaluation.reopened", "/evaluations/" + id, "/evaluations/" + id);
    }

    @GetMapping("/evaluations/{id}/trail")
    String trail(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("round", reading.view(scope, id).round());
        model.addAttribute("trail", reading.trail(scope, id));
        return "evaluations/trail";
    }
}
