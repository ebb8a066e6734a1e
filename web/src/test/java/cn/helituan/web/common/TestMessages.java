package cn.helituan.web.common;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message files as a unit test reads them: Chinese by default, English for {@code en}. */
public final class TestMessages {

    private TestMessages() {
    }

    public static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
