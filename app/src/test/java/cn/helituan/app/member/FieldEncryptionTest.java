package cn.helituan.app.member;

import static cn.helituan.app.support.Pages.admin;
import static cn.helituan.app.support.Pages.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.Jobs;
import cn.helituan.app.support.Pages;
import cn.helituan.app.support.TestClock;
import cn.helituan.app.support.TestSessions;
import cn.helituan.domain.common.FieldCipher;
import cn.helituan.domain.team.UnitKind;
import cn.helituan.persistence.testing.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * ID numbers with a field key set (helituan.security.field-key, issue 21): the database row holds SM4 ciphertext, the
 * pages the number; uniqueness still holds on the keyed digest, and against a number stored plain before the key was
 * set, which still reads and is encrypted when its record is next saved; the roster import encrypts as the form does.
 * <p>
 * The full stack as {@code FullStackTest} starts it, with the key, on a database of its own
 * ({@link TestDatabase#another}): the demo county it loads has encrypted numbers, which the keyless contexts of the other
 * tests could not read, and the background jobs (the import's) are claimed by whichever context polls the database's
 * queue first.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"helituan.demo-data=true", "helituan.dashboard.keep-seconds=0", "helituan.jobs.enabled=false",
                "helituan.security.address-challenge-after=0",
                "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=WARN",
                "helituan.security.field-key=0123456789abcdeffedcba9876543210"})
@AutoConfigureMockMvc
@Import({TestClock.Config.class, TestSessions.Config.class})
class FieldEncryptionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Demo demo;
    @Autowired
    FieldCipher cipher;

    private final FieldCipher keyless = new FieldCipher("");
    long workUnit;
    long group;
    String groupPath;

    @BeforeEach
    void setUp() throws Exception {
        Pages pages = new Pages(mvc);
        workUnit = demo.workUnitId("县人民医院");
        String subTeamName = unique("加密测试分团");
        long subTeam = pages.createUnit(demo.unitId(Demo.TEAM), UnitKind.SUB_TEAM, subTeamName);
        String groupName = unique("加密测试小组");
        group = pages.createUnit(subTeam, UnitKind.GROUP, groupName);
        groupPath = Demo.TEAM + "/" + subTeamName + "/" + groupName;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.Connection c = TestDatabase.another();
        registry.add("spring.datasource.url", c::url);
        registry.add("spring.datasource.username", c::username);
        registry.add("spring.datasource.password", c::password);
        registry.add("helituan.datasource.replica.url", () -> c.url() + (c.url().contains("?") ? "&" : "?")
                + "ApplicationName=helituan-replica");
        registry.add("helituan.datasource.replica.hikari.maximum-pool-size", () -> "4");
    }

    private MockHttpServletRequestBuilder create(String name, String idNumber) {
        return post("/members/new").with(admin()).with(csrf())
                .param("name", name).param("gender", "MALE").param("workUnitId", Long.toString(workUnit))
                .param("mobile", Pages.mobile()).param("idNumber", idNumber).param("type", "DOCTOR")
                .param("unitId", Long.toString(group)).param("position", "MEMBER").param("joinedOn", "2026-03-01");
    }

    private long created(String idNumber) throws Exception {
        MvcResult result = mvc.perform(create(unique("加密"), idNumber)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        return Pages.redirectId(result);
    }

    private String column(long id) {
        return jdbc.queryForObject("select id_number from member where id = ?", String.class, id);
    }

    private String page(long id) throws Exception {
        return mvc.perform(get("/members/" + id).with(admin())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theRowHoldsCiphertextAndThePageTheNumber() throws Exception {
        assertThat(cipher.keyed()).isTrue();
        String number = IdNumberTest.idNumber();
        long id = created(number);
        String stored = column(id);
        assertThat(stored).startsWith("sm4:").doesNotContain(number).doesNotContain(number.substring(6, 14));
        assertThat(keyless.open(stored)).as("unreadable without the key").isEqualTo(stored);
        assertThat(cipher.open(stored)).isEqualTo(number);
        assertThat(jdbc.queryForObject("select id_number_digest from member where id = ?", String.class, id))
                .as("the keyed digest, not a bare SM3 anyone could recompute").isEqualTo(cipher.digest(number))
                .isNotEqualTo(keyless.digest(number));
        assertThat(page(id)).contains(number).doesNotContain(stored);
        String name = jdbc.queryForObject("select name from member where id = ?", String.class, id);
        assertThat(mvc.perform(get("/members").param("q", name).with(admin())).andReturn().getResponse()
                .getContentAsString()).contains(">" + number + "<");
        RequestPostProcessor leader = Pages.account(jdbc, "GROUP_LEADER", group, null);
        assertThat(mvc.perform(get("/members").param("q", name).with(leader)).andReturn().getResponse()
                .getContentAsString()).contains(IdNumberTest.starred(number)).doesNotContain(number);

        // saved again unchanged: a fresh IV, the same number
        mvc.perform(post("/members/{id}/edit", id).with(admin()).with(csrf()).param("name", "加密改名")
                .param("gender", "MALE").param("workUnitId", Long.toString(workUnit))
                .param("mobile", jdbc.queryForObject("select mobile from member where id = ?", String.class, id))
                .param("idNumber", number).param("type", "DOCTOR")
                .param("version", jdbc.queryForObject("select version from member where id = ?", String.class, id)))
                .andExpect(status().is3xxRedirection());
        assertThat(column(id)).startsWith("sm4:");
        assertThat(cipher.open(column(id))).isEqualTo(number);
    }

    @Test
    void uniquenessHoldsOnTheEncryptedNumberAndOnOneStoredBeforeTheKey() throws Exception {
        String number = IdNumberTest.idNumber();
        created(number);
        mvc.perform(create(unique("加密重号"), number)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "member.idNumber.taken"));

        // a member whose number was stored before the key was set: plain, with the keyless digest
        String older = IdNumberTest.idNumber();
        long id = created(IdNumberTest.idNumber());
        jdbc.update("update member set id_number = ?, id_number_digest = ? where id = ?", older,
                keyless.digest(older), id);
        assertThat(page(id)).as("a plain value still reads").contains(older);
        mvc.perform(create(unique("加密重号"), older)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "member.idNumber.taken"));
        mvc.perform(post("/members/{id}/edit", id).with(admin()).with(csrf())
                .param("name", jdbc.queryForObject("select name from member where id = ?", String.class, id))
                .param("gender", "MALE").param("workUnitId", Long.toString(workUnit))
                .param("mobile", jdbc.queryForObject("select mobile from member where id = ?", String.class, id))
                .param("idNumber", older).param("type", "DOCTOR").param("post", "主任医师")
                .param("version", jdbc.queryForObject("select version from member where id = ?", String.class, id)))
                .andExpect(status().is3xxRedirection());
        assertThat(column(id)).as("encrypted once saved").startsWith("sm4:");
        assertThat(jdbc.queryForObject("select id_number_digest from member where id = ?", String.class, id))
                .isEqualTo(cipher.digest(older));
    }

    @Test
    void theDemoCountysNumbersAreStoredEncrypted() {
        // the demo's people (mobiles 1380000xxxx), a third of whom have a number
        assertThat(jdbc.queryForObject("select count(*) from member where mobile like '1380000%'"
                + " and id_number like 'sm4:%'", Long.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) from member where mobile like '1380000%'"
                + " and id_number not like 'sm4:%'", Long.class)).isZero();
    }

    @Test
    void theRosterImportEncryptsAsTheFormDoes() throws Exception {
        String number = IdNumberTest.idNumber();
        String mobile = Pages.mobile();
        byte[] file = IdNumberTest.workbook(new Object[] {"手机号码", "姓名", "性别", "派出单位", "人员类别", "所在单位", "身份证号"},
                new Object[] {mobile, "加密导入", "男", "县人民医院", "医生", groupPath, number});
        long record = upload(file);
        long version = jdbc.queryForObject("select version from import_record where id = ?", Long.class, record);
        mvc.perform(post("/imports/" + record + "/confirm").with(admin()).with(csrf())
                .param("version", String.valueOf(version)));
        Jobs.awaitImport(jdbc, record);
        assertThat(jdbc.queryForObject("select status from import_record where id = ?", String.class, record))
                .isEqualTo("IMPORTED");
        long id = jdbc.queryForObject("select id from member where mobile = ?", Long.class, mobile);
        assertThat(column(id)).startsWith("sm4:").doesNotContain(number);
        assertThat(jdbc.queryForObject("select id_number_digest from member where id = ?", String.class, id))
                .isEqualTo(cipher.digest(number));
        assertThat(page(id)).contains(number);
        mvc.perform(create(unique("加密重号"), number)).andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("memberForm", "idNumber", "member.idNumber.taken"));
        // the same file again: the number read back through the cipher is the same, nothing changes
        long again = upload(file);
        assertThat(jdbc.queryForList("select unchanged from import_tally t join import_record r on r.id = t.record_id"
                + " and r.pass = t.pass where r.id = ? and t.kind = 'MEMBERS'", Integer.class, again))
                .containsExactly(1);
    }

    private long upload(byte[] file) throws Exception {
        MvcResult uploaded = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "名册.xlsx", null,
                file)).param("kind", "").with(admin()).with(csrf())).andReturn();
        long record = Pages.redirectId(uploaded);
        Jobs.awaitImport(jdbc, record);
        return record;
    }
}
