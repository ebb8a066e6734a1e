package cn.helituan.app.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import cn.helituan.app.support.Pages;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Chinese names sort by pinyin (V30's zh-x-icu collation on the name columns): 于, 王, 安, 张 read 安 王 于 张 on a
 * list page, not by character code (于 first), whether the list is native SQL (members), JPQL (objects) or a
 * Spring Data derived query (work units' choices).
 */
class PinyinOrderTest extends FullStackTest {

    private static final List<String> SURNAMES = List.of("于", "王", "安", "张");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theMemberListSortsNamesByPinyin() throws Exception {
        String token = token();
        long group = jdbc.queryForObject("select min(id) from unit where kind = 'GROUP' and not archived", Long.class);
        long workUnit = jdbc.queryForObject("select min(id) from work_unit", Long.class);
        for (String surname : SURNAMES) {
            long member = jdbc.queryForObject("""
                    insert into member (name, gender, work_unit_id, mobile, type, created_at, created_by)
                    values (?, 'MALE', ?, ?, 'CADRE', now(), 'test') returning id""", Long.class, surname + token,
                    workUnit, Pages.mobile());
            jdbc.update("""
                    insert into membership (member_id, unit_id, position, joined_on, created_at, created_by)
                    values (?, ?, 'MEMBER', date '2025-01-01', now(), 'test')""", member, group);
        }
        assertPinyinOrder(page("/members?q=" + token), token);
    }

    @Test
    void theObjectListAndTheWorkUnitChoicesSortNamesByPinyin() throws Exception {
        String token = token();
        for (String surname : SURNAMES) {
            jdbc.update("""
                    insert into assisted_object (kind, name, code, created_at, created_by)
                    values ('VILLAGE', ?, ?, now(), 'test')""", surname + token, Pages.unique("PY"));
            jdbc.update("insert into work_unit (name, kind, created_at, created_by)"
                    + " values (?, 'PARTY_GOVERNMENT', now(), 'test')", surname + token);
        }
        assertPinyinOrder(page("/objects?q=" + token), token);
        // the work-unit choices (the filter's and the forms' type-to-find)
        assertPinyinOrder(page("/work-units/choices?q=" + token), token);
    }

    private static void assertPinyinOrder(String page, String token) {
        int an = page.indexOf("安" + token);
        int wang = page.indexOf("王" + token);
        int yu = page.indexOf("于" + token);
        int zhang = page.indexOf("张" + token);
        assertThat(an).as("安 shown").isPositive();
        assertThat(List.of(an, wang, yu, zhang)).as("安 王 于 张").isSorted();
    }

    private String page(String url) throws Exception {
        RequestPostProcessor admin = Pages.account(jdbc, "ORG_ADMIN", null, null);
        var response = mvc.perform(get(url).with(admin)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String token() {
        return Pages.unique("拼序").replace("-", "");
    }
}
