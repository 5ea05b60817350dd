package org.caseexplorer.authoring.ui;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.cases.Problem;

/**
 * The editor's check of a case as it is typed, and the problems it found, off the FX thread: a
 * quote checked against a source text of 10 MB takes a while, and typing must not wait for it.
 * Each edit asks for a check of the case as it now is; a check asked for runs on the checks lane
 * only if no later one was asked for meanwhile, and its problems are shown (on the FX thread) only
 * if they are still the latest: the problems shown never belong to an older version than ones
 * already shown. With inline lanes (tests) each check runs at once, as it did before.
 */
final class LiveCheck {

    private final Executor lane;
    private final Executor fx;
    private final Function<CaseDocument, List<Problem>> check;
    private final AtomicLong asked = new AtomicLong();

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    /** One read-only view, kept: a new one per call would be collected, and its listeners with it. */
    private final ObservableList<Problem> readOnly = FXCollections.unmodifiableObservableList(problems);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    /** The version of the case the problems shown belong to. */
    private CaseDocument checked;

    LiveCheck(Executor lane, Executor fx, Function<CaseDocument, List<Problem>> check) {
        this.lane = lane;
        this.fx = fx;
        this.check = check;
    }

    /** The problems of the version last checked, in field order. */
    ObservableList<Problem> problems() {
        return readOnly;
    }

    /** No problem but notes (a quote found in another form, one language only): worth reading, not in the way. */
    ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Checks {@code document} on the lane; its problems are shown on the FX thread, unless a later check was asked for. */
    void ask(CaseDocument document) {
        long mine = asked.incrementAndGet();
        lane.execute(() -> {
            if (asked.get() != mine) {
                return; // a later version is waiting: this one would be thrown away
            }
            List<Problem> found = check.apply(document);
            fx.execute(() -> {
                if (asked.get() == mine) {
                    show(document, found);
                }
            });
        });
    }

    /**
     * Whether {@code document} has no problem, checked here and now unless its problems are the
     * ones shown (Save, which must know what it writes); later answers to earlier asks are dropped.
     */
    boolean validNow(CaseDocument document) {
        if (checked != document) {
            asked.incrementAndGet();
            show(document, check.apply(document));
        }
        return valid.get();
    }

    private void show(CaseDocument document, List<Problem> found) {
        checked = document;
        problems.setAll(found);
        valid.set(found.stream().allMatch(Problem::isNote));
    }
}
