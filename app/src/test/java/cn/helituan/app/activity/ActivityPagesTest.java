package cn.helituan.app.activity;

import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Pages;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The activity log as the users live it: a group leader logs a visit to their village from the form, the village's
 * first secretary confirms or disputes it, the leader edits it (back to reported) or withdraws it with a reason; bad
 * input is refused on the field with nothing written; nobody outside the group or the village sees or changes it.
 */
class ActivityPagesTest extends ActivityTestBase {



    private long shimen;
    private long teaMember;

    @BeforeEach
    void ids() {
        shimen = jdbc.queryForObject("select id from assisted_object where code = 'DEMO-002'", Long.class);
        teaMember = jdbc.queryForObject("""
                select s.member_id from membership s where s.unit_id = ? and s.left_on is null
                order by s.member_id limit 1""", Long.class, tea);
    }

    /** The activity form as a leader fills it in; {@code more} replaces or adds fields. */
    private MockHttpServletRequestBuilder form(String url, String title, Map<String, String> more) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("groupId", String.valueOf(tea));
        fields.put("typeId", String.valueOf(visitType));
        fields.put("occurredOn", LocalDate.now(cn.helituan.app.support.TestClock.ZONE).minusDays(1).toString());
        fields.put("title", title);
        fields.put("place", "青山村村委会");
        fields.put("objectIds", String.valueOf(qingshan));
        fields.put("memberIds", String.valueOf(teaMember));
        fields.put("otherParticipants", "2");
        fields.put("beneficiaries", "30");
        fields.putAll(more);
        MockHttpServletRequestBuilder request = post(url).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    /**
     * The list is kept as text by its values and language (KeptFragments): a reader whose cookie names a language the
     * messages do not have reads the Chinese text, and the next Chinese reader is not handed a text with the seeded
     * label in place of the name the deployment gave a type.
     */
    @Test
    void aRenamedTypeKeepsItsNameForChineseReadersAfterAReaderInAnotherLanguage() throws Exception {
        String original = jdbc.queryForObject("select name from activity_type where code = 'SKILLS_TRAINING'",
                String.class);
        String renamed = unique("本县技能培训");
        jdbc.update("update activity_type set name = ? where code = 'SKILLS_TRAINING'", renamed);
        try {
            String other = mvc.perform(get("/activities").with(ADMIN)
                            .cookie(new jakarta.servlet.http.Cookie("helituan-lang", "ja")))
                    .andReturn().getResponse().getContentAsString();
            assertThat(org.jsoup.Jsoup.parse(other).select("#type option").eachText()).contains(renamed);
            String chinese = mvc.perform(get("/activities").with(ADMIN)).andReturn().getResponse()
                    .getContentAsString();
            assertThat(org.jsoup.Jsoup.parse(chinese).select("#type option").eachText()).contains(renamed)
                    .doesNotContain("技能培训");
        } finally {
            jdbc.update("update activity_type set name = ? where code = 'SKILLS_TRAINING'", original);
        }
    }

    /** A number starts empty, so typing 30 gives 30 (not 300 after a 0 already there); left empty it counts none. */
    @Test
    void numberFieldsStartEmptyAndAnEmptyOneCountsNobody() throws Exception {
        String page = mvc.perform(get("/activities/new").with(LEADER)).andReturn().getResponse().getContentAsString();
        for (String field : List.of("otherParticipants", "beneficiaries", "fundsSecured")) {
            Matcher input = Pattern.compile("<input[^>]*name=\"" + field + "\"[^>]*>").matcher(page);
            assertThat(input.find()).as("the %s input", field).isTrue();
            assertThat(input.group()).as("the %s input", field).contains("value=\"\"");
        }

        MvcResult saved = mvc.perform(form("/activities/new", unique("不填人数的走访"), Map.of("otherParticipants", ""))
                .with(LEADER)).andReturn();
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select other_participants from activity where id = ?", Integer.class,
                Pages.redirectId(saved))).isZero();
    }

    private long log(String title) throws Exception {
        MvcResult result = mvc.perform(form("/activities/new", title, Map.of()).with(LEADER)).andReturn();
        assertThat(result.getResponse().getStatus()).as("logging " + title).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from activity where id = ?", String.class, id);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
    }

    private MvcResult act(long id, String action, RequestPostProcessor who, String reason) throws Exception {
        MockHttpServletRequestBuilder request = post("/activities/" + id + "/" + action).with(who).with(csrf())
                .param("version", String.valueOf(version(id)));
        if (reason != null) {
            request.param("reason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    private RequestPostProcessor account(String role, Long unitId, Long objectId) {
        return Pages.account(jdbc, role, unitId, objectId);
    }

    @Test
    void aLeaderLogsAVisitAndTheVillageConfirmsItAndAnEditAsksAgain() throws Exception {
        String title = unique("茶园春管调研");
        long id = log(title);
        assertThat(status(id)).isEqualTo("REPORTED");
        assertThat(jdbc.queryForMap("""
                select a.beneficiaries, a.other_participants, a.place, a.created_by, o.status as part
                from activity a join activity_object o on o.activity_id = a.id where a.id = ?""", id))
                .containsEntry("beneficiaries", 30).containsEntry("other_participants", 2)
                .containsEntry("place", "青山村村委会").containsEntry("created_by", "leader")
                .containsEntry("part", "REPORTED");
        assertThat(jdbc.queryForObject("select member_id from activity_member where activity_id = ?", Long.class, id))
                .isEqualTo(teaMember);
        assertThat(page("/activities", LEADER)).contains(title, "已上报");
        assertThat(page("/activities", SECRETARY)).as("the village sees what was logged there").contains(title);

        String forSecretary = page("/activities/" + id, SECRETARY);
        assertThat(forSecretary).contains("id=\"decide\"", "这次活动是否确实在青山村开展").doesNotContain("id=\"edit\"");
        MvcResult confirmed = act(id, "confirm", SECRETARY, null);
        assertThat(new Pages(mvc).follow(confirmed, SECRETARY).getResponse().getContentAsString()).contains("已确认。");
        assertThat(status(id)).isEqualTo("CONFIRMED");
        assertThat(jdbc.queryForObject("select decided_by from activity_object where activity_id = ?", String.class,
                id)).isEqualTo("secretary");

        mvc.perform(form("/activities/" + id + "/edit", title + "（补记）", Map.of("version",
                String.valueOf(version(id)))).with(LEADER));
        assertThat(status(id)).as("an edit after confirmation asks the village again").isEqualTo("REPORTED");
        String history = Pages.after(page("/activities/" + id, LEADER), "id=\"history\"", 4000);
        // who did it, by the person's name (the accounts' display names), not the user name
        assertThat(history).contains(title + "（补记）", "已确认", "青山村第一书记", leaderName())
                .doesNotContain("<span>leader</span>");
        assertThat(history).as("the village's word is named as its own, with its own fields")
                .contains("青山村的确认", "确认状态");
    }

    @Test
    void aDisputeAndAWithdrawalNeedAReasonAndAWithdrawnActivityIsKeptButClosed() throws Exception {
        long id = log(unique("技能培训"));
        MvcResult noReason = act(id, "dispute", SECRETARY, " ");
        assertThat(new Pages(mvc).follow(noReason, SECRETARY).getResponse().getContentAsString())
                .contains("请写明异议原因。");
        assertThat(status(id)).isEqualTo("REPORTED");
        java.util.regex.Matcher toConfirm = java.util.regex.Pattern.compile("id=\"to-confirm-total\"[^>]*>(\\d+)<")
                .matcher(page("/", SECRETARY));
        assertThat(toConfirm.find()).as("the village's start page counts what it has to confirm").isTrue();
        assertThat(Long.parseLong(toConfirm.group(1))).isEqualTo(jdbc.queryForObject("""
                select count(*) from activity a where a.status = 'REPORTED' and exists (select 1 from activity_object p
                where p.activity_id = a.id and p.object_id = ?)""", Long.class, qingshan));
        long disputedBefore = jdbc.queryForObject("select count(*) from activity where status = 'DISPUTED'",
                Long.class);
        act(id, "dispute", SECRETARY, "当天村里没有人见到小组");
        assertThat(status(id)).isEqualTo("DISPUTED");
        assertThat(page("/activities?status=DISPUTED", user("admin").roles("ORG_ADMIN"))).contains("有异议");
        assertThat(page("/", user("admin").roles("ORG_ADMIN"))).as("the organization department's attention list")
                .contains("id=\"disputed-total\"", ">" + (disputedBefore + 1) + "</div>", "有异议的活动");

        MvcResult refused = act(id, "withdraw", LEADER, "");
        assertThat(new Pages(mvc).follow(refused, LEADER).getResponse().getContentAsString()).contains("请写明撤回原因。");
        act(id, "withdraw", LEADER, "日期记错，重新记录");
        assertThat(status(id)).isEqualTo("WITHDRAWN");
        assertThat(jdbc.queryForObject("select count(*) from activity where id = ?", Long.class, id))
                .as("nothing is deleted").isEqualTo(1);
        MvcResult late = act(id, "confirm", SECRETARY, null);
        assertThat(new Pages(mvc).follow(late, SECRETARY).getResponse().getContentAsString())
                .contains("这次活动已撤回");
        assertThat(status(id)).isEqualTo("WITHDRAWN");
    }

    @Test
    void badInputIsRefusedOnTheFieldAndNothingIsWritten() throws Exception {
        String title = unique("不该写入");
        long before = jdbc.queryForObject("select count(*) from activity", Long.class);
        mvc.perform(form("/activities/new", title, Map.of("occurredOn", LocalDate.now(cn.helituan.app.support.TestClock.ZONE).plusDays(1).toString()))
                .with(LEADER)).andExpect(model().attributeHasFieldErrorCode("activityForm", "occurredOn",
                "activity.occurredOn.future"));
        mvc.perform(form("/activities/new", title, Map.of("objectIds", String.valueOf(shimen))).with(LEADER))
                .andExpect(model().attributeHasFieldErrorCode("activityForm", "objectIds",
                        "activity.objects.notPaired"));
        mvc.perform(form("/activities/new", title, Map.of("beneficiaries", "-3")).with(LEADER))
                .andExpect(model().attributeHasFieldErrors("activityForm", "beneficiaries"));
        String outlier = mvc.perform(form("/activities/new", title, Map.of("beneficiaries", "300000")).with(LEADER))
                .andExpect(model().attributeHasFieldErrorCode("activityForm", "beneficiaries",
                        "activity.figure.outlier"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outlier).as("the typed input is kept").contains("value=\"300000\"", title);
        assertThat(jdbc.queryForObject("select count(*) from activity", Long.class)).isEqualTo(before);

        MvcResult confirmedOutlier = mvc.perform(form("/activities/new", title,
                Map.of("beneficiaries", "300000", "outliersConfirmed", "true")).with(LEADER)).andReturn();
        assertThat(confirmedOutlier.getResponse().getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select beneficiaries from activity where title = ?", Integer.class, title))
                .isEqualTo(300000);
    }

    @Test
    void aStaleEditIsA409ThatKeepsWhatWasTyped() throws Exception {
        long id = log(unique("座谈交流"));
        long stale = version(id);
        mvc.perform(form("/activities/" + id + "/edit", "第一次修改", Map.of("version", String.valueOf(stale)))
                .with(LEADER));
        MvcResult conflict = mvc.perform(form("/activities/" + id + "/edit", "第二个人的修改",
                Map.of("version", String.valueOf(stale))).with(LEADER)).andReturn();
        assertThat(conflict.getResponse().getStatus()).isEqualTo(409);
        assertThat(conflict.getResponse().getContentAsString()).contains("第二个人的修改", "在您编辑期间");
        assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, id))
                .isEqualTo("第一次修改");
    }

    @Test
    void nobodyOutsideTheGroupOrTheVillageSeesOrChangesAnActivity() throws Exception {
        long id = log(unique("越权探测"));
        String title = jdbc.queryForObject("select title from activity where id = ?", String.class, id);
        long ecommerce = demo.unitId(Demo.ECOMMERCE_GROUP);
        RequestPostProcessor otherLeader = account("GROUP_LEADER", ecommerce, null);
        RequestPostProcessor otherMember = account("MEMBER", ecommerce, null);
        RequestPostProcessor otherSecretary = account("FIRST_SECRETARY", null, shimen);
        long version = version(id);
        for (RequestPostProcessor outsider : List.of(otherLeader, otherMember, otherSecretary)) {
            assertThat(mvc.perform(get("/activities/" + id).with(outsider)).andReturn().getResponse().getStatus())
                    .isEqualTo(404);
            assertThat(mvc.perform(get("/activities/" + id + "/edit").with(outsider)).andReturn().getResponse()
                    .getStatus()).isIn(403, 404);
            assertThat(page("/activities", outsider)).doesNotContain(title);
            for (String action : List.of("confirm", "dispute", "withdraw")) {
                assertThat(mvc.perform(post("/activities/" + id + "/" + action).with(outsider).with(csrf())
                        .param("version", String.valueOf(version)).param("reason", "越权"))
                        .andReturn().getResponse().getStatus()).as(action).isIn(403, 404);
            }
            assertThat(mvc.perform(form("/activities/" + id + "/edit", "越权修改",
                    Map.of("version", String.valueOf(version))).with(outsider)).andReturn().getResponse().getStatus())
                    .isIn(403, 404);
        }
        assertThat(mvc.perform(form("/activities/new", "替别组记录", Map.of()).with(otherLeader)).andReturn()
                .getResponse().getStatus()).as("logging for another group").isIn(403, 404);
        assertThat(mvc.perform(form("/activities/new", "书记不记活动", Map.of()).with(SECRETARY)).andReturn()
                .getResponse().getStatus()).isEqualTo(403);

        // a plain member of the group reads it but may not change the leader's activity
        assertThat(page("/activities/" + id, MEMBER)).contains(title).doesNotContain("id=\"edit\"");
        assertThat(act(id, "withdraw", MEMBER, "不是我记的").getResponse().getStatus()).isEqualTo(403);
        assertThat(act(id, "confirm", MEMBER, null).getResponse().getStatus()).isEqualTo(403);

        assertThat(status(id)).isEqualTo("REPORTED");
        assertThat(version(id)).isEqualTo(version);
        assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, id)).isEqualTo(title);
        assertThat(jdbc.queryForObject("select count(*) from activity where title in ('替别组记录', '书记不记活动')",
                Long.class)).isZero();
    }

    @Test
    void theListAddsUpWhatItsFilterShowsAsReportedAndAsConfirmedAndExportsIt() throws Exception {
        LocalDate day = LocalDate.of(2024, 3, 1).plusDays(ThreadLocalRandom.current().nextInt(300));
        String first = unique("义诊一");
        String second = unique("义诊二");
        for (String title : List.of(first, second)) {
            mvc.perform(form("/activities/new", title, Map.of("occurredOn", day.toString(), "beneficiaries", "30",
                    "patientsSeen", "45")).with(LEADER));
        }
        long confirmedId = jdbc.queryForObject("select id from activity where title = ?", Long.class, first);
        act(confirmedId, "confirm", SECRETARY, null);
        String filter = "?from=" + day + "&to=" + day;
        String list = page("/activities" + filter, LEADER);
        assertThat(list).contains(first, second, "id=\"load-totals\"").doesNotContain("合计（不含已撤回）：");
        String withTotals = page("/activities" + filter + "&totals=true", LEADER);
        assertThat(withTotals).contains("合计（不含已撤回）：2 次活动，其中 1 次已确认");
        assertThat(Pages.after(withTotals, "data-figure=\"PATIENTS_SEEN\"", 300)).contains(">90<", ">45<");
        String fragment = page("/activities/totals" + filter, LEADER);
        assertThat(fragment).as("what the folded section loads").startsWith("<div id=\"totals-table\"")
                .contains("合计（不含已撤回）：2 次活动，其中 1 次已确认");
        assertThat(Pages.after(fragment, "data-figure=\"PATIENTS_SEEN\"", 300)).contains(">90<", ">45<");

        byte[] export = mvc.perform(get("/activities/export" + filter).with(LEADER)).andReturn().getResponse()
                .getContentAsByteArray();
        try (org.apache.poi.ss.usermodel.Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(export))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("活动日期");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            java.util.Set<String> titles = new java.util.HashSet<>();
            for (int r = 1; r <= 2; r++) {
                titles.add(sheet.getRow(r).getCell(2).getStringCellValue());
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue())
                        .isEqualTo(Demo.TEAM + "/" + Demo.INDUSTRY + "/" + Demo.TEA_GROUP);
                assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).as("code and name, as the ledger import reads it")
                        .endsWith(" 青山村");
            }
            assertThat(titles).containsExactlyInAnyOrder(first, second);
        }
        RequestPostProcessor otherSecretary = account("FIRST_SECRETARY", null, shimen);
        assertThat(page("/activities" + filter, otherSecretary)).doesNotContain(first).contains("共 0 次活动");

        String memberPage = page("/members/" + teaMember, user("admin").roles("ORG_ADMIN"));
        assertThat(Pages.after(memberPage, "id=\"member-activities\"", 3000)).contains(first, second);
    }

    @Test
    void aMemberLogsForTheirOwnGroupAndMayEditWhatTheyLogged() throws Exception {
        String title = unique("成员记录");
        MvcResult result = mvc.perform(form("/activities/new", title, Map.of()).with(MEMBER)).andReturn();
        long id = Pages.redirectId(result);
        assertThat(page("/activities/" + id, MEMBER)).contains("id=\"edit\"");
        mvc.perform(form("/activities/" + id + "/edit", title + "改", Map.of("version", String.valueOf(version(id))))
                .with(MEMBER));
        assertThat(jdbc.queryForObject("select title from activity where id = ?", String.class, id))
                .isEqualTo(title + "改");
    }

    /** The group leader's name as the pages show it (the account's display name). */
    private String leaderName() {
        return jdbc.queryForObject("select display_name from account where username = 'leader'", String.class);
    }
}
