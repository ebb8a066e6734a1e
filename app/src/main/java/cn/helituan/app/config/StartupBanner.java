package cn.helituan.app.config;

import cn.helituan.app.demo.DemoData;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Prints where the application answers and, when the demo data is loaded, how to log in. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StartupBanner {

    private static final Logger log = LoggerFactory.getLogger(StartupBanner.class);

    private final DemoData demoData;

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        int port = web.getWebServer().getPort();
        StringBuilder text = new StringBuilder("\n\n  合力团 is running: http://localhost:").append(port).append("/\n");
        if (demoData.present()) {
            text.append("  Demo logins (password ").append(DemoData.PASSWORD).append("): ")
                    .append(String.join(", ", DemoData.USERNAMES)).append("\n");
        }
        log.info(text.toString());
    }
}
