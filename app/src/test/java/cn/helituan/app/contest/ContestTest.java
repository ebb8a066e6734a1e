package cn.helituan.app.contest;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Jobs;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Observation contests through the pages, on rounds of the test's own: the industry sub-team's leader organises a
 * town contest over 青山村, 石门村 and the tea company (the places its groups are paired with), five demo accounts
 * judge it (so the highest and lowest totals are dropped), the scores stay hidden until published, the refusals
 * write nothing, and the published ranking is a snapshot later edits do not change.
 */
class ContestTest extends FullStackTest {

    static final RequestPostProcessor SUB_TEAM = user("subteam").roles("SUB_TEAM_LEADER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ORG_ADMIN");
    static final RequestPostProcessor LEADER = user("leader").roles("GROUP_LEADER");
    static final RequestPostProcessor MEMBER = user("member").roles("MEMBER");
    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final List<String> JUDGES = List.of("admin", "subteam", "reviewer", "leader", "member");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;

    static RequestPostProcessor as(String username) {
        return switch (username) {
            case "admin" -> ADMIN;
            case "subteam" -> SUB_TEAM;
            case "leader" -> LEADER;
            case "member" -> MEMBER;
            default -> REVIEWER;
        };
    }

    MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor who, String... params)
            throws Exception {
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(who).with(csrf())).andReturn();
    }

    String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    long objectId(String name) {
        return jdbc.queryForObject("select id from assisted_object where name = ?", Long.class, name);
    }

    /** A town round of the industry sub-team with the default criteria, opened through the form. */
    long round(String title) throws Exception {
        MvcResult created = send(post("/contests/new"), SUB_TEAM, "level", "TOWN", "year", "2026", "quarter", "2",
                "unitId", String.valueOf(demo.unitId(Demo.INDUSTRY)), "title", title, "theme", "产业振兴",
                "scaleMax", "10",
                "criteria[0].name", "特色亮点", "criteria[0].weight", "3",
                "criteria[1].name", "工作成效", "criteria[1].weight", "4",
                "criteria[2].name", "存在问题", "criteria[2].weight", "1", "criteria[2].deduction", "true",
                "criteria[3].name", "群众评价", "criteria[3].weight", "3");
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/contests/");
        return jdbc.queryForObject("select id from contest_round where title = ?", Long.class, title);
    }

    long addStop(long round, String village, String day) throws Exception {
        MvcResult added = send(post("/contests/" + round + "/stops"), SUB_TEAM, "objectId",
                String.valueOf(objectId(village)), "visitOn", day);
        assertThat(added.getFlashMap().get("success")).isEqualTo("flash.saved");
        return jdbc.queryForObject("select id from contest_stop where round_id = ? and object_id = ?", Long.class,
                round, objectId(village));
    }

    List<Long> criteria(long round) {
        return jdbc.queryForList("select id from contest_criterion where round_id = ? and not removed order by position",
                Long.class, round);
    }

    MvcResult score(String judge, long round, long stop, int a, int b, int c, int d, String comment)
            throws Exception {
        List<Long> ids = criteria(round);
        return send(post("/contests/" + round + "/stops/" + stop + "/score"), as(judge),
                "scores[" + ids.get(0) + "]", String.valueOf(a), "scores[" + ids.get(1) + "]", String.valueOf(b),
                "scores[" + ids.get(2) + "]", String.valueOf(c), "scores[" + ids.get(3) + "]", String.valueOf(d),
                "comment", comment);
    }

    long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** The round with its three stops and five judges. */
    record Fixture(long round, long qingshan, long shimen, long company) {
    }

    Fixture fixture(String title) throws Exception {
        long round = round(title);
        long qingshan = addStop(round, "青山村", "2026-05-10");
        long shimen = addStop(round, "石门村", "2026-05-10");
        long company = addStop(round, "绿源茶业有限公司", "2026-05-11");
        for (String judge : JUDGES) {
            assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", judge).getFlashMap()
                    .get("success")).isEqualTo("flash.saved");
        }
        return new Fixture(round, qingshan, shimen, company);
    }

    @Test
    void theRankingIsTheTrimmedMeanOfFiveJudgesWithTiesSharingARankAndIsFrozenWhenPublished() throws Exception {
        Fixture f = fixture(unique("排名擂台"));
        // 青山村: 88, 78, 100, 67, 83 — without 100 and 67: 83.00 (the plain mean would be 83.20)
        int[][] qingshan = {{9, 9, 2, 9}, {8, 8, 2, 8}, {10, 10, 0, 10}, {7, 7, 3, 7}, {8, 9, 1, 8}};
        for (int j = 0; j < JUDGES.size(); j++) {
            int[] m = qingshan[j];
            assertThat(score(JUDGES.get(j), f.round(), f.qingshan(), m[0], m[1], m[2], m[3], "评语" + j)
                    .getFlashMap().get("success")).isEqualTo("flash.contest.scored");
            // 石门村: 83 from every judge; the company: 45 from every judge
            score(JUDGES.get(j), f.round(), f.shimen(), 8, 9, 1, 8, "石门村评语" + j);
            score(JUDGES.get(j), f.round(), f.company(), 5, 5, 5, 5, "企业评语" + j);
        }
        // a judge changes their mind before publication: the sheet is updated, not doubled
        score("member", f.round(), f.company(), 5, 5, 5, 5, "企业评语改");
        assertThat(jdbc.queryForObject("""
                select count(*) from contest_sheet s join contest_stop p on p.id = s.stop_id where p.round_id = ?""",
                Long.class, f.round())).isEqualTo(15);

        String version = jdbc.queryForObject("select version::text from contest_round where id = ?", String.class,
                f.round());
        MvcResult published = send(post("/contests/" + f.round() + "/publish"), SUB_TEAM, "version", version);
        assertThat(published.getResponse().getRedirectedUrl()).isEqualTo("/contests/" + f.round() + "/ranking");
        List<Map<String, Object>> ranking = jdbc.queryForList("""
                select stop_name, rank, total::text as total, judges, trimmed from contest_result
                where round_id = ? order by rank, position""", f.round());
        assertThat(ranking).extracting(r -> r.get("stop_name")).containsExactly("青山村", "石门村", "绿源茶业有限公司");
        assertThat(ranking).extracting(r -> r.get("rank")).containsExactly(1, 1, 3);
        assertThat(ranking).extracting(r -> r.get("total")).containsExactly("83.00", "83.00", "45.00");
        assertThat(ranking).allSatisfy(r -> assertThat(r.get("trimmed")).isEqualTo(true));

        String page = page("/contests/" + f.round() + "/ranking", MEMBER);
        assertThat(page).contains("去掉一个最高分和一个最低分", "第 1 名", "第 3 名", "83.00", "45.00",
                "id=\"print-ranking\"", "data-print");
        // published: every reader sees each judge's sheet
        assertThat(page("/contests/" + f.round() + "/stops/" + f.qingshan(), LEADER)).contains("评语0", "评语3");

        // a presenter added after publication is refused (the ranking names its presenters, and a later one would
        // become a year-end candidate it never had); the snapshot stays
        MvcResult latePresenter = send(post("/contests/" + f.round() + "/stops/" + f.qingshan() + "/presenters"),
                SUB_TEAM, "name", "后加的人");
        assertThat(latePresenter.getFlashMap().get("failure")).isEqualTo("contest.published.locked");
        assertThat(jdbc.queryForObject("select count(*) from contest_presenter where stop_id = ?", Long.class,
                f.qingshan())).isZero();
        assertThat(jdbc.queryForObject("select presenters from contest_result where stop_id = ?", String.class,
                f.qingshan())).isNull();
        assertThat(page("/contests/" + f.round() + "/ranking", ADMIN)).doesNotContain("后加的人");
        // and the database refuses to change the snapshot or a score whatever code runs
        assertThatThrownBy(() -> jdbc.update("update contest_result set rank = 2 where stop_id = ?", f.qingshan()))
                .hasMessageContaining("snapshot");
        assertThatThrownBy(() -> jdbc.update("""
                update contest_score set score = 1 where sheet_id in (select id from contest_sheet where stop_id = ?)""",
                f.qingshan())).hasMessageContaining("published");

        // scoring after publication: refused with the message, nothing written
        long scores = count("contest_score");
        MvcResult late = score("leader", f.round(), f.qingshan(), 1, 1, 1, 1, "晚了");
        assertThat(late.getResponse().getStatus()).isEqualTo(422);
        assertThat(late.getResponse().getContentAsString()).contains("已发布排名，评分和点位不能再修改");
        assertThat(count("contest_score")).isEqualTo(scores);
        // publishing twice is refused
        assertThat(send(post("/contests/" + f.round() + "/publish"), SUB_TEAM, "version", version)
                .getFlashMap().get("failure")).isNotNull();
    }

    static byte[] jpeg() throws Exception {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void theOrganiserAddsAStopsPhotosAndEveryReaderSeesThemButAJudgeDoesNotAdd() throws Exception {
        Fixture f = fixture(unique("照片擂台"));
        String stopPath = "/contest-stops/" + f.qingshan() + "/photos";
        MvcResult added = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart(stopPath).file(new org.springframework.mock.web.MockMultipartFile("photos", "现场.jpg",
                        "image/jpeg", jpeg())).with(SUB_TEAM).with(csrf())).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/contest-stops/" + f.qingshan() + "#photos");
        long photo = jdbc.queryForObject("select id from contest_stop_photo where stop_id = ?", Long.class,
                f.qingshan());
        assertThat(page("/contests/" + f.round() + "/stops/" + f.qingshan(), MEMBER))
                .contains(stopPath + "/" + photo + "?thumbnail=true");
        Jobs.awaitThumbnail(jdbc, "contest_stop_photo", photo);
        assertThat(mvc.perform(get(stopPath + "/" + photo + "?thumbnail=true").with(LEADER)).andReturn()
                .getResponse().getContentType()).isEqualTo("image/jpeg");
        MvcResult byJudge = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart(stopPath).file(new org.springframework.mock.web.MockMultipartFile("photos", "评委.jpg",
                        "image/jpeg", jpeg())).with(LEADER).with(csrf())).andReturn();
        assertThat(byJudge.getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from contest_stop_photo where stop_id = ?", Long.class,
                f.qingshan())).isEqualTo(1);
    }

    @Test
    void aJudgeSeesOnlyTheirOwnScoresUntilPublished() throws Exception {
        Fixture f = fixture(unique("保密擂台"));
        score("leader", f.round(), f.qingshan(), 9, 9, 2, 9, "组长的秘密评语");
        String own = page("/contests/" + f.round() + "/stops/" + f.qingshan(), LEADER);
        assertThat(own).contains("组长的秘密评语", "value=\"9\"");
        String other = page("/contests/" + f.round() + "/stops/" + f.qingshan(), MEMBER);
        assertThat(other).doesNotContain("组长的秘密评语").doesNotContain("value=\"9\"");
        // the organiser sees how many have scored, not what
        String organiser = page("/contests/" + f.round() + "/stops/" + f.qingshan(), SUB_TEAM);
        assertThat(organiser).doesNotContain("组长的秘密评语");
        assertThat(page("/contests/" + f.round(), SUB_TEAM)).contains("已评 1/5 位评委").doesNotContain("组长的秘密评语")
                .doesNotContain("我已评分");
        // the judge who scored sees their mark on the round's page
        assertThat(page("/contests/" + f.round(), LEADER)).contains("已评 1/5 位评委", "我已评分");
        // no ranking before publication
        assertThat(mvc.perform(get("/contests/" + f.round() + "/ranking").with(SUB_TEAM)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void badScoresAreRefusedWithTheirMessageAndNothingIsWritten() throws Exception {
        Fixture f = fixture(unique("拒绝擂台"));
        long before = count("contest_score");
        long sheets = count("contest_sheet");

        MvcResult outside = score("leader", f.round(), f.qingshan(), 11, 9, 2, 9, "超出");
        assertThat(outside.getResponse().getStatus()).isEqualTo(422);
        assertThat(outside.getResponse().getContentAsString()).contains("“特色亮点”的得分须在 0 至 10 分之间");
        MvcResult negative = score("leader", f.round(), f.qingshan(), 9, 9, -1, 9, "负分");
        assertThat(negative.getResponse().getContentAsString()).contains("“存在问题”的得分须在 0 至 10 分之间");
        List<Long> ids = criteria(f.round());
        MvcResult missing = send(post("/contests/" + f.round() + "/stops/" + f.qingshan() + "/score"), LEADER,
                "scores[" + ids.get(0) + "]", "5");
        assertThat(missing.getResponse().getContentAsString()).contains("请给“工作成效”打分");
        MvcResult unreadable = send(post("/contests/" + f.round() + "/stops/" + f.qingshan() + "/score"), LEADER,
                "scores[" + ids.get(0) + "]", "abc");
        assertThat(unreadable.getResponse().getStatus()).isEqualTo(422);
        assertThat(unreadable.getResponse().getContentAsString()).contains("评分应为数字");

        // a stop of another round (the demo's published town round)
        long otherStop = jdbc.queryForObject("""
                select min(p.id) from contest_stop p join contest_round r on r.id = p.round_id
                where r.id <> ? and r.status = 'OPEN'""", Long.class, f.round());
        MvcResult other = score("leader", f.round(), otherStop, 5, 5, 1, 5, "别的擂台");
        assertThat(other.getFlashMap().get("failure")).isEqualTo("contest.score.otherRound");
        assertThat(other.getResponse().getRedirectedUrl()).isEqualTo("/contests/" + f.round());

        // a reader who is not a judge: a round without the reviewer, read by the reviewer (their team holds it)
        long round = round(unique("无评审擂台"));
        long stop = addStop(round, "青山村", "2026-05-12");
        MvcResult notJudge = score("reviewer", round, stop, 5, 5, 1, 5, "不是评委");
        assertThat(notJudge.getResponse().getStatus()).isEqualTo(422);
        assertThat(notJudge.getResponse().getContentAsString()).contains("您不是本轮擂台的评委");

        assertThat(count("contest_score")).isEqualTo(before);
        assertThat(count("contest_sheet")).isEqualTo(sheets);
    }

    @Test
    void theOrganiserWorksWithinTheirScope() throws Exception {
        String title = unique("范围擂台");
        // a county round needs a team: the sub-team leader's form is refused on the unit
        MvcResult county = send(post("/contests/new"), SUB_TEAM, "level", "COUNTY", "year", "2026", "quarter", "2",
                "unitId", String.valueOf(demo.unitId(Demo.TEAM)), "title", title, "theme", "产业", "scaleMax", "10",
                "criteria[0].name", "特色亮点", "criteria[0].weight", "3");
        assertThat(county.getResponse().getContentAsString()).contains("组织单位须在您的范围内");
        // a town round of another sub-team: refused the same way
        MvcResult welfare = send(post("/contests/new"), SUB_TEAM, "level", "TOWN", "year", "2026", "quarter", "2",
                "unitId", String.valueOf(demo.unitId(Demo.WELFARE)), "title", title, "theme", "产业", "scaleMax", "10",
                "criteria[0].name", "特色亮点", "criteria[0].weight", "3");
        assertThat(welfare.getResponse().getContentAsString()).contains("组织单位须在您的范围内");
        assertThat(jdbc.queryForObject("select count(*) from contest_round where title = ?", Long.class, title))
                .isZero();

        long round = round(title);
        // 柳河社区 is paired with the welfare sub-team's medical group only
        MvcResult outside = send(post("/contests/" + round + "/stops"), SUB_TEAM, "objectId",
                String.valueOf(objectId("柳河社区")), "visitOn", "2026-05-01");
        assertThat(outside.getFlashMap().get("failure")).isEqualTo("contest.stop.object");
        MvcResult noDay = send(post("/contests/" + round + "/stops"), SUB_TEAM, "objectId",
                String.valueOf(objectId("青山村")));
        assertThat(noDay.getFlashMap().get("failure")).isEqualTo("contest.stop.visitOn");
        MvcResult secretaryJudge = send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", "secretary");
        assertThat(secretaryJudge.getFlashMap().get("failure")).isEqualTo("contest.judge.unknown");
        assertThat(jdbc.queryForObject("select count(*) from contest_stop where round_id = ?", Long.class, round))
                .isZero();
        // the round's page with its trail; the group leader under the sub-team does not read it before publication
        assertThat(page("/contests/" + round, SUB_TEAM)).contains(title, "修改记录", "特色亮点");
        assertThat(mvc.perform(get("/contests/" + round).with(LEADER)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(page("/contests", LEADER)).doesNotContain(title);
        assertThat(page("/contests", SUB_TEAM)).contains(title);
        // criteria can change until somebody scores
        MvcResult edited = send(post("/contests/" + round + "/edit"), SUB_TEAM, "level", "TOWN", "year", "2026",
                "quarter", "2", "unitId", String.valueOf(demo.unitId(Demo.INDUSTRY)), "title", title, "theme",
                "产业振兴", "secondTheme", "村集体经济", "scaleMax", "10", "version", "0",
                "criteria[0].name", "特色亮点", "criteria[0].weight", "5");
        assertThat(edited.getResponse().getRedirectedUrl()).isEqualTo("/contests/" + round);
        assertThat(criteria(round)).hasSize(1);
        assertThat(page("/contests/" + round, SUB_TEAM)).contains("村集体经济", "特色亮点 ×5");
        // a stale edit keeps the input and answers 409
        MvcResult stale = send(post("/contests/" + round + "/edit"), SUB_TEAM, "level", "TOWN", "year", "2026",
                "quarter", "2", "unitId", String.valueOf(demo.unitId(Demo.INDUSTRY)), "title", title, "theme",
                "过期的主题", "scaleMax", "10", "version", "0", "criteria[0].name", "特色亮点", "criteria[0].weight", "5");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("过期的主题");
    }

    @Test
    void aJudgeIsNamedFromTheOrganisersScopeAndAnOutsiderGetsTheAnswerOfAnUnknownName() throws Exception {
        long round = round(unique("评委范围擂台"));
        // the welfare sub-team's leader is outside the industry sub-team: the same answer as a made-up name
        String outsider = unique("welfare-leader");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id,
                                     must_change_password, created_at)
                values (?, 'x', ?, 'SUB_TEAM_LEADER', ?, false, now())""", outsider, outsider,
                demo.unitId(Demo.WELFARE));
        assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", outsider).getFlashMap()
                .get("failure")).isEqualTo("contest.judge.unknown");
        assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", "nobody-such").getFlashMap()
                .get("failure")).isEqualTo("contest.judge.unknown");
        assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", "auditor").getFlashMap()
                .get("failure")).isEqualTo("contest.judge.unknown");
        assertThat(jdbc.queryForObject("select count(*) from contest_judge where round_id = ?", Long.class, round))
                .isZero();
        // the department's staff (an org admin, the team's reviewer) and a group leader of the sub-team are named
        assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", "admin").getFlashMap()
                .get("success")).isEqualTo("flash.saved");
        assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", "reviewer").getFlashMap()
                .get("success")).isEqualTo("flash.saved");
        assertThat(send(post("/contests/" + round + "/judges"), SUB_TEAM, "username", "leader").getFlashMap()
                .get("success")).isEqualTo("flash.saved");
    }

    @Test
    void aStaleOrTooLongCommentIsRefusedOnTheStopsPageWithTheTextKept() throws Exception {
        Fixture f = fixture(unique("点评擂台"));
        String url = "/contests/" + f.round() + "/stops/" + f.qingshan() + "/comment";
        MvcResult first = send(post(url), SUB_TEAM, "version", "0", "comment", "亮点突出");
        assertThat(first.getResponse().getRedirectedUrl()).endsWith("#organiser-comment");
        // a second organiser's page was opened before: its text comes back with 409, nothing overwritten
        MvcResult stale = send(post(url), SUB_TEAM, "version", "0", "comment", "另一位组织者的点评");
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(stale.getResponse().getContentAsString()).contains("另一位组织者的点评");
        assertThat(jdbc.queryForObject("select organiser_comment from contest_stop where id = ?", String.class,
                f.qingshan())).isEqualTo("亮点突出");
        // too long: the message on the field, the text kept whole, nothing cut and saved
        String longText = "很".repeat(2001);
        MvcResult tooLong = send(post(url), SUB_TEAM, "version", "1", "comment", longText);
        assertThat(tooLong.getResponse().getStatus()).isEqualTo(422);
        assertThat(tooLong.getResponse().getContentAsString()).contains(longText);
        assertThat(jdbc.queryForObject("select organiser_comment from contest_stop where id = ?", String.class,
                f.qingshan())).isEqualTo("亮点突出");
    }

    @Test
    void onceAJudgeHasScoredTheCriteriaAndTheScaleStayAsTheyAre() throws Exception {
        String title = unique("已评擂台");
        Fixture f = fixture(title);
        score("leader", f.round(), f.qingshan(), 9, 9, 2, 9, "已评");
        String version = jdbc.queryForObject("select version::text from contest_round where id = ?", String.class,
                f.round());
        String[] form = {"level", "TOWN", "year", "2026", "quarter", "2", "unitId",
            String.valueOf(demo.unitId(Demo.INDUSTRY)), "title", title, "theme", "产业振兴", "scaleMax", "10",
            "version", version,
            "criteria[0].name", "特色亮点", "criteria[0].weight", "5",
            "criteria[1].name", "工作成效", "criteria[1].weight", "4",
            "criteria[2].name", "存在问题", "criteria[2].weight", "1", "criteria[2].deduction", "true",
            "criteria[3].name", "群众评价", "criteria[3].weight", "3"};
        assertThat(send(post("/contests/" + f.round() + "/edit"), SUB_TEAM, form).getResponse()
                .getContentAsString()).contains("已有评委评分，不能再修改评分细则和分值");
        form[19] = "3";   // the criteria as they are, another scale
        form[13] = "20";
        assertThat(send(post("/contests/" + f.round() + "/edit"), SUB_TEAM, form).getResponse()
                .getContentAsString()).contains("已有评委评分，不能再修改评分细则和分值");
        assertThat(jdbc.queryForList("select weight::int from contest_criterion where round_id = ? and not removed"
                + " order by position", Integer.class, f.round())).containsExactly(3, 4, 1, 3);
        assertThat(jdbc.queryForObject("select scale_max from contest_round where id = ?", Integer.class, f.round()))
                .isEqualTo(10);
    }

    @Test
    void changingOnlyTheCriteriaMakesAnOlderFormStale() throws Exception {
        String title = unique("评分项擂台");
        long round = round(title);
        String[] form = {"level", "TOWN", "year", "2026", "quarter", "2", "unitId",
            String.valueOf(demo.unitId(Demo.INDUSTRY)), "title", title, "theme", "产业振兴", "scaleMax", "10",
            "version", "0", "criteria[0].name", "特色亮点", "criteria[0].weight", "5"};
        assertThat(send(post("/contests/" + round + "/edit"), SUB_TEAM, form).getResponse().getRedirectedUrl())
                .isEqualTo("/contests/" + round);
        // the same form (version 0) with other criteria: somebody changed the criteria since it was opened
        form[form.length - 1] = "2";
        MvcResult stale = send(post("/contests/" + round + "/edit"), SUB_TEAM, form);
        assertThat(stale.getResponse().getStatus()).isEqualTo(409);
        assertThat(jdbc.queryForObject("select weight::int from contest_criterion where round_id = ? and not removed",
                Integer.class, round)).isEqualTo(5);
    }

    @Test
    void theAttendanceIsRecordedByTheOrganiserWithinItsRange() throws Exception {
        long round = round(unique("人次擂台"));
        MvcResult tooMany = send(post("/contests/" + round + "/attendance"), SUB_TEAM, "version", "0",
                "attendance", "100001");
        assertThat(tooMany.getFlashMap().get("failure")).isEqualTo("contest.attendance.range");
        MvcResult byJudge = send(post("/contests/" + round + "/attendance"), LEADER, "version", "0",
                "attendance", "5");
        assertThat(byJudge.getResponse().getStatus()).isIn(403, 404);
        assertThat(jdbc.queryForObject("select attendance from contest_round where id = ?", Integer.class, round))
                .isNull();
        assertThat(send(post("/contests/" + round + "/attendance"), SUB_TEAM, "version", "0", "attendance", "86")
                .getFlashMap().get("success")).isEqualTo("flash.saved");
        assertThat(page("/contests/" + round, SUB_TEAM)).contains("86 人次");
    }

    @Test
    void stopsAreNumberedOneAfterAnotherAndTheDatabaseRefusesTwoAlike() throws Exception {
        Fixture f = fixture(unique("顺序擂台"));
        assertThat(jdbc.queryForList("select position from contest_stop where round_id = ? order by position",
                Integer.class, f.round())).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> jdbc.update("update contest_stop set position = 1 where id = ?", f.shimen()))
                .hasMessageContaining("contest_stop_position_uq");
    }
}
