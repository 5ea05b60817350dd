package org.caseexplorer.startup;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;
import org.caseexplorer.cases.Case;
import org.caseexplorer.state.AppState;

/**
 * The training run behind the packaged app's ahead-of-time cache for the window (JDK 25+, see
 * {@code src/packaging/linux/package.sh}): what a user does in the first minute. From the first
 * frame on: a principle filter, a search in each script, a case in the detail pane; then the app
 * exits. Each step waits for a few frames, so its layout and CSS are part of the training too.
 * The PDF export trains the command line's own cache instead: a JVM loads every class of its
 * cache as it starts, and the export's thousands would slow every start of the window.
 */
public final class StartupTraining {

    /** Set to run the training after the first frame instead of waiting for the user. */
    public static final String PROPERTY = "caseexplorer.train";

    private static final Duration BETWEEN_STEPS = Duration.millis(150);

    private final AppState state;
    private final Deque<Runnable> steps = new ArrayDeque<>();

    private StartupTraining(AppState state) {
        this.state = state;
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Runs the steps one after another on the FX thread, then exits. */
    public static void run(AppState state) {
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
            Platform.exit();
            return;
        }
        step.run();
        PauseTransition pause = new PauseTransition(BETWEEN_STEPS);
        pause.setOnFinished(e -> next());
        pause.play();
    }
}
