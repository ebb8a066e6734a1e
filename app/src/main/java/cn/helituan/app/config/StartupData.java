package cn.helituan.app.config;

import cn.helituan.app.demo.DemoData;
import cn.helituan.app.generate.GenerateRunner;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Puts the starting data in place before the web server accepts its first request: the demo county (when asked
 * for), then the first administrator (when no account exists), then a generated load-test roster (when asked for).
 * Running here rather than in an ApplicationRunner means nobody can reach the login page while the demo accounts
 * are still missing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StartupData implements SmartInitializingSingleton {

    private final DemoData demoData;
    private final FirstAdministrator firstAdministrator;
    private final GenerateRunner generator;

    @Override
    public void afterSingletonsInstantiated() {
        demoData.loadIfWanted();
        firstAdministrator.createIfWanted();
        firstAdministrator.createAuditorIfWanted();
        generator.generateIfWanted();
    }
}
