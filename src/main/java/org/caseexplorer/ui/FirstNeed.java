package org.caseexplorer.ui;

import java.util.function.Predicate;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Makes a part of the window the first time it is needed, not before: what the first frame does
 * not show, it does not make, and the window opens that much sooner.
 */
public final class FirstNeed {

    private FirstNeed() {
    }

    /**
     * Runs {@code make} now if {@code value} passes {@code needed}, else once, the first time it
     * comes to (on the thread that changes it: the FX thread, for the window's state). Give a
     * property the window keeps, not a binding made for the call: a binding is held weakly by
     * what it observes and could be collected before it ever changes.
     */
    public static <T> void when(ObservableValue<T> value, Predicate<? super T> needed, Runnable make) {
        if (needed.test(value.getValue())) {
            make.run();
            return;
        }
        value.addListener(new ChangeListener<T>() {
            @Override
            public void changed(ObservableValue<? extends T> obs, T old, T now) {
                if (needed.test(now)) {
                    value.removeListener(this);
                    make.run();
                }
            }
        });
    }
}
