package cn.helituan.app.assisted;

import static cn.helituan.app.support.Pages.admin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.helituan.app.support.Demo;
import cn.helituan.app.support.FullStackTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The object choice lists of the account, pairing and demand forms: a county's register is listed whole and found by
 * typing; above 300 live objects (a province) the forms list the chosen object only, so a refused form still shows
 * it. Each test runs in a transaction rolled back at its end: the 300 extra objects reach no other test.
 */
@Transactional
class ObjectChoicesTest extends FullStackTest {

    private static final String OBJECT = "柳河社区";

    @Autowired
    MockMvc mvc;
    @Autowired
    Demo demo;
    @Autowired
    JdbcTemplate jdbc;

    private long object() {
        return jdbc.queryForObject("select id from assisted_object where name = ? and created_by = 'system'",
                Long.class, OBJECT);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void provinceRegister() {
        for (int i = 0; i < 300; i++) {
            jdbc.update("""
                    insert into assisted_object (kind, name, code, created_at, created_by)
                    values ('VILLAGE', ?, ?, now(), 'test')""", "省测试村" + i, "PROV-OBJ-" + i);
        }
    }

    @Test
    void aCountysFormsListTheWholeRegisterAndFindAnObjectByTyping() throws Exception {
        long id = object();
        assertThat(page(get("/relationships/new").with(admin())))
                .contains("data-search=\"/objects/choices?for=PAIRING\"", "value=\"" + id + "\">" + OBJECT + " (社区)");
        assertThat(page(get("/accounts/new").with(admin())))
                .contains("data-search=\"/objects/choices?for=ACCOUNT\"", "value=\"" + id + "\">" + OBJECT + "<");

        assertThat(page(get("/objects/choices").with(admin()).param("for", "PAIRING").param("q", "柳河")))
                .isEqualTo("[{\"value\":\"" + id + "\",\"text\":\"" + OBJECT + " (社区)\"}]");
        assertThat(page(get("/demands/object-choices").with(admin()).param("q", "柳河")))
                .isEqualTo("[{\"value\":\"" + id + "\",\"text\":\"" + OBJECT + " (社区)\"}]");
        mvc.perform(get("/objects/choices").with(admin()).param("for", "MEMBER").param("q", "柳河"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aProvincesFormsListTheChosenObjectOnlyAndARefusedFormKeepsIt() throws Exception {
        provinceRegister();
        long id = object();
        String unchosen = page(get("/relationships/new").with(admin()));
        assertThat(unchosen).contains("data-search=\"/objects/choices?for=PAIRING\"")
                .doesNotContain(OBJECT, "省测试村");

        // no focus: refused, the chosen object still shown and chosen
        String refused = page(post("/relationships/new").with(admin()).with(csrf())
                .param("groupId", String.valueOf(demo.unitId(Demo.MEDICAL_GROUP))).param("objectId", String.valueOf(id))
                .param("startsOn", "2026-01-01").param("endsOn", "2027-12-31"));
        assertThat(refused).contains("value=\"" + id + "\" selected=\"selected\">" + OBJECT).doesNotContain("省测试村");

        String account = page(post("/accounts/new").with(admin()).with(csrf())
                .param("username", "objchoice").param("role", "FIRST_SECRETARY")
                .param("scopeObjectId", String.valueOf(id)));
        assertThat(account).contains("value=\"" + id + "\" selected=\"selected\">" + OBJECT)
                .doesNotContain("省测试村");

        // the others are found by typing, by name, at most 30
        String found = page(get("/objects/choices").with(admin()).param("for", "ACCOUNT").param("q", "省测试"));
        assertThat(found.split("\"value\"")).hasSize(31);
        assertThat(found).startsWith("[{\"value\":").contains("省测试村0 (村)");
    }

    @Test
    void anAdminsDemandFormIsFoundByTypingAndARefusedOneKeepsTheChosenObject() throws Exception {
        long id = object();
        assertThat(page(get("/demands/new").with(admin())))
                .contains("data-search=\"/demands/object-choices\"").doesNotContain("请从帮扶对象的页面提出");

        // no title: refused, the object chosen by typing still shown and chosen
        String refused = page(post("/demands/new").with(admin()).with(csrf()).param("objectId", String.valueOf(id))
                .param("urgency", "NORMAL"));
        assertThat(refused).contains("value=\"" + id + "\" selected=\"selected\">" + OBJECT);
    }
}
