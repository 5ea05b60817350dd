package org.caseexplorer.authoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Undo and redo over states (the editor's {@link CaseDocument}s): each edit records the state
 * before it. Typing is coalesced: edits to the same field, each within {@link #PAUSE_NANOS} of
 * the one before, undo together, as a word typed undoes at once, not letter by letter. A pause,
 * another field or a structural edit (no key) starts a new step.
 */
public final class EditHistory<T> {

    /** A pause longer than this starts a new undo step, even in the same field. */
    public static final long PAUSE_NANOS = 1_000_000_000L;
    private static final int LIMIT = 500;

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final LongSupplier nanoClock;
    private String lastKey;
    private long lastTime;

    public EditHistory(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Notes an edit from {@code before}; {@code coalesceKey} names the field typed in, or is null
     * for an edit that is a step of its own.
     */
    public void record(T before, String coalesceKey) {
        long now = nanoClock.getAsLong();
        boolean coalesce = coalesceKey != null && coalesceKey.equals(lastKey) && now - lastTime <= PAUSE_NANOS
                && !undo.isEmpty();
        if (!coalesce) {
            undo.push(Objects.requireNonNull(before));
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        lastKey = coalesceKey;
        lastTime = now;
        redo.clear();
    }

    /** The state to go back to from {@code current}, if any. */
    public Optional<T> undo(T current) {
        lastKey = null;
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    public Optional<T> redo(T current) {
        lastKey = null;
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /**
     * The edit just recorded has been dealt with (checked and shown): the pause that splits
     * typing counts from now. On a slow machine the check of each keystroke can take most of
     * {@link #PAUSE_NANOS}; counted from the keystroke, typing at an ordinary pace would undo
     * in pieces (a new id undone to its first letter instead of to the old id).
     */
    public void settled() {
        if (lastKey != null) {
            lastTime = nanoClock.getAsLong();
        }
    }

    /** Ends the current typing step: the next edit is a step of its own. */
    public void breakCoalescing() {
        lastKey = null;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        lastKey = null;
    }
}
