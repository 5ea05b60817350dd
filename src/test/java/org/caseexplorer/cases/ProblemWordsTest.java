package org.caseexplorer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseexplorer.cases.io.BrokenLibraries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The problems bundle: every wording has its words, every word has its wording, and Chinese falls back to English. */
class ProblemWordsTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)}");

    @TempDir
    Path dir;

    private static Set<String> englishKeys() {
        return new TreeSet<>(ProblemWords.in(Lang.EN).bundle().keySet());
    }

    private static String english(Wording wording) {
        return ProblemWords.in(Lang.EN).bundle().getString(wording.key());
    }

    /** The wording with "a0", "a1", … for its arguments. */
    private static Phrase withPlaceholders(Wording wording) {
        Object[] arguments = new Object[arguments(wording)];
        for (int i = 0; i < arguments.length; i++) {
            arguments[i] = "a" + i;
        }
        return wording.with(arguments);
    }

    private static int arguments(Wording wording) {
        Matcher m = ARGUMENT.matcher(english(wording));
        int count = 0;
        while (m.find()) {
            count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
        }
        return count;
    }

    @Test
    void everyKindsWordsAreInTheEnglishBundle() {
        for (ProblemKind kind : ProblemKind.values()) {
            assertFalse(kind.wordings().isEmpty(), kind::name);
            assertTrue(englishKeys().contains(kind.key()), kind::name);
            kind.wordings().forEach(w -> assertTrue(englishKeys().contains(w.key()), kind + " " + w));
        }
        for (Wording wording : Wording.values()) {
            assertTrue(englishKeys().contains(wording.key()), wording::name);
        }
    }

    @Test
    void everyKeyInTheBundleIsAWording() {
        Set<String> keys = englishKeys();
        keys.removeAll(Arrays.stream(Wording.values()).map(Wording::key).toList());
        assertEquals(Set.of(), keys);
    }

    /** A wording is a kind's whole message, or a part the code puts into one: none is there unused. */
    @Test
    void everyWordingIsSaidByAKindOrIsPartOfOne() throws IOException {
        Set<Wording> ofKinds = Arrays.stream(ProblemKind.values()).flatMap(k -> k.wordings().stream())
                .collect(Collectors.toSet());
        String code;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (!file.getFileName().toString().equals("Wording.java")) {
                    text.append(Files.readString(file));
                }
            }
            code = text.toString();
        }
        List<Wording> unused = new ArrayList<>();
        for (Wording wording : Wording.values()) {
            if (!ofKinds.contains(wording) && !code.contains("Wording." + wording.name())) {
                unused.add(wording);
            }
        }
        assertEquals(List.of(), unused);
    }

    @Test
    void argumentsAreNumberedFromZeroWithoutAGap() {
        for (Wording wording : Wording.values()) {
            Set<Integer> used = new TreeSet<>();
            Matcher m = ARGUMENT.matcher(english(wording));
            while (m.find()) {
                used.add(Integer.parseInt(m.group(1)));
            }
            for (int i = 0; i < used.size(); i++) {
                assertTrue(used.contains(i), wording + ": " + english(wording));
            }
        }
    }

    /** Apostrophes and braces are themselves: the bundle is not MessageFormat. */
    @Test
    void quotesAndBracesAreSaidAsWritten() {
        assertEquals("'x' is not right: an id may contain only lower-case letters a-z and digits, in words joined"
                + " by single dashes (like 'xiaomi' or 'tiny-times'): no capitals, spaces, underscores or other signs",
                ProblemWords.in(Lang.EN).say(Wording.SCHEMA_PATTERN.with("x", Wording.PATTERN_ID.with())));
        assertEquals("should be an object in { }, not a list in [ ]", ProblemWords.in(Lang.EN).say(
                Wording.SCHEMA_TYPE.with(Wording.TYPE_OBJECT.with(), Wording.TYPE_ARRAY.with())));
        assertEquals("found } where ] should close the list [ that starts at line 1, column 7",
                ProblemWords.in(Lang.EN).say(Wording.JSON_WRONG_CLOSE.with("}", "]", Wording.JSON_THE_LIST.with(),
                        Wording.JSON_AT_LINE_AND_COLUMN.with(1, 7))));
        // An argument that looks like a placeholder is text, not a placeholder.
        assertEquals("'{1}' is not right: {0}", ProblemWords.in(Lang.EN).say(Wording.SCHEMA_PATTERN.with("{1}", "{0}")));
    }

    /** Text from files stays one line in any language: it is made printable when the words are made, not when said. */
    @Test
    void textFromFilesStaysPrintable() {
        Phrase words = Wording.IMAGE_NOT_FOUND.with("a\nb\u202Egnp.png");
        assertEquals("image file not found: a\\nb\\u202Egnp.png", ProblemWords.in(Lang.EN).say(words));
        assertEquals("找不到图片文件：a\\nb\\u202Egnp.png", ProblemWords.in(Lang.ZH).say(words));
    }

    /**
     * Every wording has Chinese words of its own (problems_zh.properties), with the same
     * placeholders as the English, and reads differently from the English: the Problems panel in
     * 中文 and {@code --validate --lang zh} say every problem in Chinese.
     */
    @Test
    void everyWordingHasChineseWordsWithTheSamePlaceholders() throws IOException {
        java.util.Properties en = new java.util.Properties();
        java.util.Properties zh = new java.util.Properties();
        try (var a = ProblemWords.class.getResourceAsStream("problems.properties");
             var b = ProblemWords.class.getResourceAsStream("problems_zh.properties")) {
            en.load(new java.io.InputStreamReader(a, StandardCharsets.UTF_8));
            zh.load(new java.io.InputStreamReader(b, StandardCharsets.UTF_8));
        }
        assertEquals(new java.util.TreeSet<>(en.stringPropertyNames()), new java.util.TreeSet<>(zh.stringPropertyNames()));
        java.util.regex.Pattern placeholder = java.util.regex.Pattern.compile("\\{\\d+}");
        int chinese = 0;
        for (String key : en.stringPropertyNames()) {
            assertEquals(new java.util.TreeSet<>(placeholder.matcher(en.getProperty(key)).results().map(r -> r.group()).toList()),
                    new java.util.TreeSet<>(placeholder.matcher(zh.getProperty(key)).results().map(r -> r.group()).toList()), key);
            if (zh.getProperty(key).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                chinese++;
            }
        }
        assertTrue(chinese > en.size() * 0.9, chinese + " of " + en.size() + " wordings are in Chinese");
        for (Wording wording : Wording.values()) {
            String english = ProblemWords.in(Lang.EN).say(withPlaceholders(wording));
            // Words, not units ("{0} MB") or bare values: those read the same in both.
            if (english.split("[^A-Za-z]+[A-Za-z]{0,2}(?![A-Za-z])").length > 2 && english.matches(".*[a-z]{3,}\\s[a-z]{3,}.*")) {
                assertNotEquals(english, ProblemWords.in(Lang.ZH).say(withPlaceholders(wording)), wording::name);
            }
        }
        Problem problem = Problem.inFile("a.json", ProblemKind.EMPTY_FILE, Wording.FILE_EMPTY.with());
        assertEquals("a.json: " + problem.message(Lang.ZH), problem.format(Lang.ZH));
        assertEquals("a.json: the file is empty; expected a JSON object", problem.format());
    }

    @Test
    void aProblemIsSaidWithAWordingOfItsKindOnly() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Problem.inFile("a.json", ProblemKind.EMPTY_FILE, Wording.TEXT_EMPTY.with()));
    }

    /** Problems are values: the same library read twice reports equal problems, in the same order. */
    @Test
    void theSameFindingsAreEqualProblems() throws Exception {
        Files.writeString(dir.resolve("a.json"), "{\"a\": 1,}");
        Files.writeString(dir.resolve("b.json"), BrokenLibraries.teslaAs("Capitals"));
        List<Problem> once = BrokenLibraries.load(dir);
        List<Problem> again = BrokenLibraries.load(dir);
        assertEquals(2, once.size(), once::toString);
        assertEquals(once, again);
        assertEquals(once.get(0).hashCode(), again.get(0).hashCode());
    }
}
