package cn.helituan.web.evaluation;

import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.web.common.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A round's results: every group's on one page to print, as a workbook, and the commendation list. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResultController {

    private final EvaluationReading reading;
    private final MessageSource messages;

    @GetMapping("/evaluations/{id}/commendation")
    String commendation(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("c", reading.commendation(scope, id));
        return "evaluations/commendation";
    }

    /** Every group's result on one page, to print (A4): rank, scores, satisfaction, grade. */
    @GetMapping("/evaluations/{id}/results")
    String results(Scope scope, @PathVariable long id, Model model) {
        model.addAttribute("round", reading.view(scope, id).round());
        model.addAttribute("rows", reading.results(scope, id, BoardQuery.all()));
        return "evaluations/results";
    }

    /** Every group's result as a workbook, in the screen's order and filters. */
    @GetMapping("/evaluations/{id}/export")
    void export(Scope scope, @PathVariable long id, BoardParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        EvaluationRound round = reading.view(scope, id).round();
        List<BoardRow> rows = reading.results(scope, id, params.toQuery());
        List<String> headers = new ArrayList<>(List.of(t("evaluation.rank", locale), t("evaluation.group", locale),
                t("evaluation.subTeam", locale), t("evaluation.indicatorScore", locale)));
        for (Indicator i : Indicator.values()) {
            headers.add(t("Indicator." + i, locale));
        }
        headers.addAll(List.of(t("evaluation.ratingAverage", locale), t("evaluation.reviewersMean", locale),
                t("evaluation.proposedGrade", locale), t("evaluation.grade", locale)));
        try (XlsxExport xlsx = new XlsxExport(t("evaluation.sheet", locale), headers)) {
            for (BoardRow r : rows) {
                List<Object> row = new ArrayList<>(List.of(r.scoreRank() == null ? "" : r.scoreRank(), r.groupName(),
                        nz(r.subTeamName()), r.score()));
                for (Indicator i : Indicator.values()) {
                    BigDecimal value = r.indicators().value(i);
                    row.add(value == null ? "" : value);
                }
                row.add(r.ratingAverage() == null ? "" : r.ratingAverage());
                row.add(r.reviewersMean() == null ? "" : r.reviewersMean());
                row.add(r.proposedGrade() == null ? "" : t("Grade." + r.proposedGrade(), locale));
                row.add(r.grade() == null ? "" : t("Grade." + r.grade(), locale));
                xlsx.row(row.toArray());
            }
            xlsx.send(response, t("evaluation.file", locale, round.getName()) + ".xlsx");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
