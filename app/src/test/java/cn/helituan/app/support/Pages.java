package cn.helituan.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.helituan.domain.team.UnitKind;
import cn.helituan.domain.team.UnitNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * What the full-stack tests do through the pages, as the demo admin unless told otherwise: create units and members
 * with unique names (so that tests sharing the database do not see each other's records), follow redirects with
 * their flash, find a unit in the tree.
 */
public final class Pages {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final MockMvc mvc;

    public Pages(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The demo admin (whole deployment); its scope is read from the database by username. */
    public static RequestPostProcessor admin() {
        return user("admin").roles("ORG_ADMIN");
    }

    /**
     * A signed-in user of an account made for the test (no password to change): the role, scoped to a unit or to an
     * assisted object. The scope is read from the database by the user name, as for real users.
     */
    public static RequestPostProcessor account(JdbcTemplate jdbc, String role, Long unitId, Long objectId) {
        String username = unique("acct");
        jdbc.update("""
                insert into account (username, password_hash, display_name, role, scope_unit_id, scope_object_id,
                                     must_change_password, created_at) values (?, 'x', '测试', ?, ?, ?, false, now())""",
                username, role, unitId, objectId);
        return user(username).roles(role);
    }

    /** A name no other record has: the prefix and a short suffix unique in this run. */
    public static String unique(String prefix) {
        return prefix + "-" + Integer.toString(ThreadLocalRandom.current().nextInt(1296, 46656), 36)
                + SEQUENCE.incrementAndGet();
    }

    /** A mobile number unlike the demo ones (1380000xxxx). */
    public static String mobile() {
        return String.format("139%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** The id at the end of a redirect such as {@code /units/42}. */
    public static long redirectId(MvcResult result) {
        String url = result.getResponse().getRedirectedUrl();
        assertThat(url).as("redirect").matches("/[a-z-]+/\\d+");
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The page a redirect leads to, with the flash message it carried. */
    public MvcResult follow(MvcResult redirect, RequestPostProcessor who) throws Exception {
        String url = redirect.getResponse().getRedirectedUrl();
        assertThat(url).as("redirect").isNotNull();
        return mvc.perform(get(url).with(who).flashAttrs(redirect.getFlashMap())).andReturn();
    }

    public long createUnit(long parentId, UnitKind kind, String name) throws Exception {
        MvcResult result = mvc.perform(post("/units/new").with(admin()).with(csrf())
                        .param("parentId", Long.toString(parentId)).param("kind", kind.name())
                        .param("name", name).param("field", "GENERAL").param("version", "0"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as("creating unit %s", name).isEqualTo(302);
        return redirectId(result);
    }

    /** A member with a first unit (as plain member), from the given dispatching unit. */
    public long createMember(String name, String mobile, long unitId, long workUnitId) throws Exception {
        MvcResult result = mvc.perform(post("/members/new").with(admin()).with(csrf())
                        .param("name", name).param("gender", "FEMALE").param("workUnitId", Long.toString(workUnitId))
                        .param("mobile", mobile).param("type", "CADRE").param("post", "科员")
                        .param("specialty", "茶叶种植").param("unitId", Long.toString(unitId))
                        .param("position", "MEMBER").param("joinedOn", LocalDate.now().minusMonths(1).toString()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as("creating member %s", name).isEqualTo(302);
        return redirectId(result);
    }

    /** The tree of units the user sees on /units. */
    @SuppressWarnings("unchecked")
    public List<UnitNode> tree(RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get("/units").with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return (List<UnitNode>) result.getModelAndView().getModel().get("roots");
    }

    /**
     * A unit's node as its page shows it (the subtree's head count, its children with theirs), or null when the user
     * may not open the page (404): the tree opens level by level, so a group is on /units only once its sub-team is.
     */
    public UnitNode unitNode(RequestPostProcessor who, long unitId) throws Exception {
        MvcResult result = mvc.perform(get("/units/{id}", unitId).with(who)).andReturn();
        if (result.getResponse().getStatus() == 404) {
            return null;
        }
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return (UnitNode) result.getModelAndView().getModel().get("node");
    }

    /** The node of a unit in a tree, or null when the tree does not show it. */
    public static UnitNode node(List<UnitNode> nodes, long unitId) {
        for (UnitNode n : nodes) {
            if (n.getUnit().id() == unitId) {
                return n;
            }
            UnitNode found = node(n.getChildren(), unitId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Asserts that the page shows the texts in this order (markup between them does not matter). */
    public static void assertInOrder(String page, String... texts) {
        int from = 0;
        for (String text : texts) {
            int at = page.indexOf(text, from);
            assertThat(at).as("\"%s\" after position %d", text, from).isGreaterThanOrEqualTo(0);
            from = at + text.length();
        }
    }

    /** The text of the page shortly after {@code anchor}: what a user reads next to it. */
    public static String after(String page, String anchor, int length) {
        int at = page.indexOf(anchor);
        assertThat(at).as("page shows \"%s\"", anchor).isGreaterThanOrEqualTo(0);
        return page.substring(at, Math.min(page.length(), at + anchor.length() + length));
    }
}
