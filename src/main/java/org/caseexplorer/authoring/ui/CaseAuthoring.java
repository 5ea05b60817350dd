package org.caseexplorer.authoring.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Node;
import javafx.stage.Window;
import org.caseexplorer.authoring.LibraryUndo;
import org.caseexplorer.cases.Case;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.sources.EvidenceQuote;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.TaskExecutor;

/**
 * The window's side of authoring: asks the questions (which folder, delete?, recover?), shows
 * the editor in place of the detail pane, and routes undo and redo to the editor or to the
 * library. The work itself is {@link AuthoringViewModel}'s.
 */
public final class CaseAuthoring {

    private final AppState state;
    private final Messages messages;
    private final LibraryService libraries;
    private final Consumer<Path> libraryMade;
    private final QuotePicker quotes;
    private final AuthoringViewModel authoring;
    private final Supplier<Window> window;
    private final Dialogs dialogs;
    private final TaskExecutor tasks;
    private final Consumer<Node> showEditor;
    private final StatusLine line;
    private Path documents = Path.of(System.getProperty("user.home"), "Documents");
    private CaseEditor editor;
    /** A case to select once the library has reloaded with it. */
    private String selectAfterLoad;

    /** Shows a source's text to pick a quote from; the quote picked goes to {@code chosen}. */
    @FunctionalInterface
    public interface QuotePicker {
        void pick(String sourceId, Consumer<EvidenceQuote> chosen);
    }

    /**
     * @param showEditor puts the editor in place of the detail pane, or (null) the detail pane back
     * @param libraryMade remembers a library folder just made as the one to open next time
     * @param quotes opens a source's reader for the editor's "find a quote"
     */
    public CaseAuthoring(AppState state, Messages messages, LibraryService libraries, TaskExecutor tasks,
                         Supplier<Window> window, Dialogs dialogs, Consumer<Node> showEditor,
                         Consumer<Path> libraryMade, QuotePicker quotes) {
        this.tasks = tasks;
        this.state = state;
        this.messages = messages;
        this.libraries = libraries;
        this.libraryMade = libraryMade;
        this.quotes = quotes;
        this.window = window;
        this.dialogs = dialogs;
        this.showEditor = showEditor;
        this.authoring = new AuthoringViewModel(libraries::userFolder, state::library, libraries.loader(),
                libraries::reload, tasks, Clock.systemUTC(), System::nanoTime);
        authoring.statusProperty().addListener((obs, old, key) -> {
            if (!key.isEmpty()) {
                say(() -> messages.get(key));
            }
        });
        this.line = new StatusLine(messages);
        // A write takes a moment on the files lane; what it did is said when it is done.
        authoring.writingProperty().addListener((obs, was, now) -> {
            if (now) {
                say(() -> messages.get("authoring.writing"));
            }
        });
        state.loadedProperty().addListener((obs, old, now) -> {
            run(authoring::folderChanged);
            if (selectAfterLoad != null && state.library().caseById(selectAfterLoad).isPresent()) {
                state.select(state.library().caseById(selectAfterLoad).get());
                selectAfterLoad = null; // once: a later reload keeps whatever is selected then
            }
        });
    }

    public AuthoringViewModel viewModel() {
        return authoring;
    }

    public ReadOnlyStringProperty status() {
        return line.text();
    }

    /** Whether the status strip is saying why something failed: those words stay until the next thing is said. */
    public javafx.beans.property.ReadOnlyBooleanProperty failing() {
        return line.failing();
    }

    public CaseEditor editor() {
        return editor;
    }

    /** Where the "Case Explorer" library folder is proposed: the user's documents folder. */
    public void setDocumentsFolder(Path folder) {
        documents = folder;
    }

    // --- actions -----------------------------------------------------------------------------

    public void newCase() {
        withLibrary(() -> run(() -> openEditor(authoring.newCase())));
    }

    public void editSelected() {
        Case c = state.selected();
        if (c != null && authoring.isMine(c)) {
            run(() -> openEditor(authoring.edit(c)));
        }
    }

    public void duplicate(Case c) {
        if (c != null) {
            withLibrary(() -> run(() -> {
                CaseEditorViewModel vm = authoring.duplicate(c, this::failed);
                selectAfterLoad = vm.document().id();
                openEditor(vm);
            }));
        }
    }

    public void delete(Case c) {
        if (c == null || !authoring.isMine(c)) {
            return;
        }
        if (confirm(messages.get("authoring.delete.title"),
                messages.format("authoring.delete.header", c.name().in(messages.lang())), "authoring.delete.ok")) {
            run(() -> {
                reportFailure(authoring.delete(c));
                closeEditorView();
            });
        }
    }

    public void history(String caseId) {
        if (caseId == null) {
            return;
        }
        run(() -> new HistoryDialog(window.get(), authoring, caseId, messages).showAndWait()
                .ifPresent(version -> reportFailure(authoring.restore(version))));
    }

    public void save() {
        if (editor != null && !authoring.writingProperty().get()) {
            CaseEditorViewModel saving = editor.viewModel();
            authoring.save().whenComplete((saved, failure) -> {
                if (failure != null) {
                    failed(failure);
                } else if (saved) {
                    selectAfterLoad = saving.savedId();
                } else {
                    say(() -> messages.get("authoring.notSaved"));
                }
            });
        }
    }

    public void undo() {
        if (editorHasFocus()) {
            editor.viewModel().undo();
        } else {
            LibraryUndo.Action what = authoring.nextLibraryUndo().orElse(null);
            // An undo that takes away or rewrites the case being edited closes its editor first
            // (asking about unsaved edits): the file must never go from under an open editor.
            if (authoring.nextLibraryUndo().filter(a -> isOpenInEditor(a.caseId())).isPresent()
                    && !closeEditorView()) {
                return;
            }
            authoring.undoLibrary().whenComplete((done, failure) -> {
                if (failure != null) {
                    failed(failure);
                } else if (what != null) {
                    // Say what was taken back: undoing a new case removes it from the cards and the disk.
                    // In the words of the moment it is read: a language switch says it again.
                    say(() -> messages.format("authoring.undone.what", describe(what)));
                }
            });
        }
    }

    /** Edit ▸ Undo's words: what it would take back, named, when that is a library action. */
    public String undoText() {
        return editorHasFocus() ? messages.get("menu.edit.undo")
                : authoring.nextLibraryUndo().map(what -> messages.format("menu.edit.undo.what", describe(what)))
                        .orElse(messages.get("menu.edit.undo"));
    }

    /** A library action named as Undo and the status strip name it. */
    private String describe(LibraryUndo.Action a) {
        return switch (a.labelKey()) {
            case "authoring.done.new" -> messages.format("authoring.undo.new", a.caseId());
            case "authoring.done.duplicate" -> messages.format("authoring.undo.duplicate", a.caseId());
            case "authoring.done.delete" -> messages.format("authoring.undo.delete", a.caseId());
            default -> messages.format("authoring.undo.restore", a.caseId());
        };
    }

    public void redo() {
        if (editorHasFocus()) {
            editor.viewModel().redo();
        } else {
            if (authoring.nextLibraryRedo().filter(a -> isOpenInEditor(a.caseId())).isPresent()
                    && !closeEditorView()) {
                return;
            }
            reportFailure(authoring.redoLibrary());
        }
    }

    void close() {
        if (editor != null) {
            closeEditorView();
        }
    }

    /** After start-up: offers back the unsaved edits a crash left behind. */
    public void offerRecovery() {
        run(() -> {
            for (AuthoringViewModel.Recovery r : authoring.recoveries()) {
                RecoveryDialog.Choice choice = new RecoveryDialog(window.get(), r, messages).showAndWait()
                        .orElse(RecoveryDialog.Choice.LATER);
                if (choice == RecoveryDialog.Choice.RECOVER) {
                    recover(r);
                    return;
                } else if (choice == RecoveryDialog.Choice.DISCARD) {
                    authoring.discardRecovery(r);
                }
            }
        });
    }

    /** Opens a recovered draft in the editor. */
    public void recover(AuthoringViewModel.Recovery recovery) {
        run(() -> openEditor(authoring.recover(recovery)));
    }

    public boolean isMine(Case c) {
        return authoring.isMine(c);
    }

    // --- helpers -----------------------------------------------------------------------------

    private boolean editorHasFocus() {
        if (editor == null || editor.getScene() == null) {
            return false;
        }
        for (Node n = editor.getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == editor) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs {@code then} with a library of one's own open: with none open, offers to make one (a
     * "Case Explorer" folder in the documents folder), makes it on the files lane, remembers it,
     * opens it, and then runs {@code then}; not at all if the user declines.
     */
    public void withLibrary(Runnable then) {
        if (authoring.hasLibrary()) {
            then.run();
            return;
        }
        Path proposed = documents.resolve("Case Explorer");
        enum Where { PROPOSED, CHOSEN, NOWHERE }
        Where answer = dialogs.ask(new Dialogs.Question<>(messages.get("authoring.library.title"),
                messages.get("authoring.library.header"), proposed.toString(), List.of(
                        new Dialogs.Answer<>(Where.PROPOSED, messages.get("authoring.library.create"), Dialogs.Role.DEFAULT),
                        new Dialogs.Answer<>(Where.CHOSEN, messages.get("authoring.library.choose"), Dialogs.Role.OTHER),
                        new Dialogs.Answer<>(Where.NOWHERE, messages.get("dialog.cancel"), Dialogs.Role.CANCEL))))
                .orElse(Where.NOWHERE);
        Path folder;
        if (answer == Where.PROPOSED) {
            folder = proposed;
        } else if (answer == Where.CHOSEN) {
            Optional<Path> chosen = dialogs.chooseFolder(messages.get("authoring.library.title"), null);
            if (chosen.isEmpty()) {
                return;
            }
            folder = chosen.get();
        } else {
            return;
        }
        say(() -> messages.get("authoring.writing"));
        tasks.run(tasks.files(), () -> org.caseexplorer.authoring.UserLibrary.create(folder, Clock.systemUTC()), made -> {
            libraryMade.accept(folder);
            libraries.load(Optional.of(folder));
            say(() -> messages.format("authoring.library.made", folder.toString()));
            then.run();
        }, this::failed);
    }

    private void openEditor(CaseEditorViewModel vm) {
        if (editor != null) {
            editor.close();
        }
        editor = new CaseEditor(vm, messages, tasks, this::save, this::close,
                () -> history(vm.savedId()), this::failed,
                (link, sourceId) -> quotes.pick(sourceId, quote -> vm.addEvidence(link, quote.sourceId(), quote.quote())));
        showEditor.accept(editor);
        CaseEditor shown = editor;
        // At once, so keys typed right after F2 or Ctrl+N land in the form; and again once the
        // window has the focus back (a dialog, such as "create your library", may just have closed).
        shown.focusFirstField();
        javafx.application.Platform.runLater(() -> {
            if (editor == shown && !shown.isFocusWithin()) {
                shown.focusFirstField();
            }
        });
    }

    /**
     * Before the window closes: whether to go on. With unsaved edits open it asks, as an editor
     * does: save them (or, while the case is incomplete, keep them as a draft, offered back at
     * the next start), quit without them, or stay.
     */
    public boolean mayQuit() {
        if (editor == null || authoring.editor() != editor.viewModel()) {
            return true;
        }
        if (!editor.viewModel().isDirty()) {
            try {
                editor.viewModel().keepDraft(); // nothing to keep: it drops any draft and gives up the lock
            } catch (IOException e) {
                // Quitting all the same: a lock left behind is stale once this process ends.
            }
            return true;
        }
        CaseEditorViewModel open = editor.viewModel();
        boolean valid = open.validProperty().get();
        enum Choice { KEEP, DISCARD, STAY }
        Choice choice = dialogs.ask(new Dialogs.Question<>(messages.get("quit.unsaved.title"),
                messages.get(valid ? "quit.unsaved.header" : "quit.unsaved.header.draft"), null, List.of(
                        new Dialogs.Answer<>(Choice.KEEP, messages.get(valid ? "quit.unsaved.save" : "quit.unsaved.draft"),
                                Dialogs.Role.DEFAULT),
                        new Dialogs.Answer<>(Choice.DISCARD, messages.get("quit.unsaved.discard"), Dialogs.Role.NO),
                        new Dialogs.Answer<>(Choice.STAY, messages.get("dialog.cancel"), Dialogs.Role.CANCEL))))
                .orElse(Choice.STAY);
        try {
            if (choice == Choice.KEEP && valid) {
                // The one save here and now: the window waits for it before it closes.
                authoring.saveNow();
                return !open.isDirty(); // a save that failed says so and keeps the window
            } else if (choice == Choice.KEEP) {
                open.keepDraft();
                return true;
            } else if (choice == Choice.DISCARD) {
                authoring.close();
                return true;
            }
        } catch (IOException e) {
            failed(e);
        }
        return false;
    }

    /** Closes the editor, asking first about unsaved edits; false when the user chose to keep it open. */
    private boolean closeEditorView() {
        if (editor != null && authoring.editor() == editor.viewModel() && editor.viewModel().isDirty()
                && !confirm(messages.get("editor.close.title"), messages.get("editor.close.header"),
                        "editor.close.discard")) {
            return false;
        }
        run(() -> {
            if (editor != null && authoring.editor() == editor.viewModel()) {
                authoring.close();
            }
            if (editor != null) {
                editor.close();
            }
            editor = null;
            showEditor.accept(null);
        });
        return true;
    }

    /** Whether the case {@code caseId} is the one open in the editor (as saved, or as named now). */
    private boolean isOpenInEditor(String caseId) {
        return editor != null && (caseId.equals(editor.viewModel().savedId())
                || caseId.equals(editor.viewModel().document().id()));
    }

    /**
     * A question whose yes loses something (a case deleted, edits dropped): true when the user
     * chose {@code okKey}'s answer. Cancel is the default, so Enter loses nothing.
     */
    private boolean confirm(String title, String header, String okKey) {
        return dialogs.ask(new Dialogs.Question<>(title, header, null, List.of(
                new Dialogs.Answer<>(true, messages.get(okKey), Dialogs.Role.DESTRUCTIVE),
                new Dialogs.Answer<>(false, messages.get("dialog.cancel"), Dialogs.Role.CANCEL)))).orElse(false);
    }

    /** Something to do that may fail: a failure is said in the status strip, never thrown at the user. */
    private void run(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            failed(e);
        }
    }

    /** A write's failure, when it comes, is said in the status strip. */
    private void reportFailure(java.util.concurrent.CompletableFuture<?> write) {
        write.whenComplete((done, failure) -> {
            if (failure != null) {
                failed(failure);
            }
        });
    }

    private void failed(Throwable e) {
        line.failed(e);
    }

    private void say(Supplier<String> words) {
        line.say(words);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
