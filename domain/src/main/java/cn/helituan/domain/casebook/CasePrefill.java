package cn.helituan.domain.casebook;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.contest.ContestPhotos;
import cn.helituan.domain.contest.ContestReading;
import cn.helituan.domain.contest.ContestResult;
import cn.helituan.domain.contest.ContestStop;
import cn.helituan.domain.evaluation.EntryView;
import cn.helituan.domain.evaluation.EvaluationReading;
import cn.helituan.domain.evaluation.Grade;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new case's form, blank or pre-filled from what the record already says: a contest stop (the village, the round's
 * theme and year, the organiser's comment, the published score and rank) or an excellent entry of a published annual
 * evaluation (the group's achievements and problems). The reader must read the stop's round or the entry.
 */
@Service
@RequiredArgsConstructor
public class CasePrefill {

    private final ContestPhotos stops;
    private final ContestReading contests;
    private final EvaluationReading evaluations;
    private final Clock clock;

    /** A form's starting values and where they came from. */
    public record Draft(CaseDetails details, String source, Long stopId) {
    }

    public Draft blank() {
        return new Draft(new CaseDetails("", null, "", LocalDate.now(clock).getYear(), null, null, null), null, null);
    }

    @Transactional(readOnly = true)
    public Draft fromStop(Scope scope, long stopId) {
        ContestStop stop = stops.readable(scope, stopId);
        ContestReading.StopPage page = contests.stop(scope, stop.getRound().getId(), stopId);
        String results = null;
        if (page.round().isPublished()) {
            ContestResult line = contests.ranking(scope, page.round().getId()).stream()
                    .filter(r -> r.getStopId().equals(stopId)).findFirst().orElse(null);
            if (line != null && line.getRank() != null) {
                results = "擂台比武得分 " + line.getTotal() + "，第 " + line.getRank() + " 名。";
            }
        }
        String presenters = page.presenters().stream().map(p -> p.getName()).collect(Collectors.joining("、"));
        String actions = (presenters.isEmpty() ? "" : "汇报人：" + presenters + "。\n")
                + (stop.getOrganiserComment() == null ? "" : stop.getOrganiserComment());
        return new Draft(new CaseDetails(stop.getName() + "：" + page.round().getTheme(),
                stop.getObject() == null ? null : stop.getObject().getId(), page.round().getTheme(),
                page.round().getYear(), null, actions.isBlank() ? null : actions, results),
                "擂台比武：" + page.round().getTitle() + " 第 " + stop.getPosition() + " 站", stopId);
    }

    @Transactional(readOnly = true)
    public Draft fromEntry(Scope scope, long roundId, long groupId) {
        EntryView view = evaluations.entry(scope, roundId, groupId);
        if (!view.round().isPublished() || view.entry().getGrade() != Grade.EXCELLENT) {
            throw RuleViolation.global("casebook.entry.notExcellent");
        }
        String group = view.entry().getGroup().getName();
        return new Draft(new CaseDetails(group + "：年度考核优秀", null, "年度考核优秀", view.round().getYear(),
                view.entry().getProblems(), view.entry().getAchievements(), null),
                "年度考核：" + view.round().label() + " · " + group, null);
    }
}
