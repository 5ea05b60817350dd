package org.caseexplorer.app;

import java.io.IOException;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.caseexplorer.cases.Case;
import org.caseexplorer.editor.AuthoringViewModel;
import org.caseexplorer.editor.CaseEditor;
import org.caseexplorer.editor.CaseEditorViewModel;
import org.caseexplorer.editor.HistoryDialog;
import org.caseexplorer.editor.RecoveryDialog;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;

/**
 * The window's side of authoring: asks the questions (which folder, delete?, recover?), shows
 * the editor in place of the detail pane, and routes undo and redo to the editor or to the
 * library. The work itself is {@link AuthoringViewModel}'s.
 */
final class CaseAuthoring {

    private final AppState state;
    private final Messages messages;
    private final LibraryService libraries;
    private final Settings settings;
    private final AuthoringViewModel authoring;
    private final Supplier<Window> window;
    private final Consumer<Node> showEditor;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** What the status strip says, in words made again when the language changes. */
    private Supplier<String> said = () -> "";
    private Path documents = Path.of(System.getProperty("user.home"), "Documents");
    private CaseEditor editor;
    /** A case to select once the library has reloaded with it. */
    private String selectAfterLoad;

    /** @param showEditor puts the editor in place of the detail pane, or (null) the detail pane back */
    CaseAuthoring(AppState state, Messages messages, LibraryService libraries, Settings settings,
                  Supplier<Window> window, Consumer<Node> showEditor) {
        this.state = state;
        this.messages = messages;
        this.libraries = libraries;
        this.settings = settings;
        this.window = window;
        this.showEditor = showEditor;
        this.authoring = new AuthoringViewModel(libraries::userFolder, state::library, libraries.loader(),
                libraries::reload, Clock.systemUTC(), System::nanoTime);
        authoring.statusProperty().addListener((obs, old, key) -> {
            if (!key.isEmpty()) {
                say(() -> messages.get(key));
            }
        });
        messages.langProperty().addListener((obs, old, now) -> status.set(said.get()));
        state.loadedProperty().addListener((obs, old, now) -> {
            run(authoring::folderChanged);
            if (selectAfterLoad != null && state.library().caseById(selectAfterLoad).isPresent()) {
                state.select(state.library().caseById(selectAfterLoad).get());
                selectAfterLoad = null; // once: a later reload keeps whatever is selected then
            }
        });
    }

    AuthoringViewModel viewModel() {
        return authoring;
    }

    ReadOnlyStringProperty status() {
        return status.getReadOnlyProperty();
    }

    CaseEditor editor() {
        return editor;
    }

    /** Where the "Case Explorer" library folder is proposed: the user's documents folder. */
    void setDocumentsFolder(Path folder) {
        documents = folder;
    }

    // --- actions -----------------------------------------------------------------------------

    void newCase() {
        if (ensureLibrary()) {
            run(() -> openEditor(authoring.newCase()));
        }
    }

    void editSelected() {
        Case c = state.selected();
        if (c != null && authoring.isMine(c)) {
            run(() -> openEditor(authoring.edit(c)));
        }
    }

    void duplicate(Case c) {
        if (c != null && ensureLibrary()) {
            run(() -> {
                CaseEditorViewModel vm = authoring.duplicate(c);
                selectAfterLoad = vm.document().id();
                openEditor(vm);
            });
        }
    }

    void delete(Case c) {
        if (c == null || !authoring.isMine(c)) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window.get());
        ask.setTitle(messages.get("authoring.delete.title"));
        ask.setHeaderText(messages.format("authoring.delete.header", c.name().in(messages.lang())));
        ButtonType delete = new ButtonType(messages.get("authoring.delete.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(delete, cancel);
        if (ask.showAndWait().orElse(cancel) == delete) {
            run(() -> {
                authoring.delete(c);
                closeEditorView();
            });
        }
    }

    void history(String caseId) {
        if (caseId == null) {
            return;
        }
        run(() -> new HistoryDialog(window.get(), authoring, caseId, messages).showAndWait()
                .ifPresent(version -> run(() -> authoring.restore(version))));
    }

    void save() {
        if (editor != null) {
            run(() -> {
                if (authoring.save()) {
                    selectAfterLoad = editor.viewModel().savedId();
                } else {
                    say(() -> messages.get("authoring.notSaved"));
                }
            });
        }
    }

    void undo() {
        if (editorHasFocus()) {
            editor.viewModel().undo();
        } else {
            String what = libraryUndoText().orElse(null);
            run(authoring::undoLibrary);
            if (what != null) {
                // Say what was taken back: undoing a new case removes it from the cards and the disk.
                say(() -> messages.format("authoring.undone.what", what));
            }
        }
    }

    /** Edit ▸ Undo's words: what it would take back, named, when that is a library action. */
    String undoText() {
        return editorHasFocus() ? messages.get("menu.edit.undo")
                : libraryUndoText().map(what -> messages.format("menu.edit.undo.what", what))
                        .orElse(messages.get("menu.edit.undo"));
    }

    private Optional<String> libraryUndoText() {
        return authoring.nextLibraryUndo().map(a -> switch (a.labelKey()) {
            case "authoring.done.new" -> messages.format("authoring.undo.new", a.caseId());
            case "authoring.done.duplicate" -> messages.format("authoring.undo.duplicate", a.caseId());
            case "authoring.done.delete" -> messages.format("authoring.undo.delete", a.caseId());
            default -> messages.format("authoring.undo.restore", a.caseId());
        });
    }

    void redo() {
        if (editorHasFocus()) {
            editor.viewModel().redo();
        } else {
            run(authoring::redoLibrary);
        }
    }

    void close() {
        if (editor != null) {
            closeEditorView();
        }
    }

    /** After start-up: offers back the unsaved edits a crash left behind. */
    void offerRecovery() {
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
    void recover(AuthoringViewModel.Recovery recovery) {
        run(() -> openEditor(authoring.recover(recovery)));
    }

    /** The actions on one case, for a card's context menu and the detail pane. */
    ContextMenu menuFor(Case c) {
        MenuItem edit = item("menu.case.edit", () -> {
            state.select(c);
            editSelected();
        });
        edit.setDisable(!authoring.isMine(c));
        MenuItem duplicate = item("menu.case.duplicate", () -> duplicate(c));
        MenuItem delete = item("menu.case.delete", () -> delete(c));
        delete.setDisable(!authoring.isMine(c));
        MenuItem history = item("menu.case.history", () -> history(c.id()));
        history.setDisable(!authoring.isMine(c));
        return new ContextMenu(edit, duplicate, delete, history);
    }

    boolean isMine(Case c) {
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
     * With no library of one's own open, offers to make one (a "Case Explorer" folder in the
     * documents folder), remembers it and opens it.
     */
    private boolean ensureLibrary() {
        if (authoring.hasLibrary()) {
            return true;
        }
        Path proposed = documents.resolve("Case Explorer");
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window.get());
        ask.setTitle(messages.get("authoring.library.title"));
        ask.setHeaderText(messages.get("authoring.library.header"));
        ask.setContentText(proposed.toString());
        ButtonType create = new ButtonType(messages.get("authoring.library.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(messages.get("authoring.library.choose"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(create, choose, cancel);
        ButtonType answer = ask.showAndWait().orElse(cancel);
        Path folder;
        if (answer == create) {
            folder = proposed;
        } else if (answer == choose) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("authoring.library.title"));
            File chosen = chooser.showDialog(window.get());
            if (chosen == null) {
                return false;
            }
            folder = chosen.toPath();
        } else {
            return false;
        }
        try {
            org.caseexplorer.authoring.UserLibrary.create(folder, Clock.systemUTC());
        } catch (Exception e) {
            failed(e);
            return false;
        }
        settings.chooseLibraryFolder(Optional.of(folder));
        libraries.load(Optional.of(folder));
        return true;
    }

    private void openEditor(CaseEditorViewModel vm) {
        if (editor != null) {
            editor.close();
        }
        editor = new CaseEditor(vm, messages, this::save, this::close,
                () -> history(vm.savedId()), this::failed,
                (link, sourceId) -> org.caseexplorer.sources.SourceReaderWindow.show(window.get(), state.library(),
                        sourceId, messages, quote -> vm.addEvidence(link, quote.sourceId(), quote.quote())));
        showEditor.accept(editor);
        CaseEditor shown = editor;
        // Once the window has the focus back (a dialog may just have closed) and the form is laid out.
        javafx.application.Platform.runLater(shown::focusFirstField);
    }

    /**
     * Before the window closes: whether to go on. With unsaved edits open it asks, as an editor
     * does: save them (or, while the case is incomplete, keep them as a draft, offered back at
     * the next start), quit without them, or stay.
     */
    boolean mayQuit() {
        if (editor == null || authoring.editor() != editor.viewModel() || !editor.viewModel().isDirty()) {
            return true;
        }
        CaseEditorViewModel open = editor.viewModel();
        boolean valid = open.validProperty().get();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(window.get());
        ask.setTitle(messages.get("quit.unsaved.title"));
        ask.setHeaderText(messages.get(valid ? "quit.unsaved.header" : "quit.unsaved.header.draft"));
        ButtonType keep = new ButtonType(messages.get(valid ? "quit.unsaved.save" : "quit.unsaved.draft"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType discard = new ButtonType(messages.get("quit.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ask.getButtonTypes().setAll(keep, discard, cancel);
        ButtonType choice = ask.showAndWait().orElse(cancel);
        try {
            if (choice == keep && valid) {
                save();
                return !open.isDirty(); // a save that failed says so and keeps the window
            } else if (choice == keep) {
                open.keepDraft();
                return true;
            } else if (choice == discard) {
                authoring.close();
                return true;
            }
        } catch (IOException e) {
            failed(e);
        }
        return false;
    }

    private void closeEditorView() {
        run(() -> {
            if (editor != null && authoring.editor() == editor.viewModel()) {
                if (editor.viewModel().isDirty()) {
                    Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
                    ask.initOwner(window.get());
                    ask.setTitle(messages.get("editor.close.title"));
                    ask.setHeaderText(messages.get("editor.close.header"));
                    ButtonType discard = new ButtonType(messages.get("editor.close.discard"),
                            ButtonBar.ButtonData.OK_DONE);
                    ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
                    ask.getButtonTypes().setAll(discard, cancel);
                    if (ask.showAndWait().orElse(cancel) != discard) {
                        return;
                    }
                }
                authoring.close();
            }
            if (editor != null) {
                editor.close();
            }
            editor = null;
            showEditor.accept(null);
        });
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Something to do that may fail: a failure is said in the status strip, never thrown at the user. */
    private void run(Action action) {
        try {
            action.run();
        } catch (Exception e) {
            failed(e);
        }
    }

    private void failed(Exception e) {
        String why = e.getMessage() == null ? e.toString() : e.getMessage();
        say(() -> messages.format("authoring.failed", why));
    }

    private void say(Supplier<String> words) {
        said = words;
        status.set(words.get());
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }
}
