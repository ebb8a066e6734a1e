package cn.helituan.domain.contest;

import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The judges' side: a judge scores a stop of their round on every criterion within the round's scale and comments.
 * Refused, with nothing written: a stop of another round, a reader who is not a judge of the round, a score outside
 * the scale or missing, a round already published (the database refuses that too).
 */
@Service
@RequiredArgsConstructor
public class ContestScoring {

    private final ContestAccess access;
    private final ContestStops stops;
    private final ContestJudges judges;
    private final ContestCriteria criteria;
    private final ContestSheets sheets;
    private final ContestScores scores;
    private final ContestRounds rounds;

    /** What a judge gives a stop: a score per criterion id, and a comment. */
    public record Marks(Map<Long, BigDecimal> scores, String comment) {
    }

    @Transactional
    public ContestSheet score(Scope scope, long roundId, long stopId, Marks marks) {
        ContestRound round = access.readable(scope, roundId);
        ContestStop stop = stops.findById(stopId)
                .orElseThrow(() -> RuleViolation.global("contest.score.otherRound"));
        if (!stop.getRound().getId().equals(round.getId())) {
            throw RuleViolation.global("contest.score.otherRound");
        }
        ContestJudge judge = judges.findByRound_IdAndAccount_Id(roundId, scope.accountId() == null ? -1L
                : scope.accountId()).orElseThrow(() -> RuleViolation.global("contest.score.notJudge"));
        // shared with other judges, exclusive of publishing: a round published meanwhile is seen published here
        rounds.lockRound(roundId, false);
        round.requireOpen();
        List<ContestCriterion> live = criteria.findByRoundIdOrderByPosition(roundId).stream()
                .filter(c -> !c.isRemoved()).toList();
        Map<Long, BigDecimal> given = marks.scores() == null ? Map.of() : marks.scores();
        BigDecimal max = BigDecimal.valueOf(round.getScaleMax());
        for (ContestCriterion c : live) {
            BigDecimal value = given.get(c.getId());
            if (value == null) {
                throw new RuleViolation("scores[" + c.getId() + "]", "contest.score.missing", c.getName());
            }
            if (value.signum() < 0 || value.compareTo(max) > 0 || value.scale() > 2 && value.stripTrailingZeros()
                    .scale() > 2) {
                throw new RuleViolation("scores[" + c.getId() + "]", "contest.score.outOfScale", c.getName(),
                        round.getScaleMax());
            }
        }
        ContestSheet sheet = sheets.findByStop_IdAndJudge_Id(stopId, judge.getId())
                .orElseGet(() -> sheets.save(new ContestSheet(stop, judge)));
        String comment = marks.comment() == null || marks.comment().isBlank() ? null : marks.comment().strip();
        if (!java.util.Objects.equals(comment, sheet.getComment())) {
            sheet.comment(comment);
        }
        Map<Long, ContestScore> existing = new HashMap<>();
        scores.findBySheet_Id(sheet.getId()).forEach(s -> existing.put(s.getCriterion().getId(), s));
        for (ContestCriterion c : live) {
            BigDecimal value = given.get(c.getId());
            ContestScore score = existing.get(c.getId());
            if (score == null) {
                scores.save(new ContestScore(sheet, c, value));
            } else if (score.getScore().compareTo(value) != 0) {
                score.change(value);
            }
        }
        return sheet;
    }
}
