package cn.helituan.app.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.evaluation.EvaluationRound;
import cn.helituan.domain.evaluation.Grade;
import cn.helituan.domain.evaluation.Indicator;
import java.io.ByteArrayInputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The evaluation's pages: what each user sees and may post (another group's leader, another village's account, a
 * plain member, a reviewer not in the round get 404/403 and change nothing), the messages on bad input, the round's
 * publishing, its export and the results on the group's and the member's pages.
 */
class EvaluationPagesTest extends EvaluationTestBase {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor as(Scope scope) {
        return user(scope.username()).roles(scope.role().name());
    }

    private MvcResult send(MockHttpServletRequestBuilder request, Scope scope) throws Exception {
        return mvc.perform(request.with(as(scope)).with(csrf())).andReturn();
    }

    private long rounds() {
        return jdbc.queryForObject("select count(*) from evaluation_round", Long.class);
    }

    /** The round form filled in as a user would, with some fields typed otherwise ("name", value, …). */
    private MockHttpServletRequestBuilder roundForm(String name, String... typed) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("name", name);
        fields.put("year", "2025");
        fields.put("scopeUnitId", String.valueOf(f.team.team));
        fields.put("deadline", "2026-12-31");
        fields.put("topQuota", "30");
        fields.put("reviewerIds", String.valueOf(f.reviewer1.accountId()));
        for (Indicator i : Indicator.values()) {
            fields.put("weights[" + i + "]", String.valueOf(i.defaultWeight()));
        }
        for (int k = 0; k < typed.length; k += 2) {
            fields.put(typed[k], typed[k + 1]);
        }
        MockHttpServletRequestBuilder post = post("/evaluations");
        fields.forEach(post::param);
        for (Grade g : Grade.values()) {
            post.param("grades", g.name());
        }
        return post;
    }

    @Test
    void theAdminOpensARoundAndReadsTheReviewScreen() throws Exception {
        MvcResult opened = send(roundForm("2025 年度考核"), f.admin);
        assertThat(opened.getResponse().getStatus()).isEqualTo(302);
        long id = Pages.redirectId(opened);
        String page = send(get("/evaluations/" + id), f.admin).getResponse().getContentAsString();
        assertThat(page).contains("2025 年度考核", "评审表", "指标得分 = 100 × Σ", "共 3 个小组", "58.33", "第 1 名");
        // the reader's own columns first (on a 1366-px screen the thirteen indicators scroll, not these)
        Pages.assertInOrder(page, "id=\"board\"", "评审平均分", "建议等次", "id=\"sort-score\"", "id=\"sort-TASKS\"");
        String reviewers = send(get("/evaluations/" + id), f.reviewer1).getResponse().getContentAsString();
        Pages.assertInOrder(reviewers, "id=\"board\"", "我的评分", "id=\"sort-score\"", "id=\"sort-TASKS\"");
        // each indicator's cell: its value, and its rank under it when ranked (a2 planned no key task: no rank)
        String a1 = row(page, f.team.groupA1);
        assertThat(a1).contains("<td class=\"text-end\"><span>1,000,000.00</span> "
                + "<span class=\"small text-body-secondary d-block\">第 1 名</span></td>");
        assertThat(row(page, f.team.groupA2)).contains("<td class=\"text-end\"><span>—</span></td>");
        String sorted = send(get("/evaluations/" + id).param("sort", "INDICATOR_BENEFICIARIES"), f.admin)
                .getResponse().getContentAsString();
        Pages.assertInOrder(sorted, "data-group=\"" + f.team.groupB1 + "\"", "data-group=\"" + f.team.groupA1 + "\"");
        String entry = send(get("/evaluations/" + id + "/groups/" + f.team.groupA1), f.admin).getResponse()
                .getContentAsString();
        assertThat(entry).contains("58.33", "2 / 3", "任务清单", "/plans/tasks?year=2025&amp;unit=" + f.team.groupA1);
        String subB = send(get("/evaluations/" + id).param("subTeam", String.valueOf(f.team.subB)), f.admin)
                .getResponse().getContentAsString();
        assertThat(subB).contains("<option value=\"" + f.team.subB + "\" selected=\"selected\">",
                "<option value=\"" + f.team.subA + "\">", "共 1 个小组", "data-group=\"" + f.team.groupB1 + "\"")
                .doesNotContain("data-group=\"" + f.team.groupA1 + "\"");
        String english = send(get("/evaluations/" + id).param("lang", "en"), f.admin).getResponse()
                .getContentAsString();
        assertThat(english).contains("Review screen", "Indicator score");
    }

    /**
     * The board's table is rendered once for equal rows and kept as text (web/kept/KeptFragments): a score saved is
     * in the next page's table, and each reader gets the columns of their own part — the admin's reviewers' mean,
     * the reviewer's own score — whoever read the same rows before.
     */
    @Test
    void theBoardKeptAsTextShowsAScoreOnTheNextPageAndEachReaderItsOwnColumns() throws Exception {
        long id = f.open(rounds, 30).getId();
        String board = "/evaluations/" + id;
        String admin = send(get(board), f.admin).getResponse().getContentAsString();
        assertThat(admin).contains("评审平均分").doesNotContain("我的评分");
        String before = send(get(board), f.reviewer1).getResponse().getContentAsString();
        assertThat(before).contains("我的评分").doesNotContain("评审平均分");
        assertThat(myScore(before, f.team.groupA1)).isEqualTo("—");
        MvcResult scored = send(post(board + "/groups/" + f.team.groupA1 + "/score").param("score", "81")
                .param("formKey", java.util.UUID.randomUUID().toString()), f.reviewer1);
        assertThat(scored.getResponse().getStatus()).isEqualTo(302);
        String after = send(get(board), f.reviewer1).getResponse().getContentAsString();
        assertThat(myScore(after, f.team.groupA1)).as("the score on the next page").startsWith("81");
        assertThat(row(send(get(board), f.admin).getResponse().getContentAsString(), f.team.groupA1))
                .as("the admin's mean of the one review").contains("(1)");
    }

    private static String myScore(String page, long group) {
        String row = row(page, group);
        String cell = "class=\"text-end my-score board-own\">";
        int start = row.indexOf(cell);
        assertThat(start).as("the reviewer's own column").isNotNegative();
        return row.substring(start + cell.length(), row.indexOf("</td>", start));
    }

    /** The review screen's row of a group, from its opening tag to its end. */
    private static String row(String page, long group) {
        int start = page.indexOf("data-group=\"" + group + "\"");
        assertThat(start).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    @Test
    void aBadRoundFormSaysWhyOnTheFieldAndOpensNothing() throws Exception {
        long before = rounds();
        MvcResult noName = send(roundForm(""), f.admin);
        assertThat(noName.getResponse().getStatus()).isEqualTo(422);
        assertThat(noName.getResponse().getContentAsString()).contains("请填写考核名称");
        MvcResult heavy = send(roundForm("重", "weights[TASKS]", "101"), f.admin);
        assertThat(heavy.getResponse().getStatus()).isEqualTo(422);
        assertThat(Pages.after(heavy.getResponse().getContentAsString(), "id=\"weight-TASKS\"", 400))
                .contains("每项权重应为 0 至 100 的整数");
        MvcResult text = send(roundForm("字", "weights[FUNDS_SECURED]", "很多"), f.admin);
        assertThat(text.getResponse().getStatus()).isEqualTo(422);
        assertThat(text.getResponse().getContentAsString()).contains("格式不正确", "value=\"字\"");
        MvcResult quota = send(roundForm("额", "topQuota", "120"), f.admin);
        assertThat(quota.getResponse().getContentAsString()).contains("最高等次比例应为 0 至 100 的整数");
        MvcResult oneGrade = send(post("/evaluations").param("name", "等").param("year", "2025")
                .param("deadline", "2026-12-31").param("topQuota", "30").param("grades", "EXCELLENT"), f.admin);
        assertThat(oneGrade.getResponse().getContentAsString()).contains("至少选择两个等次");
        assertThat(rounds()).isEqualTo(before);
        assertThat(send(get("/evaluations/new"), f.leaderA1).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(roundForm("越权"), f.reviewer1).getResponse().getStatus()).isEqualTo(403);
        assertThat(rounds()).isEqualTo(before);
    }

    @Test
    void eachUserReachesOnlyTheirPartOfTheRound() throws Exception {
        EvaluationRound round = f.open(rounds, 30);
        long id = round.getId();
        String a1 = "/evaluations/" + id + "/groups/" + f.team.groupA1;
        // another group's leader, a plain member of another group: not found
        assertThat(send(get(a1), f.leaderB1).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(get(a1), f.memberB1).getResponse().getStatus()).isEqualTo(404);
        // a reviewer the round does not name: not found, and no score
        Scope stranger = f.reviewer2;
        rounds.update(f.admin, id, reading.view(f.admin, id).round().getVersion(),
                new cn.helituan.domain.evaluation.RoundForm(round.getName(), null, null, round.getDeadline(),
                        round.getGrades(), round.getTopQuota(), round.weightMap(),
                        java.util.Set.of(f.reviewer1.accountId())));
        assertThat(send(get("/evaluations/" + id), stranger).getResponse().getStatus()).isEqualTo(404);
        assertThat(send(post(a1 + "/score").param("score", "80"), stranger).getResponse().getStatus()).isEqualTo(404);
        // another village's account may not rate A1
        assertThat(send(post("/evaluations/" + id + "/ratings/" + f.team.groupA1).param("rating", "5"),
                f.secretaryV2).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(get("/evaluations/" + id + "/ratings"), f.secretaryV2).getResponse().getContentAsString())
                .contains(jdbc.queryForObject("select name from unit where id = ?", String.class, f.team.groupB1))
                .doesNotContain(jdbc.queryForObject("select name from unit where id = ?", String.class,
                        f.team.groupA1));
        // another group's leader may not write A1's self-assessment; a member may not grade
        assertThat(send(post(a1 + "/self").param("version", "0").param("achievements", "冒名"), f.leaderB1)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post(a1 + "/grade").param("version", "0").param("grade", "EXCELLENT").param("reason", "x"),
                f.memberB1).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post("/evaluations/" + id + "/publish").param("version", "0"), f.reviewer1).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("""
                select count(*) from evaluation_score s where s.round_id = ?""", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from evaluation_rating where round_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from evaluation_entry where round_id = ?
                and (achievements is not null or grade is not null)""", Long.class, id)).isZero();
        // the rounds list shows each user only the rounds they take part in
        assertThat(send(get("/evaluations"), stranger).getResponse().getContentAsString())
                .doesNotContain(round.getName());
        assertThat(send(get("/evaluations"), f.leaderA1).getResponse().getContentAsString())
                .contains(round.getName());
    }

    /** A round's form posted twice with its one-time key opens one round and leads twice to it. */
    @Test
    void aRoundFormPostedTwiceWithItsKeyOpensOneRound() throws Exception {
        long before = rounds();
        String key = java.util.UUID.randomUUID().toString();
        MvcResult opened = send(roundForm("2025 年度考核").param("formKey", key), f.admin);
        assertThat(opened.getResponse().getStatus()).isEqualTo(302);
        MvcResult again = send(roundForm("2025 年度考核").param("formKey", key), f.admin);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(opened.getResponse().getRedirectedUrl());
        assertThat(again.getFlashMap().get("success")).isEqualTo("flash.form.alreadySaved");
        assertThat(rounds()).isEqualTo(before + 1);
        // another key is another submission: the year's rule answers it, as it would without keys
        MvcResult other = send(roundForm("2025 年度考核").param("formKey", java.util.UUID.randomUUID().toString()),
                f.admin);
        assertThat(other.getResponse().getStatus()).isEqualTo(422);
        assertThat(rounds()).isEqualTo(before + 1);
    }

    /** A score or a rating posted twice with its one-time key (a retry) is saved once; the second answer shows it. */
    @Test
    void aScoreAndARatingPostedTwiceWithTheirKeyAreSavedOnce() throws Exception {
        long id = f.open(rounds, 30).getId();
        String a1 = "/evaluations/" + id + "/groups/" + f.team.groupA1;
        String key = java.util.UUID.randomUUID().toString();
        MvcResult first = send(post(a1 + "/score").param("score", "81").param("formKey", key), f.reviewer1);
        assertThat(first.getResponse().getStatus()).isEqualTo(302);
        MvcResult again = send(post(a1 + "/score").param("score", "81").param("formKey", key), f.reviewer1);
        assertThat(again.getResponse().getStatus()).as("not a 409 for the stale second tab").isEqualTo(302);
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(again.getFlashMap().get("success")).isEqualTo("flash.form.alreadySaved");
        MvcResult other = send(post("/evaluations/" + id + "/groups/" + f.team.groupA2 + "/score").param("score", "75")
                .param("formKey", java.util.UUID.randomUUID().toString()), f.reviewer1);
        assertThat(other.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from evaluation_score where round_id = ?", Long.class, id))
                .isEqualTo(2);

        String rating = "/evaluations/" + id + "/ratings/" + f.team.groupA1;
        String ratingKey = java.util.UUID.randomUUID().toString();
        MvcResult rated = send(post(rating).param("rating", "5").param("formKey", ratingKey), f.secretaryV1);
        assertThat(rated.getResponse().getStatus()).isEqualTo(302);
        MvcResult ratedAgain = send(post(rating).param("rating", "5").param("formKey", ratingKey), f.secretaryV1);
        assertThat(ratedAgain.getResponse().getRedirectedUrl()).isEqualTo(rated.getResponse().getRedirectedUrl());
        assertThat(ratedAgain.getFlashMap().get("success")).isEqualTo("flash.form.alreadySaved");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_rating where round_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void badScoresComeBackWithTheMessageAndWhatWasTyped() throws Exception {
        EvaluationRound round = f.open(rounds, 30);
        long id = round.getId();
        String a1 = "/evaluations/" + id + "/groups/" + f.team.groupA1;
        MvcResult high = send(post(a1 + "/score").param("score", "150").param("comment", "很好的组"), f.reviewer1);
        assertThat(high.getResponse().getStatus()).isEqualTo(422);
        assertThat(high.getResponse().getContentAsString()).contains("评分应为 0 至 100 之间的数", "value=\"150\"",
                "很好的组");
        MvcResult word = send(post(a1 + "/score").param("score", "优"), f.reviewer1);
        assertThat(word.getResponse().getStatus()).isEqualTo(422);
        long outside = jdbc.queryForObject("select min(id) from unit where kind = 'GROUP' and id not in (?, ?, ?)",
                Long.class, f.team.groupA1, f.team.groupA2, f.team.groupB1);
        MvcResult notIn = send(post("/evaluations/" + id + "/groups/" + outside + "/score").param("score", "80"),
                f.reviewer1);
        assertThat(notIn.getResponse().getStatus()).isEqualTo(422);
        assertThat(notIn.getResponse().getContentAsString()).contains("该小组不在本轮考核中");
        MvcResult noReason = send(post(a1 + "/grade").param("version", "0").param("grade", "EXCELLENT"), f.admin);
        assertThat(noReason.getResponse().getStatus()).isEqualTo(422);
        assertThat(noReason.getResponse().getContentAsString()).contains("与系统建议不同的等次需要填写调整理由");
        MvcResult notGrade = send(post(a1 + "/grade").param("version", "0").param("grade", "SUPER"), f.admin);
        assertThat(notGrade.getResponse().getContentAsString()).contains("该等次不在本轮考核的等次中");
        MvcResult rating = send(post("/evaluations/" + id + "/ratings/" + f.team.groupA1).param("rating", "9")
                .param("comment", "满意"), f.secretaryV1);
        assertThat(rating.getResponse().getStatus()).isEqualTo(422);
        assertThat(rating.getResponse().getContentAsString()).contains("请选择 1 至 5 分", "满意");
        assertThat(jdbc.queryForObject("select count(*) from evaluation_score where round_id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from evaluation_rating where round_id = ?", Long.class, id))
                .isZero();

        // a good score, then a stale second tab: 409 with the typed score kept
        assertThat(send(post(a1 + "/score").param("score", "88.5"), f.reviewer1).getResponse().getStatus())
                .isEqualTo(302);
        MvcResult stale = send(post(a1 + "/score").param("score", "70"), f.reviewer1);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("value=\"70\"", "此记录已被他人修改");
        assertThat(jdbc.queryForObject("select score from evaluation_score where round_id = ?",
                java.math.BigDecimal.class, id)).isEqualByComparingTo("88.5");
    }

    @Test
    void publishingOverTheQuotaSaysSoThenThePublishedResultsShowEverywhere() throws Exception {
        EvaluationRound round = f.open(rounds, 34);
        long id = round.getId();
        String a1 = "/evaluations/" + id + "/groups/" + f.team.groupA1;
        assertThat(send(post(a1 + "/self").param("version", "0").param("achievements", "引进项目两个")
                .param("problems", "培训未确认").param("nextYear", "扩大销售"), f.leaderA1).getResponse().getStatus())
                .isEqualTo(302);
        assertThat(send(post("/evaluations/" + id + "/ratings/" + f.team.groupA1).param("rating", "5"),
                f.secretaryV1).getResponse().getStatus()).isEqualTo(302);
        assertThat(send(post("/evaluations/" + id + "/propose").param("version", String.valueOf(
                reading.view(f.admin, id).round().getVersion())), f.admin).getResponse().getStatus())
                .isEqualTo(302);
        for (long group : new long[] {f.team.groupA1, f.team.groupB1}) {
            long version = reading.entry(f.admin, id, group).entry().getVersion();
            assertThat(send(post("/evaluations/" + id + "/groups/" + group + "/grade").param("version",
                    String.valueOf(version)).param("grade", "EXCELLENT").param("reason", "成效突出"), f.admin)
                    .getResponse().getStatus()).isEqualTo(302);
        }
        long version = reading.view(f.admin, id).round().getVersion();
        MvcResult over = send(post("/evaluations/" + id + "/publish").param("version", String.valueOf(version)),
                f.admin);
        String after = mvc.perform(get("/evaluations/" + id).with(as(f.admin))
                .flashAttrs(over.getFlashMap())).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("最高等次的小组有 2 个，超过名额 1 个（34%），不能发布");
        assertThat(reading.view(f.admin, id).round().isOpen()).isTrue();

        long b1 = reading.entry(f.admin, id, f.team.groupB1).entry().getVersion();
        send(post("/evaluations/" + id + "/groups/" + f.team.groupB1 + "/grade").param("version", String.valueOf(b1))
                .param("grade", "COMPETENT").param("reason", "名额"), f.admin);
        var other = reading.entry(f.admin, id, f.team.groupA1).members().stream()
                .filter(m -> !m.row().getMember().getName().equals(f.team.leaderName)).findFirst().orElseThrow().row();
        send(post("/evaluations/" + id + "/members/" + other.getId() + "/grade").param("groupId",
                String.valueOf(f.team.groupA1)).param("version", String.valueOf(other.getVersion()))
                .param("grade", "COMPETENT").param("reason", "到岗时间短"), f.admin);
        send(post("/evaluations/" + id + "/publish").param("version", String.valueOf(version)), f.admin);
        assertThat(reading.view(f.admin, id).round().isPublished()).isTrue();

        // the group's leader reads its grade; the export has every group's
        assertThat(send(get(a1), f.leaderA1).getResponse().getContentAsString()).contains("优秀", "引进项目两个");
        MvcResult export = send(get("/evaluations/" + id + "/export"), f.admin);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(export.getResponse()
                .getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(
                    jdbc.queryForObject("select name from unit where id = ?", String.class, f.team.groupA1));
            assertThat(sheet.getRow(1).getCell(sheet.getRow(0).getLastCellNum() - 1).getStringCellValue())
                    .isEqualTo("优秀");
        }
        assertThat(send(get("/evaluations/" + id + "/export"), f.leaderA1).getResponse().getStatus()).isEqualTo(403);
        // the printable results: every group on one page, the grades given
        String printed = send(get("/evaluations/" + id + "/results"), f.admin).getResponse().getContentAsString();
        assertThat(printed).contains("考核结果", "优秀", "合格").contains(
                jdbc.queryForObject("select name from unit where id = ?", String.class, f.team.groupB1));
        assertThat(send(get("/evaluations/" + id + "/results"), f.leaderA1).getResponse().getStatus())
                .isEqualTo(403);
        // the group's page and the leader's page show the grade by year, the leader marked to promote first
        assertThat(send(get("/units/" + f.team.groupA1), f.admin).getResponse().getContentAsString())
                .contains("历年考核", round.getName(), "优秀");
        long leaderId = jdbc.queryForObject("select id from member where name = ?", Long.class, f.team.leaderName);
        assertThat(send(get("/members/" + leaderId), f.admin).getResponse().getContentAsString())
                .contains("2025 年度优秀 · 优先提拔使用");
        assertThat(send(get("/members/" + other.getMember().getId()), f.admin).getResponse().getContentAsString())
                .doesNotContain("优先提拔使用").contains("合格");
        assertThat(send(get("/evaluations/" + id + "/commendation"), f.admin).getResponse().getContentAsString())
                .contains(f.team.leaderName).doesNotContain(other.getMember().getName());
        // the trail names who did what
        assertThat(send(get("/evaluations/" + id + "/trail"), f.admin).getResponse().getContentAsString())
                .contains(f.admin.username(), "成效突出", "到岗时间短");
        // locked: a late score is refused with the message
        MvcResult late = send(post(a1 + "/score").param("score", "60"), f.reviewer1);
        assertThat(late.getResponse().getStatus()).isEqualTo(422);
        assertThat(late.getResponse().getContentAsString()).contains("考核结果已发布并锁定");
    }
}
