package cn.helituan.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.common.AuditedEntity;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.demand.DemandStatus;
import cn.helituan.domain.history.HistoryIgnore;
import cn.helituan.domain.team.UnitKind;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every visible string comes from the message files: no literal text in templates, both languages have the same
 * keys, and every key the templates, enums, history and business rules ask for exists.
 */
class MessagesAndTemplatesTest {

    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\s(placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    /** A list fragment's call: its quoted arguments with a dot are message keys (yesNoFilter's a prefix). */
    private static final Pattern FILTER_CALL = Pattern.compile("fragments/lists :: (\\w+)\\((.*?)\\)}\"");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]+)'");
    private static final Pattern DYNAMIC_PREFIX = Pattern.compile("#\\{'([A-Za-z][A-Za-z0-9_.]*\\.)'\\s*\\+");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:RuleViolation\\((?:\"[A-Za-z]+\"|null), \"|RuleViolation\\.global\\(\"|addFlashAttribute\\(\"(?:success|failure)\", \"|reject(?:Value)?\\((?:\"[A-Za-z]+\", )?\")([a-z][A-Za-z0-9_.]*)\"");

    private static Properties zh;
    private static Properties en;
    private static List<Resource> templates;

    @BeforeAll
    static void load() throws IOException {
        zh = properties("messages.properties");
        en = properties("messages_en.properties");
        templates = List.of(new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html"));
    }

    @Test
    void templatesAreFound() {
        assertThat(templates).hasSizeGreaterThan(15);
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyValue() {
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(zh.stringPropertyNames()));
        assertThat(zh.stringPropertyNames()).allSatisfy(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank());
        assertThat(en.stringPropertyNames()).allSatisfy(k -> assertThat(en.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void chineseIsTheDefault() {
        assertThat(zh.getProperty("nav.members")).isEqualTo("人员名册");
        assertThat(en.getProperty("nav.members")).isEqualTo("Roster");
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource template : templates) {
            String html = strip(read(template));
            Matcher text = TEXT.matcher(html);
            while (text.find()) {
                String t = text.group(1).trim();
                if (!t.isEmpty() && LETTER.matcher(t).find() && !t.startsWith("[[")) {
                    problems.add(template.getFilename() + ": text \"" + t + "\"");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (LETTER.matcher(attribute.group(2)).find()) {
                    problems.add(template.getFilename() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates) {
            String html = read(template);
            Matcher key = STATIC_KEY.matcher(html);
            while (key.find()) {
                requireKey(key.group(1), template.getFilename(), missing);
            }
            Matcher prefix = DYNAMIC_PREFIX.matcher(html);
            while (prefix.find()) {
                String p = prefix.group(1);
                if (zh.stringPropertyNames().stream().noneMatch(k -> k.startsWith(p))) {
                    missing.add(template.getFilename() + ": keys starting " + p);
                }
            }
            Matcher call = FILTER_CALL.matcher(html);
            while (call.find()) {
                Matcher quoted = QUOTED_KEY.matcher(call.group(2));
                int argument = 0;
                while (quoted.find()) {
                    // yesNoFilter(name, label, messages, …): its third argument is the prefix of .any/.yes/.no
                    if (call.group(1).equals("yesNoFilter") && ++argument == 2) {
                        for (String answer : List.of(".any", ".yes", ".no")) {
                            requireKey(quoted.group(1) + answer, template.getFilename(), missing);
                        }
                    } else {
                        requireKey(quoted.group(1), template.getFilename(), missing);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * Every value of every enumeration people read has a label in both languages. The enumerations are found, not
     * listed: those of the entities' recorded fields (the history shows them), those a template names by prefix
     * ({@code #{'Grade.' + …}}) and any that has a label already (so a half-labelled one is caught).
     */
    @Test
    void everyEnumValueHasALabel() throws IOException, ClassNotFoundException {
        Set<Class<?>> shown = new java.util.LinkedHashSet<>();
        for (Class<?> entity : auditedEntities()) {
            for (Field field : entity.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(HistoryIgnore.class)) {
                    shown.addAll(enumsIn(field));
                }
            }
        }
        Set<String> prefixes = new TreeSet<>();
        for (Resource template : templates) {
            Matcher prefix = DYNAMIC_PREFIX.matcher(read(template));
            while (prefix.find()) {
                prefixes.add(prefix.group(1));
            }
        }
        List<Class<?>> enums = domainEnums();
        for (Class<?> type : enums) {
            String prefix = type.getSimpleName() + ".";
            // a nested enumeration's simple name (Kind, Decision) is not unique: it counts only as a recorded field
            boolean labelled = type.getEnclosingClass() == null
                    && zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(prefix));
            if (prefixes.contains(prefix) || labelled) {
                shown.add(type);
            }
        }
        assertThat(shown).as("enumerations people read").hasSizeGreaterThan(20)
                .contains(Role.class, UnitKind.class, DemandStatus.class, cn.helituan.domain.evaluation.Grade.class);
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : shown) {
            for (Object value : type.getEnumConstants()) {
                requireKey(type.getSimpleName() + "." + ((Enum<?>) value).name(), "enum", missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The enumerations a field holds: its own type, or a collection's or map's type arguments. */
    private static List<Class<?>> enumsIn(Field field) {
        List<Class<?>> found = new ArrayList<>();
        if (field.getType().isEnum()) {
            found.add(field.getType());
        }
        if (field.getGenericType() instanceof java.lang.reflect.ParameterizedType generic) {
            for (java.lang.reflect.Type argument : generic.getActualTypeArguments()) {
                if (argument instanceof Class<?> c && c.isEnum()) {
                    found.add(c);
                }
            }
        }
        return found;
    }

    private static List<Class<?>> domainEnums() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AssignableTypeFilter(Enum.class));
        List<Class<?>> enums = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.helituan.domain")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (type.isEnum()) {
                enums.add(type);
            }
        }
        assertThat(enums).as("enumerations found").hasSizeGreaterThan(20);
        return enums;
    }

    private static List<Class<?>> auditedEntities() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Entity.class));
        List<Class<?>> entities = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("cn.helituan.domain")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            if (AuditedEntity.class.isAssignableFrom(type)) {
                entities.add(type);
            }
        }
        return entities;
    }

    /** The history section names each changed field: every recorded field of every entity needs a label. */
    @Test
    void everyRecordedFieldHasALabel() throws ClassNotFoundException {
        Set<String> missing = new TreeSet<>();
        int entities = 0;
        for (Class<?> type : auditedEntities()) {
            entities++;
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isAnnotationPresent(HistoryIgnore.class)) {
                    requireKey("field." + type.getSimpleName() + "." + field.getName(), "history", missing);
                }
            }
        }
        assertThat(entities).isGreaterThanOrEqualTo(6);
        assertThat(missing).isEmpty();
    }

    /** Business-rule messages, flash messages and form errors named in Java code. */
    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        Set<String> missing = new TreeSet<>();
        int found = 0;
        for (String module : new String[] {"domain", "web"}) {
            try (Stream<Path> files = Files.walk(root.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher key = JAVA_KEY.matcher(Files.readString(file));
                    while (key.find()) {
                        found++;
                        if (!key.group(1).endsWith(".")) {
                            requireKey(key.group(1), file.getFileName().toString(), missing);
                        }
                    }
                }
            }
        }
        // Account.requireUnit builds "account.scope.kind." + kind for the kinds it requires.
        for (UnitKind kind : List.of(UnitKind.SUB_TEAM, UnitKind.GROUP)) {
            requireKey("account.scope.kind." + kind.name(), "Account.requireUnit", missing);
        }
        assertThat(found).as("keys found in code").isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    private static void requireKey(String key, String where, Set<String> missing) {
        if (!zh.containsKey(key)) {
            missing.add(where + ": " + key + " (zh)");
        }
        if (!en.containsKey(key)) {
            missing.add(where + ": " + key + " (en)");
        }
    }

    private static String strip(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("(?s)<style.*?</style>", "");
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Properties properties(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesAndTemplatesTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
