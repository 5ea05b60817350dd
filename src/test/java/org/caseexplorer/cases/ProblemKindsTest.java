package org.caseexplorer.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.caseexplorer.cases.io.BrokenLibraries;
import org.caseexplorer.cases.io.LibraryFile;
import org.caseexplorer.cases.io.SchemaMessages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of problem, made happen: a library of {@link BrokenLibraries} (or, for the two no
 * library can reach, the code that finds it) and the kind it must report, asserted by kind, not
 * by words. Every kind is here.
 */
class ProblemKindsTest {

    /** The scenario of {@link BrokenLibraries} that makes each kind happen. */
    private static final Map<ProblemKind, String> MADE_BY = new EnumMap<>(Map.ofEntries(
            Map.entry(ProblemKind.FILE_TOO_LARGE, "a file over 5 MB"),
            Map.entry(ProblemKind.NOT_A_REGULAR_FILE, "a named pipe"),
            Map.entry(ProblemKind.CANNOT_BE_READ, "a library folder that is gone"),
            Map.entry(ProblemKind.NOT_UTF8, "a file in Latin-1"),
            Map.entry(ProblemKind.EMPTY_FILE, "a file of white space"),
            Map.entry(ProblemKind.NOT_VALID_JSON, "not JSON: {\"a\": 1,}"),
            Map.entry(ProblemKind.JSON_BEYOND_LIMITS, "JSON nested 70 deep"),
            Map.entry(ProblemKind.REQUIRED_FIELD_MISSING, "a required field left out"),
            Map.entry(ProblemKind.UNKNOWN_FIELD, "an unknown field"),
            Map.entry(ProblemKind.WRONG_TYPE, "a number for an id"),
            Map.entry(ProblemKind.PATTERN, "an id with capitals"),
            Map.entry(ProblemKind.EMPTY_TEXT, "an empty English name"),
            Map.entry(ProblemKind.TOO_LONG, "an id of 65 characters"),
            Map.entry(ProblemKind.TOO_FEW_ITEMS, "an empty list of links"),
            Map.entry(ProblemKind.TOO_MANY_ITEMS, "21 web links"),
            Map.entry(ProblemKind.OUT_OF_RANGE, "a strength of 7"),
            Map.entry(ProblemKind.NO_LANGUAGE, "a name with no language"),
            Map.entry(ProblemKind.SCHEMA_OTHER, "a view whose mode is neither any nor all"),
            Map.entry(ProblemKind.NO_CHINESE, "an English zh"),
            Map.entry(ProblemKind.DUPLICATE_ID, "a principle, a source and a case defined twice"),
            Map.entry(ProblemKind.SOURCE_TEXT_UNUSABLE, "a source text that does not exist"),
            Map.entry(ProblemKind.NEWER_FORMAT, "a case from a newer format"),
            Map.entry(ProblemKind.EARLIER_FORMAT, "a first release's sources.json with an origin"),
            Map.entry(ProblemKind.UNKNOWN_PARENT_PRINCIPLE, "a principle whose parent is unknown"),
            Map.entry(ProblemKind.UNKNOWN_PRINCIPLE, "an unknown principle"),
            Map.entry(ProblemKind.PRINCIPLE_LINKED_TWICE, "a principle linked twice"),
            Map.entry(ProblemKind.UNKNOWN_SOURCE, "an unknown source"),
            Map.entry(ProblemKind.QUOTE_NOT_IN_SOURCE, "quotes not in the source"),
            Map.entry(ProblemKind.QUOTE_IN_ANOTHER_FORM, "a quote in other characters"),
            Map.entry(ProblemKind.UNCHECKED_QUOTES, "in the editor: quotes citing a source with no text"),
            Map.entry(ProblemKind.ONE_LANGUAGE, "cases in one language"),
            Map.entry(ProblemKind.BAD_WEB_ADDRESS, "a web address ftp://example.com/a"),
            Map.entry(ProblemKind.IMAGE_NOT_RELATIVE, "an image given as an address"),
            Map.entry(ProblemKind.IMAGE_OUTSIDE_FOLDER, "an image outside the folder"),
            Map.entry(ProblemKind.IMAGE_NOT_FOUND, "an image that is not there"),
            Map.entry(ProblemKind.IMAGE_LINK_OUTSIDE_FOLDER, "an image that is a link out of the folder"),
            Map.entry(ProblemKind.IMAGE_UNREADABLE, "an image that is a link to itself"),
            Map.entry(ProblemKind.IMAGE_NOT_USABLE, "an image that is text"),
            Map.entry(ProblemKind.UNKNOWN_ID_IN_VIEW, "a view naming unknown cases and principles"),
            Map.entry(ProblemKind.BASELINE_NOT_COMPARED, "a view whose baseline is not compared"),
            Map.entry(ProblemKind.LOAD_FAILED, "a load that failed")));

    /** No library reaches these; the code that finds them is made to. */
    private static final Set<ProblemKind> MADE_BELOW = EnumSet.of(ProblemKind.READ_TIMED_OUT, ProblemKind.TOO_SHORT);

    @TempDir
    Path dir;

    static Stream<Arguments> kinds() {
        Map<String, BrokenLibraries.Scenario> byName = BrokenLibraries.all().stream()
                .collect(Collectors.toMap(BrokenLibraries.Scenario::name, s -> s));
        return MADE_BY.entrySet().stream().map(e -> Arguments.of(e.getKey(),
                java.util.Objects.requireNonNull(byName.get(e.getValue()), e.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("kinds")
    void eachKindIsReportedAsThatKind(ProblemKind kind, BrokenLibraries.Scenario scenario) throws Exception {
        List<Problem> problems = scenario.maker().problems(dir);
        assertTrue(problems.stream().anyMatch(p -> p.kind() == kind),
                () -> "no " + kind + " among " + problems.stream().map(p -> p.kind() + " " + p.format()).toList());
    }

    @Test
    void everyKindIsMadeToHappenHere() {
        Set<ProblemKind> made = EnumSet.copyOf(MADE_BY.keySet());
        made.addAll(MADE_BELOW);
        assertEquals(EnumSet.allOf(ProblemKind.class), made);
    }

    /** A kind's note stays a note, and a note on a user's case in one language is one; in the built-in library it is a problem. */
    @Test
    void notesAreNotesOfTheirKinds() throws Exception {
        for (ProblemKind kind : List.of(ProblemKind.QUOTE_IN_ANOTHER_FORM, ProblemKind.UNCHECKED_QUOTES,
                ProblemKind.ONE_LANGUAGE)) {
            Path folder = Files.createDirectories(dir.resolve(kind.name()));
            BrokenLibraries.all().stream().filter(s -> s.name().equals(MADE_BY.get(kind))).findFirst().orElseThrow()
                    .maker().problems(folder).stream().filter(p -> p.kind() == kind)
                    .forEach(p -> assertTrue(p.isNote(), p::format));
        }
        Path builtIn = Files.createDirectories(dir.resolve("built-in"));
        List<Problem> problems = BrokenLibraries.all().stream().filter(s -> s.name().equals("a built-in case in one language"))
                .findFirst().orElseThrow().maker().problems(builtIn);
        assertTrue(problems.stream().anyMatch(p -> p.kind() == ProblemKind.ONE_LANGUAGE && !p.isNote()), problems::toString);
    }

    @Test
    void aReadPastItsDeadlineIsRefusedAsTimedOut() throws Exception {
        Path pipe = dir.resolve("slow");
        if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() != 0) {
            throw new IllegalStateException("mkfifo");
        }
        CountDownLatch done = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(pipe)) {
                done.await();
            } catch (IOException | InterruptedException e) {
                // the test is over
            }
        });
        writer.setDaemon(true);
        writer.start();
        try {
            LibraryFile.Refused refused = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(LibraryFile.Refused.class, () -> {
                        try (LibraryFile file = LibraryFile.openChecked(pipe, 0, 1000, Duration.ofMillis(300))) {
                            file.readAll();
                        }
                    }));
            assertEquals(ProblemKind.READ_TIMED_OUT, refused.kind());
            assertEquals(Wording.FILE_TOO_SLOW, refused.reason().wording());
        } finally {
            done.countDown();
        }
    }

    /** No schema of ours asks for a text of two characters or more; the words are there for one that does. */
    @Test
    void aTextShorterThanItsLeastIsTooShort() {
        SchemaMessages.Said said = SchemaMessages.of("minLength", new Object[] {"3"}, null);
        assertEquals(ProblemKind.TOO_SHORT, said.kind());
        assertEquals("should be at least 3 characters long", ProblemWords.in(Lang.EN).say(said.words()));
    }
}
