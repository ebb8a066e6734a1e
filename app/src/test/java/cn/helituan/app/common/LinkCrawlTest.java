package cn.helituan.app.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.helituan.app.support.FullStackTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * No link leads a role to a page it may not open. For each demo role: the start page and every menu page it sees,
 * the pages they link to and the pages those link to (one per kind: links are told apart by their path with the
 * numbers taken out and their parameters' names), and every link on those; each answers 200 (a page, an export, a
 * photo) or a redirect to a page of ours — never 403, 404, 400 or 500. About a minute for the six roles.
 */
class LinkCrawlTest extends FullStackTest {

    /** Pages read for their links: the menu's (depth 1), the pages they link to (2) and the pages those link to (3). */
    private static final int DEPTH = Integer.getInteger("crawl.depth", 3);

    @Autowired
    MockMvc mvc;

    @TestFactory
    Stream<DynamicTest> everyLinkOnEveryPageOfARoleOpensForThatRole() {
        Map<String, RequestPostProcessor> roles = new LinkedHashMap<>();
        roles.put("admin", user("admin").roles("ORG_ADMIN"));
        roles.put("subteam", user("subteam").roles("SUB_TEAM_LEADER"));
        roles.put("leader", user("leader").roles("GROUP_LEADER"));
        roles.put("member", user("member").roles("MEMBER"));
        roles.put("secretary", user("secretary").roles("FIRST_SECRETARY"));
        roles.put("reviewer", user("reviewer").roles("REVIEWER"));
        roles.put("inspector", user("inspector").roles("INSPECTOR"));
        roles.put("auditor", user("auditor").roles("AUDITOR"));
        return roles.entrySet().stream().map(role -> DynamicTest.dynamicTest(role.getKey(),
                () -> crawl(role.getValue(), role.getKey().equals("auditor") ? "/audit" : "/")));
    }

    /** From the role's start page (the security auditor's home is the log: "/" sends them there). */
    private void crawl(RequestPostProcessor who, String start) throws Exception {
        Map<String, String> seen = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        Deque<Link> queue = new ArrayDeque<>();
        Document home = page(start, who);
        List<String> menu = new ArrayList<>(List.of(start));
        for (Element a : home.select("nav a[href]")) {
            String url = local(a.attr("href"));
            if (url != null) {
                menu.add(url);
            }
        }
        assertThat(menu).as("a menu").hasSizeGreaterThan(2);
        for (String url : menu) {
            if (seen.putIfAbsent(kind(url), url) == null) {
                queue.add(new Link("menu", url, 1));
            }
        }
        while (!queue.isEmpty()) {
            Link link = queue.poll();
            MvcResult result = mvc.perform(get(link.url()).with(who)).andReturn();
            int status = result.getResponse().getStatus();
            String redirect = result.getResponse().getRedirectedUrl();
            boolean fine = status == 200 || status >= 300 && status < 400 && redirect != null
                    && local(redirect) != null && !redirect.contains("/login");
            if (!fine) {
                broken.add(link.from() + " → " + link.url() + " : " + status);
                continue;
            }
            String type = result.getResponse().getContentType();
            if (status != 200 || link.depth() > DEPTH || type == null || !type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(result.getResponse().getContentAsString());
            for (Element a : page.select("a[href]")) {
                String url = local(a.attr("href"));
                if (url != null && seen.putIfAbsent(kind(url), url) == null) {
                    queue.add(new Link(link.url(), url, link.depth() + 1));
                }
            }
        }
        // (the auditor's few pages link mostly to each other: the log, its export and pages, their own account)
        assertThat(seen.size()).as("links of many kinds were opened")
                .isGreaterThan(start.equals("/") ? menu.size() : 3);
        assertThat(broken).as("links that do not open for this role, among " + seen.size()).isEmpty();
    }

    private Document page(String url, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    /** The address of a link to our own pages, without its fragment; null for another site, a script, the logout. */
    private static String local(String href) {
        if (href == null || href.isBlank() || href.startsWith("#") || href.startsWith("//")) {
            return null;
        }
        String url = href;
        if (url.startsWith("http://localhost")) {
            url = url.substring("http://localhost".length());
        }
        if (!url.startsWith("/")) {
            return null;
        }
        int hash = url.indexOf('#');
        url = hash >= 0 ? url.substring(0, hash) : url;
        if (url.isEmpty() || url.startsWith("/logout") || url.contains("lang=")) {
            return null;
        }
        return url;
    }

    /** A link's kind: its path with the numbers as {n}, and its parameters' names. */
    private static String kind(String url) {
        UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
        String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/\\d+", "/{n}");
        return path + "?" + new TreeSet<>(uri.getQueryParams().keySet());
    }

    private record Link(String from, String url, int depth) {
    }
}
