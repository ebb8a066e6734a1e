package cn.helituan.app.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.message.MessageKind;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Every kind of message the features write has its text {@code message.<kind>} in both languages, and the text
 * uses the arguments the kind documents (a reader sees the names, not "{2}").
 */
class MessageKindTest {

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MessageKindTest.class.getClassLoader().getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKindReadsInBothLanguages() throws Exception {
        List<String> args = List.of("甲", "乙", "丙", "丁");
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties texts = load(file);
            for (String kind : MessageKind.ALL) {
                String pattern = texts.getProperty("message." + kind);
                assertThat(pattern).as("message.%s in %s", kind, file).isNotBlank();
                String shown = new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
                assertThat(shown).as("message.%s in %s", kind, file).doesNotContain("{").contains("甲");
            }
        }
    }
}
