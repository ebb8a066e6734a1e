package cn.helituan.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The 合力团 application. Started without a configured data source it runs on an embedded PostgreSQL whose data
 * lives under {@code ./data/} and loads the demo county on first start; with {@code SPRING_DATASOURCE_URL} it uses
 * that server and loads nothing unless {@code HELITUAN_DEMO_DATA=true}.
 */
@SpringBootApplication(scanBasePackages = "cn.helituan")
public class HelituanApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(HelituanApplication.class);
        EmbeddedDatabase.startUnlessConfigured(application, args);
        application.run(args);
    }
}
