package cn.helituan.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.common.ConcurrentEditException;
import cn.helituan.domain.common.ForbiddenException;
import cn.helituan.domain.common.NotFoundException;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.evaluation.BoardQuery;
import cn.helituan.domain.evaluation.BoardRow;
import cn.helituan.domain.evaluation.BoardSort;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.EntryView;
import cn.helituan.domain.evaluation.EvaluationStore;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import cn.helituan.domain.evaluation.IndicatorScoring;
import cn.helituan.domain.evaluation.RoundStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/** The annual evaluation on {@link EvaluationFixture}'s hand-worked year: indicators, grades, quota, lock, scope. */
class EvaluationTest extends EvaluationTestBase {

    private Map<Long, BoardRow> board(EvaluationRound round) {
        return reading.board(f.admin, round.getId(), BoardQuery.all(), PageRequest.of(0, 50)).getContent()
                .stream().collect(Collectors.toMap(BoardRow::groupId, Function.identity()));
    }

    @Test
    void theIndicatorsAreTheHandWorkedOnes() {
        EvaluationRound round = f.open(rounds, 30);
        Map<Long, BoardRow> rows = board(round);
        assertThat(rows).containsOnlyKeys(f.team.groupA1, f.team.groupA2, f.team.groupB1);

        BoardRow a1 = rows.get(f.team.groupA1);
        assertThat(a1.indicators().tasksPlanned()).isEqualTo(3);
        assertThat(a1.indicators().tasksDone()).isEqualTo(2);
        assertThat(a1.indicators().keyTasksDone()).isEqualTo(1);
        assertThat(a1.indicators().activitiesReported()).isEqualTo(2);
        assertThat(a1.indicators().activitiesConfirmed()).isEqualTo(1);
        assertThat(a1.indicators().fundsSecured()).isEqualByComparingTo("1000000");
        assertThat(a1.indicators().projectsIntroduced()).isEqualByComparingTo("2");
        assertThat(a1.indicators().peopleTrained()).as("a2's 120 are reported, not confirmed").isEqualByComparingTo("0");
        assertThat(a1.indicators().demandsReceived()).isEqualTo(2);
        assertThat(a1.indicators().demandsResolved()).isEqualTo(1);
        assertThat(a1.indicators().overdue()).isEqualTo(1);
        assertThat(a1.score()).isEqualByComparingTo("58.33");
        assertThat(a1.scoreRank()).isEqualTo(1);

        BoardRow a2 = rows.get(f.team.groupA2);
        assertThat(a2.indicators().value(Indicator.KEY_TASKS)).as("no key task planned").isNull();
        assertThat(a2.indicators().activitiesDisputed()).isEqualTo(1);
        assertThat(a2.score()).isEqualByComparingTo("11.76");
        assertThat(a2.ranks().get(Indicator.DISPUTED)).as("most disputed ranks last").isEqualTo(3);

        BoardRow b1 = rows.get(f.team.groupB1);
        assertThat(b1.indicators().value(Indicator.DEMANDS_RESOLVED)).as("its objects raised none in 2025").isNull();
        assertThat(b1.indicators().beneficiaries()).isEqualByComparingTo("200");
        assertThat(b1.indicators().overdue()).isEqualTo(1);
        assertThat(b1.score()).isEqualByComparingTo("22.22");
        assertThat(b1.scoreRank()).isEqualTo(2);

        // nobody's activities found anyone a job in 2025: the column ranks nobody (not three groups 第 1 名)
        assertThat(rows.values()).allSatisfy(r -> {
            assertThat(r.indicators().peopleEmployed()).isEqualByComparingTo("0");
            assertThat(r.ranks().get(Indicator.PEOPLE_EMPLOYED)).isNull();
        });

        // the entry page's parts add up to the score the screen shows
        EntryView entry = reading.entry(f.admin, round.getId(), f.team.groupA1);
        BigDecimal points = entry.parts().stream().map(IndicatorScoring.Part::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(points.setScale(2, java.math.RoundingMode.HALF_UP)).isEqualByComparingTo("58.33");
        assertThat(entry.members()).hasSize(2);
    }

    @Test
    void aDemandRaisedOnNewYearsMorningInBeijingIsTheNewYearsAndAYearHasOneRoundAScope() {
        // 07:00 on 1 January 2025 in Beijing is still 2024 in UTC: it is received in 2025
        jdbc.update("""
                insert into demand (object_id, category_id, title, urgency, status, created_at, created_by)
                values (?, (select min(id) from demand_category), '元旦需求', 'NORMAL', 'RAISED',
                        timestamptz '2025-01-01 07:00+08', 'test')""", f.v1);
        EvaluationRound round = f.open(rounds, 30);
        assertThat(board(round).get(f.team.groupA1).indicators().demandsReceived()).isEqualTo(3);
        long before = jdbc.queryForObject("select count(*) from evaluation_round", Long.class);
        assertRule(() -> f.open(this.rounds, 30), "evaluation.year.taken");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_round", Long.class)).isEqualTo(before);
    }

    @Test
    void theReviewScreenSortsAndFilters() {
        EvaluationRound round = f.open(rounds, 30);
        List<BoardRow> byFunds = reading.board(f.reviewer1, round.getId(),
                new BoardQuery(null, null, null, false, false, BoardSort.INDICATOR_BENEFICIARIES, false),
                PageRequest.of(0, 2)).getContent();
        assertThat(byFunds).extracting(BoardRow::groupId).first().isEqualTo(f.team.groupB1);
        assertThat(reading.board(f.reviewer1, round.getId(), BoardQuery.all(), PageRequest.of(0, 2))
                .getTotalElements()).isEqualTo(3);
        List<BoardRow> subB = reading.board(f.admin, round.getId(),
                new BoardQuery(f.team.subB, null, null, false, false, BoardSort.SCORE, false), PageRequest.of(0, 10))
                .getContent();
        assertThat(subB).extracting(BoardRow::groupId).containsExactly(f.team.groupB1);
        inputs.score(f.reviewer1, round.getId(), f.team.groupA1, null, new BigDecimal("90"), null);
        assertThat(reading.board(f.reviewer1, round.getId(),
                new BoardQuery(null, null, null, true, false, BoardSort.SCORE, false), PageRequest.of(0, 10))
                .getContent()).extracting(BoardRow::groupId).containsExactly(f.team.groupB1, f.team.groupA2);
        // the reviewers' mean is the admin's; a reviewer reads their own score
        assertThat(board(round).get(f.team.groupA1).reviewersMean()).isEqualByComparingTo("90");
        BoardRow seen = reading.board(f.reviewer1, round.getId(), BoardQuery.all(), PageRequest.of(0, 10))
                .getContent().stream().filter(r -> r.groupId() == f.team.groupA1).findFirst().orElseThrow();
        assertThat(seen.reviewersMean()).isNull();
        assertThat(seen.myScore()).isEqualByComparingTo("90");
        // a sub-team leader reads the groups of the sub-team, ranked in the whole round
        var subA = new cn.helituan.domain.common.Scope(null, "sub-a", cn.helituan.domain.common.Role.SUB_TEAM_LEADER,
                f.team.subA, jdbc.queryForObject("select path from unit where id = ?", String.class, f.team.subA),
                null, null);
        assertThat(reading.board(subA, round.getId(), BoardQuery.all(), PageRequest.of(0, 10)).getContent())
                .extracting(BoardRow::groupId, BoardRow::scoreRank)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(f.team.groupA1, 1),
                        org.assertj.core.groups.Tuple.tuple(f.team.groupA2, 3));
    }

    /**
     * The review screen's counts and sub-team filter are kept between pages (V97): each write they read shows on the
     * next page — through the application and by a plain statement alike.
     */
    @Test
    void theReviewScreensCountsAndSubTeamsFollowEveryWrite() {
        EvaluationRound round = f.open(rounds, 30);
        long id = round.getId();
        var tally = reading.view(f.admin, id).tally();
        assertThat(List.of(tally.groups(), tally.selfAssessed(), tally.scored())).containsExactly(3L, 0L, 0L);
        assertThat(reading.page(f.admin, id, BoardQuery.all(), PageRequest.of(0, 25)).subTeams())
                .extracting(EvaluationStore.SubTeam::id).containsExactly(f.team.subA, f.team.subB);

        inputs.score(f.reviewer1, id, f.team.groupA1, null, new BigDecimal("88"), null);
        assertThat(reading.view(f.admin, id).tally().scored()).isEqualTo(1);
        inputs.selfAssess(f.leaderA1, id, f.team.groupA1, 0, "引进项目两个", null, null);
        assertThat(reading.view(f.admin, id).tally().selfAssessed()).isEqualTo(1);
        // a reviewer taken off the round: their scores no longer count
        jdbc.update("update evaluation_reviewer set removed = true where round_id = ? and account_id = ?", id,
                f.reviewer1.accountId());
        assertThat(reading.view(f.admin, id).tally().scored()).isZero();
        // the tree: a sub-team renamed is named so in the filter at once
        jdbc.update("update unit set name = '二分团（更名）' where id = ?", f.team.subB);
        assertThat(reading.page(f.admin, id, BoardQuery.all(), PageRequest.of(0, 25)).subTeams())
                .extracting(EvaluationStore.SubTeam::name).last().isEqualTo("二分团（更名）");
        // grades: a group's, and a member's of another group
        jdbc.update("update evaluation_entry set grade = ? where round_id = ? and group_id = ?", round.topGrade().name(),
                id, f.team.groupA1);
        var graded = reading.view(f.admin, id).tally();
        assertThat(List.of(graded.graded(), graded.topGroups())).containsExactly(1L, 1L);
        long topMembers = graded.topMembers();
        jdbc.update("update evaluation_member set grade = ? where id = (select min(m.id) from evaluation_member m"
                + " join evaluation_entry e on e.id = m.entry_id where e.round_id = ? and e.group_id = ?)",
                round.topGrade().name(), id, f.team.groupB1);
        assertThat(reading.view(f.admin, id).tally().topMembers()).isEqualTo(topMembers + 1);

        // kept, not counted again: a write that raises no counter (the triggers skipped) is not seen…
        tx.executeWithoutResult(s -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update("update evaluation_entry set self_assessed_at = now() where round_id = ? and group_id = ?", id,
                    f.team.groupB1);
        });
        assertThat(reading.view(f.admin, id).tally().selfAssessed()).isEqualTo(1);
        // …by a transaction that has written (its +0 on row 0 is a write: it counts afresh, and keeps nothing), nor
        // after it, until the round's counter moves
        Long counted = tx.execute(s -> {
            jdbc.execute("select evaluation_round_touch(array[]::bigint[])");
            return reading.view(f.admin, id).tally().selfAssessed();
        });
        assertThat(counted).isEqualTo(2);
        assertThat(reading.view(f.admin, id).tally().selfAssessed()).isEqualTo(1);
        jdbc.execute("select evaluation_round_touch(array[" + id + "]::bigint[])");
        assertThat(reading.view(f.admin, id).tally().selfAssessed()).isEqualTo(2);
    }

    @Test
    void twoReviewersScoringAtOnceAreBothKeptAndAveraged() throws Exception {
        EvaluationRound round = f.open(rounds, 30);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            await(start);
            inputs.score(f.reviewer1, round.getId(), f.team.groupA1, null, new BigDecimal("80"), "扎实");
        });
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            await(start);
            inputs.score(f.reviewer2, round.getId(), f.team.groupA1, null, new BigDecimal("91.5"), "突出");
        });
        start.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        EntryView entry = reading.entry(f.admin, round.getId(), f.team.groupA1);
        assertThat(entry.scores()).extracting(s -> s.getScore().toPlainString()).containsExactlyInAnyOrder("80.00", "91.50");
        assertThat(entry.reviewersMean()).isEqualByComparingTo("85.75");

        // a reviewer's second tab, saving over the score it did not see, is refused
        long seen = reading.entry(f.reviewer1, round.getId(), f.team.groupA1).myScore().getVersion();
        inputs.score(f.reviewer1, round.getId(), f.team.groupA1, seen, new BigDecimal("82"), null);
        assertThatThrownBy(() -> inputs.score(f.reviewer1, round.getId(), f.team.groupA1, seen,
                new BigDecimal("60"), null)).isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.queryForObject("select score from evaluation_score where reviewer_id = ?", BigDecimal.class,
                f.reviewer1.accountId())).isEqualByComparingTo("82");
        // each reviewer reads their own score, not the other's nor the mean
        EntryView other = reading.entry(f.reviewer2, round.getId(), f.team.groupA1);
        assertThat(other.myScore().getScore()).isEqualByComparingTo("91.5");
        assertThat(other.scores()).isEmpty();
        assertThat(other.reviewersMean()).isNull();
    }

    @Test
    void oneReviewerSavingAFirstScoreTwiceAtOnceKeepsOneAndRefusesTheOther() throws Exception {
        EvaluationRound round = f.open(rounds, 30);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> tabs = List.of("70", "75").stream().map(score -> CompletableFuture.supplyAsync(
                () -> {
                    await(start);
                    try {
                        inputs.score(f.reviewer1, round.getId(), f.team.groupB1, null, new BigDecimal(score), null);
                        return "saved";
                    } catch (ConcurrentEditException | org.springframework.dao.DataIntegrityViolationException e) {
                        return "refused";
                    }
                })).toList();
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (CompletableFuture<String> tab : tabs) {
            outcomes.add(tab.get(30, TimeUnit.SECONDS));
        }
        assertThat(jdbc.queryForObject("select count(*) from evaluation_score where round_id = ?", Long.class,
                round.getId())).isEqualTo(1);
        assertThat(outcomes).contains("saved");
    }

    @Test
    void anotherTeamsAdminAndReviewersOutsideTheScopeHaveNoPartInTheRound() {
        EvaluationRound round = f.open(rounds, 30);
        long demoTeam = jdbc.queryForObject("select min(id) from unit where kind = 'TEAM' and id <> ?", Long.class,
                f.team.team);
        var otherAdmin = new cn.helituan.domain.common.Scope(null, "other-admin",
                cn.helituan.domain.common.Role.ORG_ADMIN, demoTeam,
                jdbc.queryForObject("select path from unit where id = ?", String.class, demoTeam), null, null);
        assertThatThrownBy(() -> reading.view(otherAdmin, round.getId())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> rounds.publish(otherAdmin, round.getId(), 0))
                .isInstanceOf(NotFoundException.class);
        assertThat(reading.list(otherAdmin, PageRequest.of(0, 100)).getContent())
                .extracting(EvaluationRound::getId).doesNotContain(round.getId());
        // the demo's reviewer (scoped to the demo team) is not a choice of this team's admin, nor can be named
        long demoReviewer = jdbc.queryForObject("select id from account where username = 'reviewer'", Long.class);
        assertThat(rounds.reviewerChoices(f.admin)).extracting(cn.helituan.domain.account.Account::getId)
                .contains(f.reviewer1.accountId()).doesNotContain(demoReviewer);
        var form = f.form(30);
        assertRule(() -> rounds.update(f.admin, round.getId(), version(round.getId()),
                new cn.helituan.domain.evaluation.RoundForm(form.name(), null, null, form.deadline(), form.grades(),
                        form.topQuota(), form.weights(), java.util.Set.of(demoReviewer))),
                "evaluation.reviewer.notReviewer");
    }

    @Test
    void beforePublicationAReviewerCannotFindTheGradesOrTheOtherReviewersMean() {
        EvaluationRound round = f.open(rounds, 30);
        long id = round.getId();
        rounds.grade(f.admin, id, f.team.groupB1, entryVersion(id, f.team.groupB1), Grade.EXCELLENT, "好");
        inputs.score(f.reviewer2, id, f.team.groupA2, null, new BigDecimal("99"), null);
        List<BoardRow> filtered = reading.board(f.reviewer1, id,
                new BoardQuery(null, Grade.EXCELLENT, null, false, false, BoardSort.REVIEWERS, false),
                PageRequest.of(0, 10)).getContent();
        assertThat(filtered).as("the grade filter does not apply, the order is the indicator score's")
                .extracting(BoardRow::groupId).containsExactly(f.team.groupA1, f.team.groupB1, f.team.groupA2);
        assertThat(filtered).allSatisfy(r -> assertThat(r.grade()).isNull());
        // a grade in use cannot be taken out of the round's grades
        var form = f.form(30);
        assertRule(() -> rounds.update(f.admin, id, version(id), new cn.helituan.domain.evaluation.RoundForm(
                form.name(), null, null, form.deadline(), java.util.EnumSet.of(Grade.COMPETENT, Grade.BASIC,
                Grade.INCOMPETENT), form.topQuota(), form.weights(), form.reviewerIds())), "evaluation.grades.inUse");
        // a reviewer taken off the round no longer counts in the mean
        inputs.score(f.reviewer1, id, f.team.groupA2, null, new BigDecimal("59"), null);
        assertThat(reading.entry(f.admin, id, f.team.groupA2).reviewersMean()).isEqualByComparingTo("79");
        rounds.update(f.admin, id, version(id), new cn.helituan.domain.evaluation.RoundForm(form.name(), null,
                null, form.deadline(), form.grades(), form.topQuota(), form.weights(),
                java.util.Set.of(f.reviewer1.accountId())));
        assertThat(reading.entry(f.admin, id, f.team.groupA2).reviewersMean()).isEqualByComparingTo("59");
        assertThat(board(round).get(f.team.groupA2).reviews()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void badScoresAndRatingsAreRefusedAndChangeNothing() {
        EvaluationRound round = f.open(rounds, 30);
        long id = round.getId();
        assertRule(() -> inputs.score(f.reviewer1, id, f.team.groupA1, null, new BigDecimal("100.5"), null),
                "evaluation.score.range");
        assertRule(() -> inputs.score(f.reviewer1, id, f.team.groupA1, null, new BigDecimal("-1"), null),
                "evaluation.score.range");
        assertRule(() -> inputs.score(f.reviewer1, id, f.team.groupA1, null, new BigDecimal("80.125"), null),
                "evaluation.score.range");
        long outside = jdbc.queryForObject("select min(id) from unit where kind = 'GROUP' and path not like ?",
                Long.class, jdbc.queryForObject("select path from unit where id = ?", String.class, f.team.team) + "%");
        assertRule(() -> inputs.score(f.reviewer1, id, outside, null, new BigDecimal("80"), null),
                "evaluation.score.notInRound");
        assertRule(() -> inputs.rate(f.secretaryV1, id, f.team.groupA1, null, 6, null), "evaluation.rating.range");
        assertThatThrownBy(() -> inputs.rate(f.secretaryV2, id, f.team.groupA1, null, 5, null))
                .as("V2 is not paired with A1").isInstanceOf(ForbiddenException.class);
        assertRule(() -> rounds.grade(f.admin, id, f.team.groupA1, 0, Grade.EXCELLENT, null),
                "evaluation.grade.reason");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_score where round_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from evaluation_rating where round_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from evaluation_entry where round_id = ? and grade is not null",
                Long.class, id)).isZero();

        // after the deadline nothing more is taken
        var form = f.form(30);
        rounds.update(f.admin, id, reading.view(f.admin, id).round().getVersion(),
                new cn.helituan.domain.evaluation.RoundForm(form.name(), null, null, java.time.LocalDate.of(2026, 1, 31),
                        form.grades(), form.topQuota(), form.weights(), form.reviewerIds()));
        assertRule(() -> inputs.score(f.reviewer1, id, f.team.groupA1, null, new BigDecimal("80"), null),
                "evaluation.deadline.passed");
        assertRule(() -> inputs.selfAssess(f.leaderA1, id, f.team.groupA1, 0, "成效", null, null),
                "evaluation.deadline.passed");
        assertRule(() -> inputs.rate(f.secretaryV1, id, f.team.groupA1, null, 4, null),
                "evaluation.deadline.passed");
    }

    @Test
    void theQuotaHoldsForGroupsAndMembersAndPublishingLocks() {
        // 34% of 3 groups: at most 1 with the top grade; of 4 members, at most 1
        EvaluationRound round = f.open(rounds, 34);
        long id = round.getId();
        inputs.selfAssess(f.leaderA1, id, f.team.groupA1, 0, "引进项目两个", "培训未确认", "继续推进");
        inputs.rate(f.secretaryV1, id, f.team.groupA1, null, 5, "很好");
        inputs.rate(f.secretaryV1, id, f.team.groupA2, null, 3, null);
        rounds.propose(f.admin, id, version(id));
        Map<Long, BoardRow> rows = board(round);
        // A1: (58.33×50 + 5×20×10) ÷ 60 = 65.28 → 基本合格; A2: (11.76×50 + 3×20×10) ÷ 60 = 19.80 → 不合格
        assertThat(rows.get(f.team.groupA1).proposedGrade()).isEqualTo(Grade.BASIC);
        assertThat(rows.get(f.team.groupA2).proposedGrade()).isEqualTo(Grade.INCOMPETENT);
        assertThat(rows.get(f.team.groupB1).proposedGrade()).isEqualTo(Grade.INCOMPETENT);

        rounds.grade(f.admin, id, f.team.groupA1, entryVersion(id, f.team.groupA1), Grade.EXCELLENT, "项目落地");
        rounds.grade(f.admin, id, f.team.groupB1, entryVersion(id, f.team.groupB1), Grade.EXCELLENT, "群众满意");
        assertRule(() -> rounds.publish(f.admin, id, version(id)), "evaluation.publish.quota");
        rounds.grade(f.admin, id, f.team.groupB1, entryVersion(id, f.team.groupB1), Grade.COMPETENT, "名额");
        // A1's two members both follow the group's top grade: over the members' quota
        assertRule(() -> rounds.publish(f.admin, id, version(id)), "evaluation.publish.memberQuota");
        EntryView a1 = reading.entry(f.admin, id, f.team.groupA1);
        var other = a1.members().stream().filter(m -> !m.row().getMember().getName().equals(f.team.leaderName))
                .findFirst().orElseThrow().row();
        rounds.gradeMember(f.admin, id, other.getId(), other.getVersion(), Grade.COMPETENT, "到岗时间短");
        assertThat(reading.view(f.admin, id).round().getStatus()).isEqualTo(RoundStatus.OPEN);

        rounds.publish(f.admin, id, version(id));
        assertThat(reading.view(f.admin, id).round().isPublished()).isTrue();

        // locked: the service refuses, and so does the database
        assertRule(() -> inputs.score(f.reviewer1, id, f.team.groupA1, null, new BigDecimal("70"), null),
                "evaluation.locked");
        assertRule(() -> rounds.grade(f.admin, id, f.team.groupA2, entryVersion(id, f.team.groupA2),
                Grade.COMPETENT, "改"), "evaluation.locked");
        assertThatThrownBy(() -> jdbc.update("update evaluation_entry set grade = 'EXCELLENT' where round_id = ?", id))
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.update("update evaluation_round set name = 'x' where id = ?", id))
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.update("delete from evaluation_entry where round_id = ?", id))
                .hasMessageContaining("not deleted");

        // the results: the group's grade by year, the leader's promote-first mark, the commendation list
        List<EvaluationStore.Result> a1Results = results.ofGroup(f.team.groupA1);
        assertThat(a1Results).extracting(EvaluationStore.Result::grade).containsExactly(Grade.EXCELLENT);
        long leaderId = jdbc.queryForObject("select id from member where name = ?", Long.class, f.team.leaderName);
        assertThat(results.ofMember(leaderId)).singleElement()
                .satisfies(r -> assertThat(r.top()).isTrue()).satisfies(r -> assertThat(r.year()).isEqualTo(2025));
        assertThat(results.ofMember(other.getMember().getId())).singleElement()
                .satisfies(r -> assertThat(r.grade()).isEqualTo(Grade.COMPETENT));
        var commendation = reading.commendation(f.admin, id);
        assertThat(commendation.groups()).extracting(BoardRow::groupId).containsExactly(f.team.groupA1);
        assertThat(commendation.members()).extracting(EvaluationStore.Commended::name)
                .containsExactly(f.team.leaderName);

        // the group reads its own result once published, not the others'
        assertThat(reading.entry(f.leaderA1, id, f.team.groupA1).members()).allSatisfy(m ->
                assertThat(m.grade()).isNotNull());
        assertThatThrownBy(() -> reading.entry(f.leaderB1, id, f.team.groupA1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reading.board(f.leaderA1, id, BoardQuery.all(), PageRequest.of(0, 10)))
                .isInstanceOf(ForbiddenException.class);

        // reopening needs a reason and is in the trail
        assertRule(() -> rounds.reopen(f.admin, id, version(id), " "), "evaluation.reopen.reason");
        rounds.reopen(f.admin, id, version(id), "复核 A1 资金数据");
        assertThat(reading.view(f.admin, id).round().isOpen()).isTrue();
        assertThat(reading.trail(f.admin, id)).anySatisfy(line -> assertThat(line.entry().changes())
                .anySatisfy(c -> assertThat(c.newValue()).isEqualTo("复核 A1 资金数据")));
        assertThat(reading.trail(f.admin, id)).anySatisfy(line -> assertThat(line.entity())
                .isEqualTo("EvaluationRating"));
    }

    @Test
    void beforePublicationTheGroupSeesNoGradeAndRatingsOnlyAsAnAverage() {
        EvaluationRound round = f.open(rounds, 30);
        long id = round.getId();
        inputs.rate(f.secretaryV1, id, f.team.groupA1, null, 4, "及时");
        rounds.grade(f.admin, id, f.team.groupA1, entryVersion(id, f.team.groupA1), Grade.COMPETENT, "初定");
        EntryView own = reading.entry(f.leaderA1, id, f.team.groupA1);
        assertThat(own.showsGrades()).isFalse();
        assertThat(own.members()).allSatisfy(m -> assertThat(m.grade()).isNull());
        assertThat(own.ratingAverage()).isEqualByComparingTo("4.00");
        assertThat(own.ratings()).as("who rated what is not shown to the group").isEmpty();
        assertThat(own.scores()).isEmpty();
        assertThat(inputs.ratingsToGive(f.secretaryV2, id)).extracting(l -> l.group().getId())
                .containsExactly(f.team.groupB1);
        assertThatThrownBy(() -> reading.entry(f.memberB1, id, f.team.groupA1))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inputs.selfAssess(f.memberB1, id, f.team.groupB1, 0, "x", null, null))
                .isInstanceOf(ForbiddenException.class);
    }

    private long version(long id) {
        return reading.view(f.admin, id).round().getVersion();
    }

    private long entryVersion(long id, long group) {
        return reading.entry(f.admin, id, group).entry().getVersion();
    }

    private static void assertRule(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo(key));
    }
}
