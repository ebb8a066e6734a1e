package cn.helituan.app.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A person's messages as they read them: the page /messages (its first page, newest first). */
public final class Inbox {

    private Inbox() {
    }

    public static String of(MockMvc mvc, RequestPostProcessor who) throws Exception {
        MvcResult result = mvc.perform(get("/messages").with(who)).andReturn();
        assertThat(result.getResponse().getStatus()).as("/messages").isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        int list = page.indexOf("id=\"messages-count\"");
        return list < 0 ? page : page.substring(list);
    }
}
