package org.caseexplorer.authoring.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.CaseHistory;
import org.caseexplorer.authoring.CaseIds;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.FieldDiff;
import org.caseexplorer.authoring.LibraryUndo;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.state.ViewModel;

/**
 * What is done to the user's library from the window: new case, edit, duplicate, delete,
 * history and restore, crash recovery, and the undo of each. Holds the editor that is open.
 * {@code javafx.beans} only; the window asks the questions (which folder, are you sure).
 */
@ViewModel
public final class AuthoringViewModel {

    /** A draft left by a crash, and what it changes in the file it edits (everything, for a new case). */
    public record Recovery(DraftStore.Draft draft, List<FieldDiff.Change> changes) {
    }

    private final Supplier<Optional<Path>> userFolder;
    private final Supplier<Library> context;
    private final LibraryLoader loader;
    private final Runnable reload;
    private final TaskExecutor tasks;
    private final Clock clock;
    private final LongSupplier nanoClock;
    private final LibraryUndo undo = new LibraryUndo();
    private final ReadOnlyObjectWrapper<CaseEditorViewModel> editor = new ReadOnlyObjectWrapper<>();
    /** The last thing done or gone wrong, as a message key and its argument, for the status strip. */
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** A save, delete, restore, undo or redo being written on the files lane. */
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper();

    public AuthoringViewModel(Supplier<Optional<Path>> userFolder, Supplier<Library> context, LibraryLoader loader,
                              Runnable reload, TaskExecutor tasks, Clock clock, LongSupplier nanoClock) {
        this.userFolder = userFolder;
        this.context = context;
        this.loader = loader;
        this.reload = reload;
        this.tasks = tasks;
        this.clock = clock;
        this.nanoClock = nanoClock;
    }

    public ReadOnlyObjectProperty<CaseEditorViewModel> editorProperty() {
        return editor.getReadOnlyProperty();
    }

    public CaseEditorViewModel editor() {
        return editor.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Whether something is being written to the library now (on the files lane): meanwhile a
     * second save, delete, restore, undo or redo is refused, and the window says it is saving.
     */
    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }

    public boolean hasLibrary() {
        return userFolder.get().isPresent();
    }

    /** The user's library, if one is open (opening it writes nothing: its schemas are written with its first save). */
    public Optional<UserLibrary> library() throws IOException {
        Optional<Path> folder = userFolder.get();
        return folder.isPresent() ? Optional.of(new UserLibrary(folder.get(), clock)) : Optional.empty();
    }

    private UserLibrary requireLibrary() throws IOException {
        return library().orElseThrow(() -> new IOException("no library of your own is open"));
    }

    /** Whether {@code c} was read from the user's library (and so may be edited and deleted). */
    public boolean isMine(Case c) {
        return c != null && userFolder.get().map(f -> c.file().equals(f + "/" + c.id() + ".json")).orElse(false);
    }

    /** Opens an editor on a new, empty case. */
    public CaseEditorViewModel newCase() throws IOException {
        UserLibrary library = requireLibrary();
        return open(CaseEditors.forNew(library, new DraftStore(library.folder()), loader, context,
                CaseDocument.blank(), newDraftKey(), nanoClock, tasks));
    }

    /** Opens an editor on one of the user's cases. */
    public CaseEditorViewModel edit(Case c) throws IOException {
        if (!isMine(c)) {
            throw new IOException(c.id() + " is a built-in case; duplicate it to your library to change it");
        }
        UserLibrary library = requireLibrary();
        return open(CaseEditors.forFile(library, new DraftStore(library.folder()), loader, context, c.id(),
                nanoClock, tasks));
    }

    /**
     * Copies {@code c}'s file into the user's library under a new id, saves it (undoably) and
     * opens it in the editor. A copy the loader would not take as it is opens unsaved instead. A
     * failure of the copy's save, on the files lane, goes to {@code saveFailed}.
     */
    public CaseEditorViewModel duplicate(Case c, Consumer<Throwable> saveFailed) throws IOException {
        UserLibrary library = requireLibrary();
        CaseDocument copy = CaseDocument.parse(Files.readAllBytes(fileOf(c)));
        String id = CaseIds.unique(c.id(), context.get().cases().stream().map(Case::id).collect(Collectors.toSet())::contains);
        copy = CaseIds.namedAsCopy(copy.withText("/id", id).withText("/$schema", org.caseexplorer.authoring.CaseJson.SCHEMA_REFERENCE));
        if (!isMine(c) && !copy.at("/image").isMissingNode()) {
            copy = copy.withValue("/image", null); // a built-in picture is not in the user's folder
        }
        CaseEditorViewModel opened = open(CaseEditors.forNew(library, new DraftStore(library.folder()), loader,
                context, copy, newDraftKey(), nanoClock, tasks));
        if (opened.validProperty().get() && !writing.get()) {
            save(opened, "authoring.done.duplicate").whenComplete((saved, failure) -> {
                if (failure != null) {
                    saveFailed.accept(failure);
                }
            });
        }
        return opened;
    }

    private Path fileOf(Case c) {
        String name = c.id() + ".json";
        return isMine(c) ? userFolder.get().orElseThrow().resolve(name) : BuiltInLibrary.folder().path().resolve(name);
    }

    /**
     * Saves the open editor's case on the files lane. The first save of a new case is a library
     * action, undone by deleting the file (to the history).
     *
     * @return whether it was written, once it is; false at once if the case has a problem or
     *         something else is being written
     */
    public CompletableFuture<Boolean> save() {
        CaseEditorViewModel open = editor.get();
        return open == null ? CompletableFuture.completedFuture(false) : save(open, "authoring.done.new");
    }

    /** Saves here and now (before the window closes: it waits for the save anyway). */
    public boolean saveNow() throws IOException {
        CaseEditorViewModel open = editor.get();
        if (open == null || writing.get()) {
            return false;
        }
        boolean isNew = open.savedId() == null;
        String before = open.savedId();
        if (!open.save()) {
            return false;
        }
        saved(open, "authoring.done.new", isNew, before, requireLibrary());
        return true;
    }

    private CompletableFuture<Boolean> save(CaseEditorViewModel open, String newKey) {
        if (!open.isDirty() && open.savedId() != null) {
            // Nothing unsaved (Ctrl+S with Save greyed out): the file is left as it is, whatever its format.
            return CompletableFuture.completedFuture(true);
        }
        Callable<Runnable> work = open.saveWork();
        if (work == null || writing.get()) {
            return CompletableFuture.completedFuture(false);
        }
        boolean isNew = open.savedId() == null;
        String before = open.savedId();
        return write(() -> {
            UserLibrary library = requireLibrary();
            Runnable done = work.call();
            return () -> {
                done.run();
                saved(open, newKey, isNew, before, library);
            };
        }).thenApply(x -> true);
    }

    private void saved(CaseEditorViewModel open, String newKey, boolean isNew, String before, UserLibrary library) {
        String id = open.savedId();
        if (isNew) {
            undo.done(new LibraryUndo.Action(newKey, id, () -> library.delete(id),
                    () -> restoreNewest(library, id)));
        }
        // A rename moves the file under the old id to the history: say so, or the case seems copied and lost.
        say(isNew ? newKey : before.equals(id) ? "authoring.done.save" : "authoring.done.rename");
        reload.run();
    }

    /**
     * Deletes one of the user's cases on the files lane: the file goes to the history, and undo
     * brings it back. An editor open on it closes first.
     *
     * @throws IOException at once if the case is not the user's, or no library is open
     */
    public CompletableFuture<Void> delete(Case c) throws IOException {
        if (!isMine(c)) {
            throw new IOException(c.id() + " is a built-in case and cannot be deleted");
        }
        if (writing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String id = c.id();
        CaseEditorViewModel open = editor.get();
        if (open != null && id.equals(open.savedId())) {
            close();
        }
        return write(() -> {
            UserLibrary library = requireLibrary();
            library.delete(id);
            return () -> {
                undo.done(new LibraryUndo.Action("authoring.done.delete", id, () -> restoreNewest(library, id),
                        () -> library.delete(id)));
                say("authoring.done.delete");
                reload.run();
            };
        });
    }

    private static void restoreNewest(UserLibrary library, String id) throws IOException {
        List<CaseHistory.Version> versions = library.history().versions(id);
        if (versions.isEmpty()) {
            throw new IOException("no kept version of " + id);
        }
        library.restore(versions.get(0));
    }

    /** The kept versions of one of the user's cases, newest first. */
    public List<CaseHistory.Version> versions(String caseId) throws IOException {
        return requireLibrary().history().versions(caseId);
    }

    /** What {@code version} would change in the case's file as it is now, field by field. */
    public List<FieldDiff.Change> differences(CaseHistory.Version version) throws IOException {
        UserLibrary library = requireLibrary();
        Optional<byte[]> now = library.read(version.caseId());
        CaseDocument current = now.isPresent() ? CaseDocument.parse(now.get()) : CaseDocument.blank();
        return FieldDiff.between(current, version.document());
    }

    /** Puts a kept version back, on the files lane (undoable: undo puts back what it replaced). */
    public CompletableFuture<Void> restore(CaseHistory.Version version) {
        if (writing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        String id = version.caseId();
        return write(() -> {
            UserLibrary library = requireLibrary();
            Optional<byte[]> before = library.read(id);
            library.restore(version);
            // Undo and redo put back bytes: the file before (readable or not) and the file restored.
            Optional<byte[]> restored = library.read(id);
            return () -> {
                undo.done(new LibraryUndo.Action("authoring.done.restore", id, () -> {
                    if (before.isPresent()) {
                        library.putBack(id, before.get());
                    } else {
                        library.delete(id);
                    }
                }, () -> library.putBack(id, restored.orElseThrow())));
                say("authoring.done.restore");
                checkOpenEditor();
                reload.run();
            };
        });
    }

    public boolean canUndoLibrary() {
        return undo.nextUndo().isPresent();
    }

    public boolean canRedoLibrary() {
        return undo.nextRedo().isPresent();
    }

    /** The library action Undo would take back, if any: its kind (the key it was done with) and case id. */
    public Optional<LibraryUndo.Action> nextLibraryUndo() {
        return undo.nextUndo();
    }

    /** The library action Redo would do again, if any. */
    public Optional<LibraryUndo.Action> nextLibraryRedo() {
        return undo.nextRedo();
    }

    /** Takes back the last library action, on the files lane. */
    public CompletableFuture<Void> undoLibrary() {
        return step(undo.nextUndo(), LibraryUndo.Action::undo, undo::undone, "authoring.undone");
    }

    /** Does again the last library action taken back, on the files lane. */
    public CompletableFuture<Void> redoLibrary() {
        return step(undo.nextRedo(), LibraryUndo.Action::redo, undo::redone, "authoring.redone");
    }

    /** One undo or redo: {@code which} step of {@code next} on the files lane, then {@code noted} here. */
    private CompletableFuture<Void> step(Optional<LibraryUndo.Action> next,
                                         Function<LibraryUndo.Action, LibraryUndo.Step> which,
                                         Consumer<LibraryUndo.Action> noted, String doneKey) {
        if (next.isEmpty() || writing.get()) {
            return CompletableFuture.completedFuture(null);
        }
        LibraryUndo.Action action = next.get();
        return write(() -> {
            which.apply(action).run();
            return () -> {
                noted.accept(action);
                say(doneKey);
                checkOpenEditor();
                reload.run();
            };
        });
    }

    /** The open editor looks at its file again (it may just have changed under it). */
    private void checkOpenEditor() {
        CaseEditorViewModel open = editor.get();
        if (open != null) {
            try {
                open.checkDisk();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Runs {@code work} on the files lane; what it returns is then run here (the FX thread), and
     * the future completes after it. {@link #writingProperty} is true meanwhile.
     */
    private CompletableFuture<Void> write(Callable<Runnable> work) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        writing.set(true);
        tasks.run(tasks.files(), work, then -> {
            writing.set(false);
            try {
                then.run();
                result.complete(null);
            } catch (RuntimeException e) {
                result.completeExceptionally(e instanceof UncheckedIOException u ? u.getCause() : e);
            }
        }, failure -> {
            writing.set(false);
            result.completeExceptionally(failure);
        });
        return result;
    }

    /** Says {@code key} in the status strip, again if it is what was said last. */
    private void say(String key) {
        status.set("");
        status.set(key);
    }

    /** Drafts left behind by a crash, each with what it changes. */
    public List<Recovery> recoveries() throws IOException {
        Optional<UserLibrary> library = library();
        if (library.isEmpty()) {
            return List.of();
        }
        CaseEditorViewModel open = editor.get();
        List<Recovery> found = new java.util.ArrayList<>();
        for (DraftStore.Draft draft : new DraftStore(library.get().folder()).leftBehind()) {
            if (open != null && open.draftKey().equals(draft.key())) {
                continue;
            }
            Optional<CaseDocument> file = library.get().fileEditedBy(draft);
            found.add(new Recovery(draft, FieldDiff.between(file.orElse(CaseDocument.blank()), draft.document())));
        }
        return found;
    }

    /** Opens a recovered draft in the editor, unsaved, as it was. */
    public CaseEditorViewModel recover(Recovery recovery) throws IOException {
        UserLibrary library = requireLibrary();
        DraftStore drafts = new DraftStore(library.folder());
        DraftStore.Draft draft = recovery.draft();
        return open(CaseEditors.forDraft(library, drafts, loader, context, draft, nanoClock, tasks));
    }

    public void discardRecovery(Recovery recovery) throws IOException {
        new DraftStore(requireLibrary().folder()).discard(recovery.draft().key());
    }

    /** Closes the editor; its unsaved edits are dropped (the caller has asked). */
    public void close() throws IOException {
        CaseEditorViewModel open = editor.get();
        if (open != null) {
            open.discard();
            editor.set(null);
        }
    }

    private CaseEditorViewModel open(CaseEditorViewModel vm) throws IOException {
        CaseEditorViewModel previous = editor.get();
        if (previous != null) {
            previous.keepDraft();
        }
        editor.set(vm);
        return vm;
    }

    private static String newDraftKey() {
        return "new-" + UUID.randomUUID();
    }

    /** The folder's hash check after the watcher saw a change: only the open editor's file matters. */
    public void folderChanged() throws IOException {
        CaseEditorViewModel open = editor.get();
        if (open != null) {
            open.revalidate();
            open.checkDisk();
        }
    }
}
