package org.caseexplorer.authoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Loading and saving a case gives back its bytes; a one-field edit is a one-line diff. */
class CaseJsonRoundTripTest {

    static Stream<Path> builtInCases() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cases"))) {
            List<Path> cases = files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals("principles.json"))
                    .filter(p -> !p.getFileName().toString().equals("sources.json"))
                    .sorted().toList();
            assertEquals(5, cases.size(), "the five built-in cases");
            return cases.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("builtInCases")
    void eachBuiltInCaseLoadedAndSavedIsByteIdentical(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        assertArrayEquals(original, CaseDocument.parse(original).bytes(), file + " changed on a round trip");
    }

    @ParameterizedTest
    @MethodSource("builtInCases")
    void oneFieldEditChangesOneLine(Path file) throws IOException {
        CaseDocument doc = CaseDocument.parse(Files.readAllBytes(file));
        CaseDocument edited = doc.withText("/links/0/explanation/en", "Changed.");
        List<String> before = doc.text().lines().toList();
        List<String> after = edited.text().lines().toList();
        assertEquals(before.size(), after.size());
        long differing = java.util.stream.IntStream.range(0, before.size())
                .filter(i -> !before.get(i).equals(after.get(i))).count();
        assertEquals(1, differing);
    }

    @Test
    void keysComeOutInTheBuiltInOrderWhateverOrderTheyWereGiven() throws IOException {
        String shuffled = "{\"links\": [], \"accent\": \"#000000\", \"name\": {\"zh\": \"小\", \"en\": \"S\"},"
                + " \"id\": \"s\", \"$schema\": \"schema/case.schema.json\"}";
        String printed = CaseDocument.parse(shuffled.getBytes(StandardCharsets.UTF_8)).text();
        assertEquals("""
                {
                  "$schema": "schema/case.schema.json",
                  "id": "s",
                  "name": { "en": "S", "zh": "小" },
                  "accent": "#000000",
                  "links": []
                }
                """, printed);
    }

    @Test
    void quotesBackslashesAndLineBreaksAreEscapedAndComeBack() throws IOException {
        String tricky = "a \"quoted\" \\ back\nslash\t\u0001 “中文”";
        CaseDocument doc = CaseDocument.blank().withText("/summary/en", tricky);
        assertEquals(tricky, CaseDocument.parse(doc.bytes()).text("/summary/en"));
        assertTrue(doc.text().contains("a \\\"quoted\\\" \\\\ back\\nslash\\t"), doc.text());
        assertTrue(doc.text().contains("“中文”"), "non-ASCII is written as itself, UTF-8");
    }

    @Test
    void notAnObjectIsRefusedWithAReason() {
        assertThrows(IOException.class, () -> CaseDocument.parse("[1]".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IOException.class, () -> CaseDocument.parse(new byte[0]));
        assertThrows(IOException.class, () -> CaseDocument.parse("{\"id\": 1, \"id\": 2}".getBytes(StandardCharsets.UTF_8)),
                "a duplicate key is refused, not silently the last one");
    }
}
