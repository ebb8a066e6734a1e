package cn.helituan.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.app.demo.DemoData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The start-up text an operator reads at the bottom of the console. */
class StartupBannerTest {

    @Test
    void itFramesTheAddressAndTheDemoLogins() {
        String text = StartupBanner.text(8080, DemoData.LOGINS);
        List<String> lines = text.strip().lines().toList();
        assertThat(lines.get(0)).matches("═{20,}");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(lines.get(0));
        assertThat(text).contains("合力团 is running: http://localhost:8080/", "password demo1234");
        for (String username : List.of("admin", "subteam", "leader", "member", "secretary", "reviewer",
                "inspector")) {
            assertThat(lines).as(username).anyMatch(l -> l.strip().startsWith(username + " "));
        }
        assertThat(text).contains("组织部管理员", "第一书记", "考核评审员");
    }

    @Test
    void withoutDemoDataItNamesOnlyTheAddress() {
        String text = StartupBanner.text(9090, List.of());
        assertThat(text).contains("合力团 is running: http://localhost:9090/").doesNotContain("demo1234", "admin");
        assertThat(text.strip().lines()).hasSize(3);
    }
}
