package org.caseexplorer.ui;

import javafx.application.Platform;

/** For views that run work in the background and report back on the FX thread. */
public final class FxWork {

    private FxWork() {
    }

    /** Runs {@code work} on the FX thread: now if this is it, else soon. */
    public static void onFx(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** What went wrong in words: the innermost cause's message (a future wraps it in layers). */
    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
