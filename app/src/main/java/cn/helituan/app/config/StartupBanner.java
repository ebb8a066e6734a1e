package cn.helituan.app.config;

import cn.helituan.app.demo.DemoData;
import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Prints where the application answers and, when the demo data is loaded, how to log in: framed, and last — on the
 * ready event with the lowest precedence, after the starting data (loaded before the web server accepts requests)
 * and everything else that logs at start-up, so the operator finds it at the bottom of the console.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);
    private static final int WIDTH = 72;

    private final DemoData demoData;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        log.info(text(web.getWebServer().getPort(), demoData.present() ? DemoData.LOGINS : List.of()));
    }

    /**
     * The framed text: the address, and the demo logins (user name and role) with their password when there are
     * any.
     */
    static String text(int port, List<DemoData.Login> logins) {
        List<String> lines = new ArrayList<>();
        lines.add("合力团 is running: http://localhost:" + port + "/");
        if (!logins.isEmpty()) {
            lines.add("");
            lines.add("Demo logins (password " + DemoData.PASSWORD + "):");
            int width = logins.stream().mapToInt(l -> l.username().length()).max().orElse(0);
            for (DemoData.Login login : logins) {
                lines.add("  " + login.username() + " ".repeat(width - login.username().length() + 2) + login.role());
            }
        }
        String rule = "═".repeat(WIDTH);
        StringBuilder text = new StringBuilder("\n\n").append(rule).append('\n');
        lines.forEach(line -> text.append(line.isEmpty() ? "" : "  ").append(line).append('\n'));
        return text.append(rule).append("\n").toString();
    }
}
