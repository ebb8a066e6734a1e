package cn.helituan.domain.evaluation;

import cn.helituan.domain.account.Accounts;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.assisted.AssistedObjects;
import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the round takes from the people it evaluates and from those who judge them, until its deadline: the group
 * leader's self-assessment, each reviewer's score, each paired object's rating. Every write is one transaction; a
 * published round refuses them all (here and in the database, V26).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluationInputs {

    private static final int TEXT_MAX = 2000;
    private static final int COMMENT_MAX = 1000;

    private final EvaluationEntries entries;
    private final EvaluationScores scores;
    private final EvaluationRatings ratings;
    private final EvaluationStore store;
    private final EvaluationAccess access;
    private final Accounts accounts;
    private final AssistedObjects objects;
    private final Clock clock;

    @Transactional
    public EvaluationEntry selfAssess(Scope scope, long roundId, long groupId, long version, String achievements,
                                      String problems, String nextYear) {
        EvaluationRound round = access.readable(scope, roundId);
        EvaluationEntry entry = inRound(roundId, groupId);
        if (scope.role() != Role.GROUP_LEADER || groupId != scope.unitId()) {
            throw new ForbiddenException("self-assessment");
        }
        requireInput(round);
        entry.checkVersion(version);
        if (achievements == null || achievements.isBlank()) {
            throw new RuleViolation("achievements", "evaluation.self.achievements");
        }
        for (String[] text : new String[][] {{"achievements", achievements}, {"problems", problems},
            {"nextYear", nextYear}}) {
            if (text[1] != null && text[1].length() > TEXT_MAX) {
                throw new RuleViolation(text[0], "evaluation.text.long", TEXT_MAX);
            }
        }
        entry.selfAssess(achievements, problems, nextYear, scope.username(), clock.instant());
        entries.flush();
        return entry;
    }

    /**
     * A reviewer's score of a group. {@code version} is that of the reviewer's own score as the form showed it (null:
     * none yet): another reviewer's score at the same time is a row of its own and changes nothing here.
     */
    @Transactional
    public EvaluationScore score(Scope scope, long roundId, long groupId, Long version, BigDecimal score,
                                 String comment) {
        EvaluationRound round = access.readable(scope, roundId);
        if (!access.reviews(scope, round)) {
            throw new ForbiddenException("score");
        }
        EvaluationEntry entry = entries.entry(roundId, groupId)
                .orElseThrow(() -> RuleViolation.global("evaluation.score.notInRound"));
        requireInput(round);
        if (score == null) {
            throw new RuleViolation("score", "evaluation.score.required");
        }
        if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(100)) > 0 || score.scale() > 2) {
            throw new RuleViolation("score", "evaluation.score.range");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new RuleViolation("comment", "evaluation.text.long", COMMENT_MAX);
        }
        EvaluationScore row = scores.score(entry.getId(), scope.accountId()).orElse(null);
        if (row == null) {
            if (version != null) {
                throw new ConcurrentEditException("EvaluationScore", entry.getId());
            }
            row = new EvaluationScore(roundId, entry.getId(), accounts.findById(scope.accountId()).orElseThrow());
            row.set(score, comment);
            scores.save(row);
        } else {
            row.checkVersion(version == null ? -1 : version);
            row.set(score, comment);
        }
        scores.flush();
        return row;
    }

    @Transactional(readOnly = true)
    public List<RatingLine> ratingsToGive(Scope scope, long roundId) {
        access.readable(scope, roundId);
        if (scope.role() != Role.FIRST_SECRETARY) {
            throw new ForbiddenException("rate");
        }
        List<RatingLine> lines = new ArrayList<>();
        for (Long groupId : store.groupsPairedWith(roundId, scope.objectId())) {
            EvaluationEntry entry = inRound(roundId, groupId);
            lines.add(new RatingLine(entry.getGroup(),
                    ratings.rating(entry.getId(), scope.objectId()).orElse(null)));
        }
        return lines;
    }

    @Transactional
    public EvaluationRating rate(Scope scope, long roundId, long groupId, Long version, Integer rating,
                                 String comment) {
        EvaluationRound round = access.readable(scope, roundId);
        if (scope.role() != Role.FIRST_SECRETARY
                || !store.groupsPairedWith(roundId, scope.objectId()).contains(groupId)) {
            throw new ForbiddenException("rate");
        }
        EvaluationEntry entry = inRound(roundId, groupId);
        requireInput(round);
        if (rating == null || rating < 1 || rating > 5) {
            throw new RuleViolation("rating", "evaluation.rating.range");
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new RuleViolation("comment", "evaluation.text.long", COMMENT_MAX);
        }
        EvaluationRating row = ratings.rating(entry.getId(), scope.objectId()).orElse(null);
        if (row == null) {
            if (version != null) {
                throw new ConcurrentEditException("EvaluationRating", entry.getId());
            }
            AssistedObject object = objects.findById(scope.objectId()).orElseThrow();
            row = new EvaluationRating(roundId, entry.getId(), object);
            row.set(rating, comment);
            ratings.save(row);
        } else {
            row.checkVersion(version == null ? -1 : version);
            row.set(rating, comment);
        }
        ratings.flush();
        return row;
    }

    private EvaluationEntry inRound(long roundId, long groupId) {
        return entries.entry(roundId, groupId)
                .orElseThrow(() -> new NotFoundException("evaluation entry", groupId));
    }

    private void requireInput(EvaluationRound round) {
        round.requireOpen();
        if (!round.takesInputOn(LocalDate.now(clock))) {
            throw RuleViolation.global("evaluation.deadline.passed", round.getDeadline());
        }
    }
}
