package org.caseexplorer.authoring.ui;

import atlantafx.base.theme.Styles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.caseexplorer.authoring.FieldDiff;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.TaskExecutor;

/**
 * The case editor, in place of the detail pane: a header with the case's name, its state and
 * the actions, a strip for a change made on disk meanwhile, the problems that keep it a draft,
 * and the form. Unsaved edits are kept as a draft every few seconds.
 */
public final class CaseEditor extends BorderPane {

    static final Duration DRAFT_EVERY = Duration.seconds(3);

    private final CaseEditorViewModel vm;
    private final Messages messages;
    private final Consumer<Exception> failed;
    /** Whether the last draft could not be kept: the next failure in a row is not said again. */
    private boolean draftFailing;

    /**
     * The draft of the unsaved edits could not be kept. The window says so unless it is saying
     * why something else failed, such as the save itself on the same full disk.
     */
    public static final class DraftNotKept extends java.io.IOException {
        DraftNotKept(Throwable cause) {
            super(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
        }
    }
    private final TaskExecutor tasks;
    private final java.util.function.BiConsumer<Integer, String> quoteFromSource;
    /**
     * The form's place in the scroll pane. The form is swapped inside it, never as the scroll
     * pane's content: JavaFX 21's scroll pane skin keeps a listener on its old content, which would
     * keep every form a language switch replaced.
     */
    private final StackPane formHolder = new StackPane();
    private final ScrollPane scroll = new ScrollPane(formHolder);
    private static final int SHOWN_PROBLEMS = 8;
    private final VBox problemList = new VBox(2);
    private final VBox externalBar = new VBox(6);
    private final Timeline drafts;
    private CaseForm form;
    /** What this editor follows that lives longer than it (the window's language): released by {@link #close}. */
    private Subscription following = Subscription.EMPTY;
    /** The node in the editor that last had the focus. */
    private Node lastFocused;

    /**
     * @param save    saves through the window (which reloads the library and reports)
     * @param close   closes the editor (the window asks first if there are unsaved edits)
     * @param history opens the history of the case
     */
    public CaseEditor(CaseEditorViewModel vm, Messages messages, TaskExecutor tasks, Runnable save, Runnable close,
                      Runnable history, Consumer<Exception> failed) {
        this(vm, messages, tasks, save, close, history, failed, null);
    }

    /**
     * @param quoteFromSource opens a source's text for the link at an index; the reader's "Use as
     *                        evidence" goes to {@link CaseEditorViewModel#addEvidence}
     */
    public CaseEditor(CaseEditorViewModel vm, Messages messages, TaskExecutor tasks, Runnable save, Runnable close,
                      Runnable history, Consumer<Exception> failed,
                      java.util.function.BiConsumer<Integer, String> quoteFromSource) {
        this.tasks = tasks;
        this.vm = vm;
        this.messages = messages;
        this.failed = failed;
        this.quoteFromSource = quoteFromSource;
        getStyleClass().add("case-editor");
        setId("case-editor");

        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_3);
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            boolean zh = messages.lang() == org.caseexplorer.cases.Lang.ZH;
            String name = vm.document().text("/name/" + (zh ? "zh" : "en"));
            // A case named in the other language only is called by that name, not by its id.
            name = name.isBlank() ? vm.document().text("/name/" + (zh ? "en" : "zh")) : name;
            return vm.savedId() == null && name.isEmpty() ? messages.get("editor.title.new")
                    : messages.format("editor.title.edit", name.isEmpty() ? vm.document().id() : name);
        }, vm.documentProperty(), messages.langProperty()));
        Label state = new Label();
        state.setId("editor-state");
        state.getStyleClass().add(Styles.TEXT_SMALL);
        state.textProperty().bind(Bindings.createStringBinding(() -> messages.get(vm.isDirty()
                ? (vm.validProperty().get() ? "editor.unsaved" : "editor.draft")
                : vm.openElsewhere().isPresent() ? "editor.readOnly" : "editor.saved"),
                vm.dirtyProperty(), vm.validProperty(), messages.langProperty()));
        Button saveButton = button("editor.save", save);
        saveButton.setId("editor-save");
        saveButton.getStyleClass().add(Styles.ACCENT);
        saveButton.disableProperty().bind(vm.validProperty().not().or(vm.dirtyProperty().not()));
        Button undo = button("editor.undo", vm::undo);
        undo.disableProperty().bind(vm.canUndoProperty().not());
        Button redo = button("editor.redo", vm::redo);
        redo.disableProperty().bind(vm.canRedoProperty().not());
        Button historyButton = button("editor.history", history);
        historyButton.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.savedId() == null,
                vm.documentProperty()));
        Button closeButton = button("editor.close", close);
        closeButton.setId("editor-close");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, saveButton, undo, redo, historyButton, spacer, closeButton);
        buttons.setAlignment(Pos.CENTER_LEFT);
        for (Button b : new Button[] {saveButton, undo, redo, historyButton, closeButton}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        VBox head = new VBox(6, new VBox(2, title, state), buttons);
        head.getStyleClass().add("editor-head");

        problemList.getStyleClass().add("editor-problems");
        problemList.setId("editor-problems");
        problemList.setMinWidth(0);
        externalBar.getStyleClass().add("editor-external");
        externalBar.setId("editor-external");
        VBox top = new VBox(8, head, externalBar, problemList);
        vm.openElsewhere().ifPresent(holder -> top.getChildren().add(1, elsewhereBanner(holder)));
        top.setPadding(new Insets(12, 16, 8, 16));
        setTop(top);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("editor-scroll");
        setCenter(scroll);
        buildForm();

        following = Subscription.combine(
                vm.problems().subscribe(this::showProblems),
                // Saving changes no problem but the summary: "ready to save" becomes "saved" until the next edit.
                vm.dirtyProperty().subscribe((was, now) -> showProblems()),
                vm.externalChangeProperty().subscribe((old, now) -> showExternal(now)),
                messages.langProperty().subscribe((old, now) -> {
                    buildForm();
                    showProblems();
                    showExternal(vm.externalChangeProperty().get());
                }),
                sceneProperty().flatMap(Scene::focusOwnerProperty).subscribe(this::focusMoved));
        showProblems();
        showExternal(vm.externalChangeProperty().get());

        // Undo and redo of the case, not of the one field: a field's own undo would skip the editor's.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.Z) {
                if (e.isShiftDown()) {
                    vm.redo();
                } else {
                    vm.undo();
                }
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Y) {
                vm.redo();
                e.consume();
            }
        });
        // The document is taken here; it is written (with fsync) on the files lane, never on this thread.
        // A draft that cannot be kept (a full or read-only disk) is said once, not every 3 seconds.
        drafts = new Timeline(new KeyFrame(DRAFT_EVERY, e -> tasks.run(tasks.files(), vm.draftWork(),
                done -> draftFailing = false, failure -> {
                    if (!draftFailing) {
                        draftFailing = true;
                        failed.accept(new DraftNotKept(failure));
                    }
                })));
        drafts.setCycleCount(Timeline.INDEFINITE);
        sceneProperty().addListener((obs, old, now) -> {
            if (now == null) {
                drafts.stop();
            } else {
                drafts.play();
            }
        });
    }

    public CaseEditorViewModel viewModel() {
        return vm;
    }

    /**
     * The editor is closed: it stops keeping drafts and following the window's language and its
     * case, so nothing longer-lived holds on to it or wakes it.
     */
    public void close() {
        drafts.stop();
        following.unsubscribe();
        following = Subscription.EMPTY;
        form.detach();
    }

    /**
     * Keeps the focus in the editor when the field that had it goes from under it (a reload or a
     * language switch rebuilds a part of the form, a list item is removed): the scene would pass
     * it on to the next control in the window, often the cards, and the next keystroke would land
     * there. It comes back to the field of the same name, or to the first field. A focus the user
     * moves elsewhere, by click or key, is left alone: the field it left is still there.
     */
    private void focusMoved(Node old, Node now) {
        if (now != null && contains(now)) {
            lastFocused = now;
            return;
        }
        if (old == null || old != lastFocused || (old.getScene() != null && old.isVisible() && !old.isDisabled())) {
            return;
        }
        String id = old.getId();
        javafx.application.Platform.runLater(() -> {
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            if (getScene() == null || (owner != null && owner != now)) {
                return; // closed, or the user has moved on
            }
            Node same = id == null ? null : lookup("#" + id);
            if (same != null) {
                same.requestFocus();
            } else {
                focusFirstField();
            }
        });
    }

    private boolean contains(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Focuses the first field: the English name. */
    public void focusFirstField() {
        Node name = form.fieldAt("/name/en");
        if (name == null) {
            return;
        }
        if (name.getScene() != null) {
            name.requestFocus();
                return;
        }
        // The split pane puts the editor into the scene at its next layout, not when it is handed
        // the editor: a focus asked for before then is lost, and the cards keep it.
        Subscription[] once = new Subscription[1];
        once[0] = name.sceneProperty().subscribe(scene -> {
            if (scene != null && once[0] != null) {
                once[0].unsubscribe();
                javafx.application.Platform.runLater(name::requestFocus);
            }
        });
    }

    /** The control of the value at {@code pointer} ("/links/0/evidence/0/quote"), for tests and links. */
    public Node fieldAt(String pointer) {
        return form.fieldAt(pointer);
    }

    private void buildForm() {
        if (form != null) {
            // The form of the other language goes: it must not go on rebuilding itself on every keystroke.
            form.detach();
        }
        form = new CaseForm(vm, messages, failed, quoteFromSource);
        form.setPadding(new Insets(8, 16, 24, 16));
        // Open for editing elsewhere: shown (and scrolled, and read) here, not changed.
        form.setDisable(vm.openElsewhere().isPresent());
        formHolder.getChildren().setAll(form);
    }

    /** "This case is open for editing in another Case Explorer (on host, process 123) since 10:42. …" */
    private Label elsewhereBanner(org.caseexplorer.authoring.EditLocks.Holder holder) {
        Label banner = new Label();
        banner.setId("editor-elsewhere");
        banner.getStyleClass().add("editor-elsewhere");
        banner.setWrapText(true);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        String since = java.time.format.DateTimeFormatter.ofPattern("HH:mm").withZone(java.time.ZoneId.systemDefault())
                .format(holder.since());
        banner.textProperty().bind(Bindings.createStringBinding(() -> messages.format("editor.elsewhere",
                holder.owner().host(), String.valueOf(holder.owner().pid()), since), messages.langProperty()));
        return banner;
    }

    private void showProblems() {
        problemList.getChildren().clear();
        // A text missing in both languages is one thing to do, counted and listed once, under the text's name.
        List<Problem> listed = vm.problems().stream()
                .filter(p -> !(p.pointer().endsWith("/zh") && form.isMissingInBoth(p.pointer()))).toList();
        // Notes (one language only, a quote in another form) are listed but do not stop a save.
        long problems = listed.stream().filter(p -> !p.isNote()).count();
        long notes = listed.size() - problems;
        String said = problems > 0 ? messages.format("editor.problems", problems)
                : messages.get(vm.isDirty() ? "editor.problems.none" : "editor.problems.saved")
                        + (notes > 0 ? " " + messages.format("editor.problems.notes", notes) : "");
        Label summary = new Label(said);
        summary.setId("editor-problem-summary");
        summary.getStyleClass().add(problems == 0 ? Styles.SUCCESS : Styles.WARNING);
        summary.setWrapText(true);
        problemList.getChildren().add(summary);
        // One under another, each as wide as the pane and wrapped: a long message never widens the window.
        VBox links = new VBox(2);
        links.setMinWidth(0);
        listed.stream().limit(SHOWN_PROBLEMS).forEach(p -> {
            String field = form.isMissingInBoth(p.pointer()) ? p.field().substring(0, p.field().length() - 3) : p.field();
            String place = ProblemPlace.of(field, messages);
            Hyperlink link = new Hyperlink((place.isEmpty() ? "" : place + ": ") + form.said(p),
                    p.isNote() ? org.caseexplorer.ui.Icons.note() : org.caseexplorer.ui.Icons.problem());
            link.getStyleClass().add("editor-problem-link");
            link.pseudoClassStateChanged(CaseForm.NOTE, p.isNote());
            link.setWrapText(true);
            link.setMinWidth(0);
            link.setMaxWidth(Double.MAX_VALUE);
            link.setOnAction(e -> focusField(p.pointer()));
            links.getChildren().add(link);
        });
        if (listed.size() > SHOWN_PROBLEMS) {
            links.getChildren().add(new Label(messages.format("editor.problems.more", listed.size() - SHOWN_PROBLEMS)));
        }
        if (!links.getChildren().isEmpty()) {
            problemList.getChildren().add(links);
        }
    }

    /** Focuses the value at {@code pointer}, or its nearest enclosing field that is shown. */
    private void focusField(String pointer) {
        for (String p = pointer; !p.isEmpty(); p = p.substring(0, p.lastIndexOf('/'))) {
            Node node = form.fieldAt(p);
            if (node != null) {
                node.requestFocus();
                scroll.setVvalue(Math.min(1, node.localToScene(0, 0).getY() / Math.max(1, form.getHeight())));
                return;
            }
        }
    }

    private void showExternal(ExternalChange change) {
        externalBar.getChildren().clear();
        externalBar.setVisible(change != null);
        externalBar.setManaged(change != null);
        if (change == null) {
            return;
        }
        if (change.newerFormat() > 0) {
            Label message = new Label(messages.format("editor.external.newer", change.newerFormat()));
            message.setWrapText(true);
            message.setId("external-newer");
            externalBar.getChildren().add(message);
            return;
        }
        if (change.unreadable()) {
            Label message = new Label(change.unreadableAtLine() > 0
                    ? messages.format("editor.external.unreadableAt", change.unreadableAtLine())
                    : messages.get("editor.external.unreadable"));
            message.setWrapText(true);
            message.setId("external-unreadable");
            Button mine = button("editor.external.mine", vm::keepMine);
            mine.setId("external-mine");
            externalBar.getChildren().addAll(message, new HBox(8, mine));
            return;
        }
        Label message = new Label(messages.format("editor.external.message", change.changes().size()));
        message.setWrapText(true);
        Button theirs = button("editor.external.theirs", vm::takeTheirs);
        theirs.setId("external-theirs");
        Button mine = button("editor.external.mine", vm::keepMine);
        mine.setId("external-mine");
        VBox choices = new VBox(4);
        choices.setVisible(false);
        choices.setManaged(false);
        Set<String> chosen = new HashSet<>();
        for (FieldDiff.Change c : change.changes()) {
            CheckBox take = new CheckBox(messages.format("editor.external.field", c.field(), shorten(c.before()),
                    shorten(c.after())));
            take.setId("external-field" + c.pointer().replace('/', '-'));
            take.selectedProperty().addListener((obs, old, now) -> {
                if (now) {
                    chosen.add(c.pointer());
                } else {
                    chosen.remove(c.pointer());
                }
            });
            choices.getChildren().add(take);
        }
        Button apply = button("editor.external.apply", () -> vm.mergeFromTheirs(Set.copyOf(chosen)));
        apply.setId("external-apply");
        choices.getChildren().add(apply);
        Button choose = button("editor.external.choose", () -> {
            choices.setVisible(true);
            choices.setManaged(true);
        });
        choose.setId("external-choose");
        HBox row = new HBox(8, theirs, mine, choose);
        externalBar.getChildren().addAll(message, row, choices);
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "…";
    }

    private Button button(String key, Runnable action) {
        Button b = new Button();
        // Bound, not set: the header stays while the form is rebuilt in the other language.
        b.textProperty().bind(messages.bind(key));
        b.setMnemonicParsing(true);
        b.setOnAction(e -> {
            try {
                action.run();
            } catch (RuntimeException ex) {
                failed.accept(ex);
            }
        });
        return b;
    }
}
