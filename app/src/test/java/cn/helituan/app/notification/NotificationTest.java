package cn.helituan.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.app.dashboard.DashboardFixture;
import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.RuleViolation;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.member.MemberService;
import cn.helituan.domain.notification.MonthlyNotification;
import cn.helituan.domain.notification.NotificationLine;
import cn.helituan.domain.notification.NotificationService;
import cn.helituan.domain.notification.NotificationService.NotificationView;
import cn.helituan.domain.notification.NotificationStatus;
import cn.helituan.domain.notification.RankingFactor;
import cn.helituan.domain.team.UnitService;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly notification of {@link DashboardFixture}'s team for March 2025, worked out by hand: group A1 logged a1
 * (confirmed: 1,000,000 yuan, 2 projects) and a2 (reported: 3 trainings, 120 people, not confirmed yet); A2 and B1
 * logged nothing. With the default weights (activities 30, funds 15, projects 10, …) A1 scores 100 × (30 + 15 + 10)
 * ÷ 100 = 55.00, the others 0.00 and share rank 2. Published, it never changes.
 */
class NotificationTest extends FullStackTest {

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Autowired
    NotificationService notifications;
    @Autowired
    UnitService units;
    @Autowired
    MemberService members;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    MockMvc mvc;

    DashboardFixture f;
    Scope teamAdmin;

    @BeforeEach
    void fixture() {
        f = new DashboardFixture(units, members, jdbc, tx);
        teamAdmin = scope(Role.ORG_ADMIN, f.team);
    }

    private Scope scope(Role role, long unit) {
        return new Scope(null, "notice-test", role, unit,
                jdbc.queryForObject("select path from unit where id = ?", String.class, unit), null, null);
    }

    @Test
    void theMonthIsCountedRankedAndHighlightedAsWorkedOutByHand() {
        MonthlyNotification made = notifications.generate(teamAdmin, MARCH);
        NotificationView v = notifications.view(teamAdmin, made.getId());
        assertThat(v.notification().getGroups()).isEqualTo(3);
        assertThat(v.notification().getReported()).isEqualTo(2);
        assertThat(v.notification().getConfirmed()).isEqualTo(1);
        assertThat(v.notification().getSilent()).isEqualTo(2);

        assertThat(v.subTeams()).extracting(NotificationLine::getUnitId).containsExactly(f.subA, f.subB);
        assertThat(v.subTeams().get(0).getReported()).isEqualTo(2);
        assertThat(v.subTeams().get(0).getConfirmed()).isEqualTo(1);
        assertThat(v.subTeams().get(0).value(RankingFactor.FUNDS_SECURED)).isEqualByComparingTo("1000000");
        assertThat(v.subTeams().get(0).value(RankingFactor.PEOPLE_TRAINED)).as("a2 is not confirmed").isZero();

        assertThat(v.groups()).extracting(NotificationLine::getUnitId).startsWith(f.groupA1);
        assertThat(v.groups().get(0).getScore()).isEqualByComparingTo("55.00");
        assertThat(v.groups()).extracting(NotificationLine::getRank).containsExactly(1, 2, 2);
        assertThat(v.groups().get(1).getScore()).isEqualByComparingTo("0");

        assertThat(v.highlights()).extracting(l -> l.getFigure().name() + "=" + l.getValue().stripTrailingZeros()
                .toPlainString()).containsExactly("FUNDS_SECURED=1000000", "PROJECTS_INTRODUCED=2");
        assertThat(v.silent()).extracting(NotificationLine::getUnitId)
                .containsExactlyInAnyOrder(f.groupA2, f.groupB1);
        assertThat(v.weights().get(RankingFactor.ACTIVITIES)).isEqualTo(30);
    }

    @Test
    void aPublishedNotificationIsASnapshotThatNothingChanges() throws Exception {
        MonthlyNotification draft = notifications.generate(teamAdmin, MARCH);
        MonthlyNotification again = notifications.generate(teamAdmin, MARCH);
        assertThat(jdbc.queryForObject("select status from monthly_notification where id = ?", String.class,
                draft.getId())).as("generating again replaces the draft, keeping it").isEqualTo("SUPERSEDED");
        assertThat(status("/notifications/" + draft.getId(), Pages.account(jdbc, "GROUP_LEADER", f.groupA1, null)))
                .as("a replaced draft is still a draft").isEqualTo(404);
        notifications.publish(teamAdmin, again.getId(), again.getVersion());

        // the record changes afterwards: a2 confirmed, a1's funds corrected
        jdbc.update("update activity set status = 'CONFIRMED' where id = ?", f.a2);
        jdbc.update("update activity set funds_secured = 5 where group_id = ? and funds_secured = 1000000",
                f.groupA1);
        NotificationView v = notifications.view(teamAdmin, again.getId());
        assertThat(v.notification().getStatus()).isEqualTo(NotificationStatus.PUBLISHED);
        assertThat(v.notification().getConfirmed()).isEqualTo(1);
        assertThat(v.groups().get(0).getConfirmed()).isEqualTo(1);
        assertThat(v.groups().get(0).value(RankingFactor.FUNDS_SECURED)).isEqualByComparingTo("1000000");
        assertThat(v.groups().get(0).getScore()).isEqualByComparingTo("55.00");

        assertThatThrownBy(() -> notifications.generate(teamAdmin, MARCH)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("notification.month.published"));
        assertThatThrownBy(() -> jdbc.update("update notification_line set confirmed = 9 where notification_id = ?",
                again.getId())).as("the database refuses too").hasMessageContaining("snapshot");
        assertThatThrownBy(() -> jdbc.update("update monthly_notification set reported = 9 where id = ?",
                again.getId())).hasMessageContaining("snapshot");
        assertThatThrownBy(() -> jdbc.update("delete from notification_line where notification_id = ?",
                again.getId())).hasMessageContaining("snapshot");
        assertThatThrownBy(() -> jdbc.update("insert into notification_line (notification_id, kind, position, name)"
                + " values (?, 'SILENT', 999, '补加')", again.getId())).hasMessageContaining("snapshot");
    }

    @Test
    void thePagesGeneratePublishPrintAndExportIt() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", f.team, null);
        MvcResult future = mvc.perform(post("/notifications").with(admin).with(csrf())
                .param("month", YearMonth.now().toString())).andReturn();
        assertThat(future.getResponse().getStatus()).isEqualTo(422);
        assertThat(future.getResponse().getContentAsString()).contains("只能为已经结束的月份生成通报",
                "value=\"" + YearMonth.now() + "\"");
        assertThat(mvc.perform(post("/notifications").with(admin).with(csrf()).param("month", "2025-3x"))
                .andReturn().getResponse().getContentAsString()).contains("月份格式应为 2026-03");

        MvcResult made = mvc.perform(post("/notifications").with(admin).with(csrf()).param("month", "2025-03"))
                .andReturn();
        assertThat(made.getResponse().getStatus()).isEqualTo(302);
        long id = Pages.redirectId(made);
        String page = page("/notifications/" + id, admin);
        assertThat(page).contains("2025 年 3 月", "id=\"publish\"", "55.00", "本月 3 个合力小组共上报帮扶活动 2 次，其中已确认 1 次");
        long version = jdbc.queryForObject("select version from monthly_notification where id = ?", Long.class, id);
        assertThat(mvc.perform(post("/notifications/" + id + "/publish").with(admin).with(csrf())
                .param("version", String.valueOf(version))).andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(page("/notifications/" + id, admin)).contains("已发布").doesNotContain("id=\"publish\"");
        assertThat(page("/notifications", admin)).contains("/notifications/" + id);

        byte[] xlsx = mvc.perform(get("/notifications/" + id + "/export").with(admin)).andReturn().getResponse()
                .getContentAsByteArray();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
            Sheet ranking = workbook.getSheet("小组排名");
            assertThat(ranking.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名次");
            assertThat(ranking.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(55.0);
            assertThat(workbook.getSheet("无活动小组").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void whoReadsAndWhoGenerates() throws Exception {
        MonthlyNotification draft = notifications.generate(teamAdmin, MARCH);
        String url = "/notifications/" + draft.getId();
        RequestPostProcessor subLeader = Pages.account(jdbc, "SUB_TEAM_LEADER", f.subB, null);
        RequestPostProcessor groupLeader = Pages.account(jdbc, "GROUP_LEADER", f.groupA1, null);
        RequestPostProcessor member = Pages.account(jdbc, "MEMBER", f.groupA1, null);
        long demoTeam = jdbc.queryForObject("select min(id) from unit where parent_id is null and id <> ?", Long.class,
                f.team);
        RequestPostProcessor otherAdmin = Pages.account(jdbc, "ORG_ADMIN", demoTeam, null);
        assertThat(status(url, subLeader)).as("a draft is the team admin's").isEqualTo(404);
        assertThat(status(url, groupLeader)).isEqualTo(404);

        notifications.publish(teamAdmin, draft.getId(), draft.getVersion());
        assertThat(status(url, subLeader)).as("published: read inside its scope").isEqualTo(200);
        assertThat(page(url, groupLeader)).contains("55.00");
        assertThat(status(url, member)).isEqualTo(200);
        assertThat(status(url, otherAdmin)).as("another team's admin").isEqualTo(404);
        assertThat(status(url, Pages.account(jdbc, "ORG_ADMIN", null, null))).as("the whole deployment's admin")
                .isEqualTo(200);
        long object = jdbc.queryForObject("select min(id) from assisted_object", Long.class);
        assertThat(status("/notifications", Pages.account(jdbc, "FIRST_SECRETARY", null, object))).isEqualTo(403);

        int before = jdbc.queryForObject("select count(*) from monthly_notification", Integer.class);
        assertThat(mvc.perform(post("/notifications").with(member).with(csrf()).param("month", "2025-07"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/notifications").with(groupLeader).with(csrf()).param("month", "2025-07"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post(url + "/publish").with(subLeader).with(csrf()).param("version", "1"))
                .andReturn().getResponse().getStatus()).isIn(403, 404);
        assertThat(jdbc.queryForObject("select count(*) from monthly_notification", Integer.class)).isEqualTo(before);

        MonthlyNotification subDraft = notifications.generate(scope(Role.SUB_TEAM_LEADER, f.subB), YearMonth.of(2025,
                11));
        NotificationView sub = notifications.view(scope(Role.SUB_TEAM_LEADER, f.subB), subDraft.getId());
        assertThat(sub.groups()).extracting(NotificationLine::getUnitId).containsExactly(f.groupB1);
        assertThat(status("/notifications/" + subDraft.getId(), Pages.account(jdbc, "SUB_TEAM_LEADER", f.subA, null)))
                .as("the other sub-team").isEqualTo(404);
    }

    @Test
    void onlyTheWholeDeploymentsAdminWeighsTheRanking() throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", null, null);
        List<Integer> before = jdbc.queryForList("select weight from ranking_weight order by sort_order",
                Integer.class);
        try {
            MvcResult bad = mvc.perform(weights(admin, "101")).andReturn();
            assertThat(bad.getResponse().getStatus()).isEqualTo(422);
            assertThat(bad.getResponse().getContentAsString()).contains("每项权重应为 0 至 100 的整数", "value=\"101\"");
            assertThat(jdbc.queryForList("select weight from ranking_weight order by sort_order", Integer.class))
                    .isEqualTo(before);
            assertThat(mvc.perform(weights(Pages.account(jdbc, "ORG_ADMIN", f.team, null), "100")).andReturn()
                    .getResponse().getStatus()).as("a team's admin").isEqualTo(403);

            assertThat(mvc.perform(weights(admin, "100")).andReturn().getResponse().getStatus()).isEqualTo(302);
            NotificationView v = notifications.view(teamAdmin, notifications.generate(teamAdmin, MARCH).getId());
            assertThat(v.groups().get(0).getScore()).as("activities only: A1 has the most").isEqualByComparingTo("100");
            assertThat(page("/notifications/weights", admin)).contains("已确认活动次数", "id=\"history\"", "100");
        } finally {
            String[] factors = {"ACTIVITIES", "FUNDS_SECURED", "PROJECTS_INTRODUCED", "TECHNOLOGIES_PROMOTED",
                "PEOPLE_TRAINED", "BENEFICIARIES", "PEOPLE_EMPLOYED", "PRODUCE_SOLD"};
            for (int i = 0; i < factors.length; i++) {
                jdbc.update("update ranking_weight set weight = ? where factor = ?", before.get(i), factors[i]);
            }
        }
    }

    /** The weights form: the first factor (activities) set to {@code first}, every other to 0. */
    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder weights(
            RequestPostProcessor who, String first) {
        var request = post("/notifications/weights").with(who).with(csrf()).param("weights[ACTIVITIES]", first);
        for (RankingFactor factor : RankingFactor.values()) {
            if (factor != RankingFactor.ACTIVITIES) {
                request.param("weights[" + factor + "]", "0");
            }
        }
        return request;
    }

    private String page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private int status(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
    }
}
