package org.caseexplorer.authoring;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo of what is done to the library as a whole: a new case saved, a duplicate, a
 * delete, a restore. Each is a pair of file operations that undo each other; both go through
 * {@link UserLibrary}, so an undo keeps the version it replaces in the history too.
 */
public final class LibraryUndo {

    /** A file operation that may fail. */
    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    /** One action: what it is called (a message key and its argument), how to undo and redo it. */
    public record Action(String labelKey, String caseId, Step undo, Step redo) {
    }

    private final Deque<Action> undo = new ArrayDeque<>();
    private final Deque<Action> redo = new ArrayDeque<>();

    /** Notes an action just done. */
    public void done(Action action) {
        undo.push(action);
        redo.clear();
    }

    /** Undoes the last action; it can then be redone. */
    public Optional<Action> undo() throws IOException {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Action action = undo.peek();
        action.undo().run();
        undo.pop();
        redo.push(action);
        return Optional.of(action);
    }

    public Optional<Action> redo() throws IOException {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Action action = redo.peek();
        action.redo().run();
        redo.pop();
        undo.push(action);
        return Optional.of(action);
    }

    /**
     * Notes that {@code action}, the next to undo, was undone elsewhere (its step run on another
     * thread): it can then be redone.
     */
    public void undone(Action action) {
        if (undo.peek() != action) {
            throw new IllegalStateException("not the next action to undo: " + action.labelKey());
        }
        undo.pop();
        redo.push(action);
    }

    /** Notes that {@code action}, the next to redo, was done again elsewhere. */
    public void redone(Action action) {
        if (redo.peek() != action) {
            throw new IllegalStateException("not the next action to redo: " + action.labelKey());
        }
        redo.pop();
        undo.push(action);
    }

    public Optional<Action> nextUndo() {
        return Optional.ofNullable(undo.peek());
    }

    public Optional<Action> nextRedo() {
        return Optional.ofNullable(redo.peek());
    }
}
