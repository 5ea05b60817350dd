package org.caseexplorer.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cli.CommandLine;
import org.caseexplorer.cli.ExportCommand;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.caseexplorer.state.AppState;

/**
 * The training run behind the packaged app's ahead-of-time cache (JDK 25+, see
 * {@code src/packaging/linux/package.sh}): what a user does in the first minute. From the first
 * frame on: a principle filter, a search in each script, a case in the detail pane, then a PDF
 * export of the five cases as the command line makes it; then the app exits. Each step waits
 * for a few frames, so its layout and CSS are part of the training too.
 */
final class StartupTraining {

    /** Set to run the training after the first frame instead of waiting for the user. */
    static final String PROPERTY = "caseexplorer.train";

    private static final Duration BETWEEN_STEPS = Duration.millis(150);

    private final AppState state;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    private StartupTraining(AppState state) {
        this.state = state;
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Runs the steps one after another on the FX thread, then exports and exits. */
    static void run(AppState state) {
        new StartupTraining(state).start();
    }

    private void start() {
        List<Case> cases = List.copyOf(state.shownCases());
        Case first = cases.get(0);
        String principle = first.links().get(0).principle();
        steps.add(() -> state.filterBy(principle));
        steps.add(() -> state.search("user"));
        steps.add(() -> state.search("小米"));
        steps.add(state::clearFilters);
        steps.add(() -> state.select(first));
        steps.add(() -> state.select(cases.get(cases.size() - 1)));
        next();
    }

    private void next() {
        Runnable step = steps.poll();
        if (step == null) {
            exportThenExit();
            return;
        }
        step.run();
        PauseTransition pause = new PauseTransition(BETWEEN_STEPS);
        pause.setOnFinished(e -> next());
        pause.play();
    }

    private void exportThenExit() {
        List<String> ids = state.library().cases().stream().map(Case::id).limit(5).toList();
        CompletableFuture.runAsync(() -> {
            try {
                Path out = Files.createTempFile("case-explorer-training", ".pdf");
                try {
                    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
                    ExportCommand.run(new CommandLine.Export(ids, out, Optional.of(ExportFormat.PDF), Paper.A4,
                            Optional.empty()), Optional.empty(), ExportLanguage.BOTH, () -> "", quiet, quiet);
                } finally {
                    Files.deleteIfExists(out);
                }
            } catch (IOException e) {
                // A training run that cannot export still trained the window.
            }
        }).whenComplete((ok, e) -> Platform.runLater(Platform::exit));
    }
}
