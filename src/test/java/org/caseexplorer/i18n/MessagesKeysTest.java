package org.caseexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.caseexplorer.cases.Lang;
import org.junit.jupiter.api.Test;

/** Every key used in the code exists in both languages, and no key sits unused. */
class MessagesKeysTest {

    private static final Pattern USE = Pattern.compile(
            "(?:messages\\.(?:get|format|bind|bindFormat)|\\bitem|\\bmenu|\\bheading|\\baction|\\btooltip)\\(\\s*\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*(?:\\.[a-zA-Z0-9]+)+)\"");

    private static Set<String> keys(Lang lang) {
        return new TreeSet<>(Messages.bundle(lang).keySet());
    }

    private static String allSources() throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(keys(Lang.EN), keys(Lang.ZH));
    }

    @Test
    void chineseBundleIsReallyChinese() {
        Messages messages = new Messages(Lang.ZH);
        assertEquals("原则", messages.get("filter.title"));
        messages.langProperty().set(Lang.EN);
        assertEquals("Principles", messages.get("filter.title"));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Matcher m = USE.matcher(allSources());
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!keys(Lang.EN).contains(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void noKeyIsUnused() throws IOException {
        String sources = allSources();
        Set<String> literals = new TreeSet<>();
        Matcher m = KEY_LITERAL.matcher(sources);
        while (m.find()) {
            literals.add(m.group(1));
        }
        Set<String> unused = new TreeSet<>(keys(Lang.EN));
        unused.removeAll(literals);
        assertEquals(Set.of(), unused);
    }

    /** The same rule as the content check's --strict mode: no ASCII ,:;()?! next to Chinese. */
    @Test
    void chineseBundleUsesChinesePunctuation() {
        Pattern asciiNextToChinese = Pattern.compile(
                "[\\u4e00-\\u9fff\\u3001-\\u303f\\uff01-\\uff5e\u201D\u201C][,:;()?!]|[,:;()?!](?=[\\u4e00-\\u9fff\u201C\u201D])");
        Set<String> offending = new TreeSet<>();
        var bundle = Messages.bundle(Lang.ZH);
        for (String key : bundle.keySet()) {
            String text = bundle.getString(key).replaceAll("\\{[^}]*}", "{}");
            if (asciiNextToChinese.matcher(text).find()) {
                offending.add(key + "=" + bundle.getString(key));
            }
        }
        assertEquals(Set.of(), offending);
    }

    @Test
    void formattedMessagesFollowTheLanguage() {
        Messages messages = new Messages(Lang.EN);
        assertEquals("3 of 5 cases shown", messages.format("gallery.count", 3, 5));
        assertEquals("1 problem", messages.format("status.problems", 1));
        assertEquals("2 problems", messages.format("status.problems", 2));
        messages.langProperty().set(Lang.ZH);
        assertEquals("显示 3 / 5 个案例", messages.format("gallery.count", 3, 5));
        assertTrue(messages.format("status.problems", 2).contains("个问题"));
    }
}
