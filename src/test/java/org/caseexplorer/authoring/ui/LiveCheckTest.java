package org.caseexplorer.authoring.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.TaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor checks the case off the thread that types (issue 23, item 10): a quote against a
 * source text of megabytes takes its time there, never in a keystroke; the problems shown are
 * always those of the latest version checked; and Save checks what it writes.
 */
class LiveCheckTest {

    private static final LibraryLoader LOADER = new LibraryLoader();

    /** A lane that runs its work only when the test says so, in order. */
    static final class Held implements Executor {
        final ArrayDeque<Runnable> queued = new ArrayDeque<>();

        @Override
        public void execute(Runnable work) {
            queued.add(work);
        }

        void runAll() {
            while (!queued.isEmpty()) {
                queued.poll().run();
            }
        }
    }

    @TempDir
    Path folder;

    private Library library;
    private final Held checks = new Held();
    private final Held fx = new Held();
    private AuthoringViewModel authoring;

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(folder.resolve("sources"));
        // A source text of 9 MB (the most is 10): what made each keystroke freeze the window for seconds.
        Files.writeString(folder.resolve("sources/long.txt"), "abcdefghij".repeat(900_000) + "我们的原话。");
        Files.writeString(folder.resolve("sources.json"), """
                {"sources": [{"id": "long", "title": {"en": "Long"}, "text": "sources/long.txt"}]}
                """);
        library = LOADER.open(Optional.of(folder));
        assertEquals(List.of(), library.problems().stream().filter(p -> !p.isNote()).toList());
        authoring = new AuthoringViewModel(() -> Optional.of(folder), () -> library, LOADER,
                () -> library = LOADER.open(Optional.of(folder)),
                TaskExecutor.lanes(Runnable::run, Runnable::run, Runnable::run, checks, fx), Clock.systemUTC(),
                new AtomicLong()::get);
    }

    @Test
    void typingDoesNotWaitForTheCheckAndOnlyTheLatestVersionIsChecked() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        checks.runAll();
        fx.runAll();
        vm.setText("/name/en", "Long");
        vm.addLink("participation");
        checks.runAll();
        fx.runAll();
        int before = vm.problems().size();

        // Five keystrokes in the quote: none is checked while it is typed.
        String quote = "";
        for (char c : "我们的原话".toCharArray()) {
            quote += c;
            vm.setText("/links/0/evidence/0/source", "long");
            vm.setText("/links/0/evidence/0/quote", quote);
        }
        assertEquals(before, vm.problems().size(), "the problems wait for the check; the typing does not");
        assertEquals(quote, vm.document().text("/links/0/evidence/0/quote"));

        AtomicInteger delivered = new AtomicInteger();
        vm.problems().addListener((javafx.collections.ListChangeListener<Problem>) change -> delivered.incrementAndGet());
        checks.runAll();
        fx.runAll();
        assertEquals(1, delivered.get(), "the checks asked for before the last were skipped, not run and thrown away");
        assertTrue(vm.problems().stream().noneMatch(p -> p.kind() == ProblemKind.QUOTE_NOT_IN_SOURCE),
                "the latest version's quote is in the source: " + vm.problems());
    }

    @Test
    void saveChecksWhatItWritesEvenWhenTheCheckHasNotComeBack() throws IOException {
        CaseEditorViewModel vm = authoring.newCase();
        vm.setText("/name/en", "Long");
        vm.setText("/industry/en", "Retail");
        vm.setText("/tagline/en", "A tagline.");
        vm.setText("/summary/en", "A summary.");
        vm.addLink("participation");
        vm.setText("/links/0/explanation/en", "Why.");
        vm.setText("/links/0/evidence/0/source", "long");
        vm.setText("/links/0/evidence/0/quote", "我们的原话。");
        checks.runAll();
        fx.runAll();
        assertTrue(vm.validProperty().get(), "a case with no problem: " + vm.problems());

        // A misquote typed, its check still queued: Save does not write the case the last check passed.
        vm.setText("/links/0/evidence/0/quote", "我们没说过的话。");
        assertFalse(vm.save(), "the misquote is caught at Save");
        assertFalse(Files.exists(folder.resolve("long.json")));
        assertTrue(vm.problems().stream().anyMatch(p -> p.kind() == ProblemKind.QUOTE_NOT_IN_SOURCE));
        // The queued check, run late, changes nothing: it is not newer than what Save checked.
        List<Problem> atSave = List.copyOf(vm.problems());
        checks.runAll();
        fx.runAll();
        assertEquals(atSave, List.copyOf(vm.problems()));

        vm.setText("/links/0/evidence/0/quote", "我们的原话。");
        assertTrue(vm.save());
        assertEquals("我们的原话。",
                CaseDocument.parse(Files.readAllBytes(folder.resolve("long.json"))).text("/links/0/evidence/0/quote"));
    }
}
