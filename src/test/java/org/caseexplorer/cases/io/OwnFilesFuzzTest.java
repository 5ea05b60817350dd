package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.caseexplorer.authoring.CaseHistory;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.savedviews.SavedViews;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzer's mutations (see {@link LibraryFuzzTest}) on the files the app keeps beside the
 * cases: drafts, kept versions, saved views and PDF source texts. Each mutated file is read the
 * way the app reads it; nothing may throw (but an {@code IOException} that says why), hang, or
 * take another file down with it. Seeds are fixed; a failure names its seed.
 */
@Tag("slow") // fuzzing: hundreds of generated files of each kind
class OwnFilesFuzzTest {

    private static final long SEED = 20261208L;
    private static final int EACH = 300;
    private static final Duration HANG = Duration.ofMinutes(5);

    @TempDir
    Path dir;

    private static byte[] base(String builtIn) throws IOException {
        return Files.readAllBytes(Path.of("cases", builtIn));
    }

    @Test
    void mutatedDraftsAreSkippedOrOfferedAndNeverTakeTheOthersDown() throws Exception {
        Path library = Files.createDirectories(dir.resolve("drafts"));
        Path drafts = Files.createDirectories(library.resolve(DraftStore.FOLDER));
        String caseJson = new String(base("tesla.json"), StandardCharsets.UTF_8);
        byte[] wrapper = ("{\n  \"editedId\": \"tesla-2\",\n  \"baseHash\": \"x\",\n  \"case\": " + caseJson + "}\n")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < EACH; i++) {
            List<String> steps = new ArrayList<>();
            Files.write(drafts.resolve("d" + i + ".json"), LibraryFuzzTest.mutate(wrapper.clone(), new SplittableRandom(SEED + i), steps));
        }
        Files.write(drafts.resolve("whole.json"), wrapper);
        List<DraftStore.Draft> found = assertTimeoutPreemptively(HANG, () -> new DraftStore(library).leftBehind());
        assertTrue(found.stream().anyMatch(d -> d.key().equals("whole")), "the unbroken draft is still offered: "
                + found.stream().map(DraftStore.Draft::key).toList() + " " + new DraftStore(library).drafts().size());
        assertTrue(found.size() > 1 && found.size() < EACH + 1, "some mutated drafts read, some skipped: " + found.size());
        UserLibrary user = new UserLibrary(library, Clock.systemUTC());
        for (DraftStore.Draft draft : found) {
            try {
                user.fileEditedBy(draft); // what recovery compares the draft with
                draft.document().id();
            } catch (RuntimeException e) {
                throw new AssertionError("draft " + draft.key() + " threw " + e, e);
            }
        }
    }

    @Test
    void mutatedVersionsAreListedAndEachIsRestorableOrRefusedWithAReason() throws Exception {
        Path library = Files.createDirectories(dir.resolve("history"));
        UserLibrary user = new UserLibrary(library, Clock.systemUTC());
        Path versions = Files.createDirectories(library.resolve(CaseHistory.FOLDER).resolve("tesla-2"));
        byte[] tesla = new String(base("tesla.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"tesla\"", "\"id\": \"tesla-2\"").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 60; i++) {
            byte[] mutated = LibraryFuzzTest.mutate(tesla.clone(), new SplittableRandom(SEED + 1000 + i), new ArrayList<>());
            Files.write(versions.resolve(String.format("20260101T0000%02d.000Z.json", i)), mutated);
        }
        assertTimeoutPreemptively(HANG, () -> {
            for (CaseHistory.Version version : user.history().versions("tesla-2")) {
                try {
                    boolean readable = version.readable();
                    user.restore(version);
                    byte[] now = user.read("tesla-2").orElseThrow();
                    if (readable) {
                        assertTrue(org.caseexplorer.authoring.CaseDocument.parse(now).tree().size() > 0,
                                "a readable version goes back as a case");
                    } else {
                        assertTrue(java.util.Arrays.equals(version.bytes(), now),
                                "an unreadable version goes back byte for byte");
                    }
                } catch (IOException refused) {
                    assertFalse(refused.getMessage() == null || refused.getMessage().isBlank(), "a refusal says why");
                } catch (RuntimeException e) {
                    throw new AssertionError("version " + version.file().getFileName() + " threw " + e, e);
                }
            }
        });
    }

    @Test
    void mutatedViewsEachLoadOrAreReportedAtTheirFile() throws Exception {
        Path library = Files.createDirectories(dir.resolve("views"));
        Path views = Files.createDirectories(library.resolve(SavedViews.FOLDER));
        byte[] view = "{\"format\": 2, \"name\": \"Fans\", \"principles\": [\"fans\"], \"excluded\": [], \"mode\": \"any\", \"search\": \"\", \"compare\": [\"xiaomi\", \"tesla\"], \"baseline\": \"xiaomi\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < EACH; i++) {
            Files.write(views.resolve("v" + i + ".json"),
                    LibraryFuzzTest.mutate(view.clone(), new SplittableRandom(SEED + 2000 + i), new ArrayList<>()));
        }
        Library loaded = new LibraryLoader().open(Optional.empty());
        SavedViews.Loaded result = assertTimeoutPreemptively(HANG, () -> new SavedViews().load(library, loaded));
        for (int i = 0; i < EACH; i++) {
            String name = "v" + i + ".json";
            boolean read = result.views().stream().anyMatch(v -> v.file().getFileName().toString().equals(name));
            boolean reported = result.problems().stream().anyMatch(p -> p.file().endsWith(name));
            if (!read && !reported) {
                fail(name + " (seed " + (SEED + 2000 + i) + ") neither loaded nor was reported");
            }
        }
        assertTrue(result.views().size() > 10, "some mutated views still load: " + result.views().size() + " "
                + result.problems().stream().limit(5).map(Problem::format).toList());
    }

    @Test
    void mutatedPdfSourcesAreReadOrReportedAndTheLibraryAlwaysLoads() throws Exception {
        byte[] pdf = HostilePdfSourcesTest.manyPages(3);
        int reported = 0;
        for (int i = 0; i < 60; i++) {
            Path library = Files.createDirectories(dir.resolve("pdf" + i));
            SplittableRandom random = new SplittableRandom(SEED + 3000 + i);
            List<String> steps = new ArrayList<>();
            byte[] mutated = random.nextBoolean() ? LibraryFuzzTest.flipBytes(pdf.clone(), random, steps)
                    : LibraryFuzzTest.truncate(pdf.clone(), random, steps);
            Files.createDirectories(library.resolve("sources"));
            Files.write(library.resolve("sources/a.pdf"), mutated);
            Files.writeString(library.resolve("sources.json"), "{ \"sources\": [ { \"id\": \"s1\", \"title\": "
                    + "{ \"en\": \"An article\" }, \"text\": \"sources/a.pdf\" } ] }\n");
            CaseFileBuilder.aCase("fine").writeTo(library);
            Library loaded;
            try {
                loaded = assertTimeoutPreemptively(HANG, () -> new LibraryLoader().open(Optional.of(library)));
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("seed " + (SEED + 3000 + i) + " " + steps + " threw " + e, e);
            }
            assertTrue(loaded.caseById("fine").isPresent() && loaded.cases().size() > 5,
                    "the rest of the library loads (seed " + (SEED + 3000 + i) + ")");
            for (Problem p : loaded.problems()) {
                assertTrue(p.file().contains("sources.json") || p.isNote(), "a problem at the source's entry: " + p.format());
                reported += p.file().contains("sources.json") ? 1 : 0;
            }
        }
        assertTrue(reported > 0, "some mutated PDFs are refused with a problem");
    }
}
