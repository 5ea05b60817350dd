package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseexplorer.authoring.CaseDocument;
import org.caseexplorer.authoring.DraftStore;
import org.caseexplorer.authoring.UserLibrary;
import org.caseexplorer.authoring.ui.CaseEditor;
import org.caseexplorer.authoring.ui.CaseEditorViewModel;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Source;
import org.caseexplorer.state.AppState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case editor in the real window, headless: create, save, undo, problems, disk changes, recovery. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class CaseEditorWindowTest {

    /** A quote as the seed has it (what-is-internet-thinking), so the case holds after quote checks too. */
    private static final String QUOTE = "通過與米粉密切互動,優化產品設計。";

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/editor-test-" + System.nanoTime());
    private AppState state;
    private MainWindow window;
    private TestWindow test;

    @TempDir
    Path documents;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
        state = test.state;
        window = test.window;
    }

    @AfterEach
    void cleanUp() throws Exception {
        // Closing the window writes its place into the node, as the app does: close it first.
        test.close();
        node.removeNode();
        test.libraries.close();
    }

    private CaseEditor editor() {
        return window.authoring().editor();
    }

    private TextInputControl field(String pointer) {
        Node n = editor().fieldAt(pointer);
        assertNotNull(n, "no field for " + pointer);
        return (TextInputControl) n;
    }

    private static void type(FxRobot robot, String text) {
        robot.write(text);
    }

    /** A user library with xiaomi copied in as "mine", loaded, "mine" selected and open in the editor. */
    private Path openMine(FxRobot robot, UnaryDoc change) throws Exception {
        Path folder = documents.resolve("lib");
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        library.save(change.apply(CaseDocument.parse(Files.readAllBytes(Path.of("cases/xiaomi.json")))
                .withText("/id", "mine")), null);
        robot.interact(() -> test.libraries.load(Optional.of(folder)).join());
        robot.interact(() -> {
            state.select(state.library().caseById("mine").orElseThrow());
            window.authoring().editSelected();
        });
        assertNotNull(editor());
        return folder;
    }

    private interface UnaryDoc {
        CaseDocument apply(CaseDocument d);
    }

    @Test
    void aCaseMadeFromNothingWithTheKeyboardIsSavedAndShownAsACardAndInAComparison(FxRobot robot) throws Exception {
        robot.interact(() -> window.setDocumentsFolder(documents));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.ENTER); // "Create" the proposed library
        // It is made on the files lane, then opened, then the editor opens on it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Path library = documents.resolve("Case Explorer");
        assertTrue(Files.isDirectory(library), "the library was made");
        assertTrue(Files.isRegularFile(library.resolve("schema/case.schema.json")));
        assertNotNull(editor(), "the editor opened");
        // The field is focused once the form is laid out (a pulse later on a busy machine): wait for that, bounded.
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> field("/name/en") == window.getScene().getFocusOwner());
        } catch (java.util.concurrent.TimeoutException e) {
            // the assertion below says what has the focus instead
        }
        assertEquals(field("/name/en"), window.getScene().getFocusOwner(), "typing starts in the English name");

        type(robot, "Nio");
        robot.push(KeyCode.TAB);
        type(robot, "蔚来");
        robot.push(KeyCode.TAB);
        type(robot, "Electric cars");
        robot.push(KeyCode.TAB);
        type(robot, "电动汽车");
        robot.push(KeyCode.TAB);
        type(robot, "Cars sold like phones.");
        robot.push(KeyCode.TAB);
        type(robot, "像卖手机一样卖车。");
        robot.push(KeyCode.TAB);
        type(robot, "A test case.");
        robot.push(KeyCode.TAB);
        type(robot, "一个测试案例。");
        assertEquals("nio", editor().viewModel().document().id(), "the id follows the English name");
        assertEquals("Cars sold like phones.", editor().viewModel().document().text("/tagline/en"),
                "Tab left the text area instead of typing a tab");

        robot.push(KeyCode.ALT, KeyCode.L); // Add _link
        Node principle = editor().fieldAt("/links/0/principle");
        assertEquals(principle, window.getScene().getFocusOwner(), "the new link's principle picker has focus");
        int participation = state.library().principles().stream().map(p -> p.id()).toList().indexOf("participation");
        robot.push(KeyCode.F4);
        for (int i = 0; i <= participation; i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);
        assertEquals("participation", editor().viewModel().document().text("/links/0/principle"));
        robot.interact(() -> field("/links/0/explanation/en").requestFocus());
        type(robot, "Fans shape the product.");
        robot.push(KeyCode.TAB);
        type(robot, "粉丝参与产品设计。");
        robot.push(KeyCode.TAB);
        List<String> sources = state.library().sources().stream().map(Source::id).toList();
        Node source = editor().fieldAt("/links/0/evidence/0/source");
        assertEquals(source, window.getScene().getFocusOwner(), "Tab reaches the quote's source");
        robot.push(KeyCode.F4);
        for (int i = 0; i <= sources.indexOf("what-is-internet-thinking"); i++) {
            robot.push(KeyCode.DOWN);
        }
        robot.push(KeyCode.ENTER);
        robot.push(KeyCode.TAB);
        type(robot, QUOTE);
        // No problem; a note that its quote is unchecked, as the built-in source cited has no text.
        assertEquals(List.of("1 quote is unchecked: built-in source \u201Cwhat-is-internet-thinking\u201D comes"
                + " without its text (cite a source of your own that has one to have it checked)"),
                editor().viewModel().problems().stream().map(p -> p.message()).toList(), "a complete case has no problem");
        assertTrue(editor().viewModel().problems().get(0).isNote());

        robot.push(KeyCode.CONTROL, KeyCode.S);
        Path file = library.resolve("nio.json");
        assertTrue(Files.isRegularFile(file), "saved");
        assertEquals(CaseDocument.parse(Files.readAllBytes(file)), editor().viewModel().document());
        assertFalse(editor().viewModel().isDirty());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.library().caseById("nio").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Case nio = state.library().caseById("nio").orElseThrow();
        assertEquals("participation", nio.links().get(0).principle());
        assertTrue(state.shownCases().contains(nio), "shown as a card");
        assertEquals(nio, state.shownCases().get(state.shownCases().size() - 1), "after the built-in cases");
        robot.interact(() -> window.gallery().focusCards());
        robot.push(KeyCode.END); // the card cursor to the last card, scrolled into view
        assertTrue(robot.lookup(".case-card .card-title").queryAll().stream()
                .anyMatch(n -> "Nio".equals(((javafx.scene.text.Text) n).getText()) && TestWindow.showing(n)),
                        "its card is on screen");

        robot.interact(() -> {
            state.toggleComparison(nio);
            state.toggleComparison(state.library().caseById("xiaomi").orElseThrow());
            window.showComparison();
        });
        assertTrue(window.isComparing());
        assertTrue(robot.lookup(".comparison-view").queryAll().stream().flatMap(v -> v.lookupAll(".label").stream())
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains("Nio")),
                "the new case has a column in the comparison");
    }

    /** Issue 24, item 15: with only the built-in library, Save view… offers to make a library first, as New case does. */
    @Test
    void theEditorsLettersWorkInChineseAndNoneClashesWithAMenu(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.setDocumentsFolder(documents);
            test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH);
        });
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ALT, KeyCode.K); // 添加事实（K）
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, editor().viewModel().document().size("/facts"), "Alt+K added a key fact in Chinese");
        robot.push(KeyCode.ALT, KeyCode.L); // 添加与原则的关联（L）
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, editor().viewModel().document().size("/links"), "Alt+L added a link in Chinese");
        assertTrue(robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class).getMenus().stream()
                .noneMatch(javafx.scene.control.Menu::isShowing), "no menu opened on the way");
    }

    @Test
    void saveViewWithNoLibraryOffersToMakeOneAndThenSavesTheView(FxRobot robot) throws Exception {
        robot.interact(() -> window.setDocumentsFolder(documents));
        robot.interact(() -> state.setFilter(new org.caseexplorer.filter.CaseFilter(java.util.Set.of("fans"),
                java.util.Set.of(), org.caseexplorer.filter.FilterMode.ANY, "")));
        // The question is modal: asked from a later turn of the FX thread, so the test goes on to answer it.
        javafx.application.Platform.runLater(window::saveView);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.ENTER); // "Create" the proposed library
        // The library is made, and the view's name is asked for in it.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".text-input-dialog").tryQuery().isPresent());
        assertTrue(Files.isDirectory(documents.resolve("Case Explorer")), "the library was made first");
        assertTrue(test.libraries.userFolder().isPresent(), "and opened");
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void undoAndRedoWorkOnTheWholeCaseFromTheKeyboard(FxRobot robot) throws Exception {
        openMine(robot, d -> d);
        robot.interact(() -> field("/industry/en").requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        type(robot, "Cars");
        assertEquals("Cars", editor().viewModel().document().text("/industry/en"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Mobile phones and smart devices", field("/industry/en").getText(), "typing undone as one step");
        assertFalse(editor().viewModel().isDirty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("Cars", field("/industry/en").getText());
        robot.interact(() -> editor().viewModel().move("/facts", 0, 1));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Entered the phone market", editor().viewModel().document().text("/facts/0/label/en"));
    }

    private String problemSummary(FxRobot robot) {
        return robot.lookup("#editor-problem-summary").queryAs(Label.class).getText();
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + said);
    }

    /**
     * On a full disk, then a read-only one (a small file system of its own, mounted for the test:
     * the tests run as root, so chmod would stop nothing), a failed save is said in the status
     * strip and stays said: the draft timer, failing too every 3 seconds, does not replace it.
     */
    @Test
    void aSaveThatFailsOnAFullOrReadOnlyDiskStaysSaidWhileTheDraftsFailToo(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(documents.resolve("lib"));
        run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", folder.toString());
        try {
            openMine(robot, d -> d);
            Path filler = folder.resolve(".filler");
            try (var out = Files.newOutputStream(filler)) {
                byte[] block = new byte[4096];
                while (true) {
                    out.write(block);
                }
            } catch (java.io.IOException full) {
                // The disk is full.
            }
            robot.interact(() -> editor().viewModel().setText("/summary/en", "Too late for the disk."));
            robot.push(KeyCode.CONTROL, KeyCode.S);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> window.authoring().status().get().startsWith("Could not"));
            String saveFailed = window.authoring().status().get();
            assertTrue(saveFailed.contains("No space left on device"), saveFailed);
            Thread.sleep(4_000); // past a draft tick, which fails on the full disk too
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(saveFailed, window.authoring().status().get(), "the save's failure stays in view");
            assertTrue(editor().viewModel().isDirty(), "the edit is still there, unsaved");
            assertFalse(Files.readString(folder.resolve("mine.json")).contains("Too late"), "the file is as it was");

            Files.delete(filler);
            run("mount", "-o", "remount,ro", folder.toString());
            robot.interact(() -> editor().viewModel().setText("/summary/en", "Too late for a read-only disk."));
            robot.push(KeyCode.CONTROL, KeyCode.S);
            String saying = saveFailed;
            for (int i = 0; i < 100 && saying.equals(saveFailed); i++) {
                Thread.sleep(100);
                saying = window.authoring().status().get();
            }
            String readOnly = saying;
            assertTrue(readOnly.startsWith("Could not") && readOnly.contains("is read-only"), readOnly);
            Thread.sleep(4_000);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(readOnly, window.authoring().status().get(), "the save's failure stays in view");
        } finally {
            robot.interact(() -> {
                try {
                    window.authoring().editor().viewModel().discard();
                } catch (java.io.IOException e) {
                    // The draft is on the read-only disk: nothing to drop there.
                }
            });
            run("umount", "-l", folder.toString());
        }
    }

    @Test
    void afterCtrlSTheSummarySaysSavedAndReadyToSaveOnlyAfterTheNextEdit(FxRobot robot) throws Exception {
        Path folder = openMine(robot, d -> d);
        robot.interact(() -> field("/summary/en").requestFocus());
        type(robot, " More.");
        // The copy's quotes cite the built-in sources, which have no text here: one note, listed
        // under the summary, that does not stop a save.
        assertEquals("No problems: ready to save. 1 note:", problemSummary(robot));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(Files.readString(folder.resolve("mine.json")).contains(" More."), "saved");
        assertEquals("Saved, with no problems. 1 note:", problemSummary(robot));
        assertEquals("Saved", robot.lookup("#editor-state").queryAs(Label.class).getText());
        assertEquals("Saved.", robot.lookup("#authoring-status").queryAs(Label.class).getText());
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH));
        assertEquals("已保存。", robot.lookup("#authoring-status").queryAs(Label.class).getText(),
                "the status strip follows the language");
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.EN));
        robot.interact(() -> field("/summary/en").requestFocus());
        robot.interact(() -> field("/summary/en").end());
        type(robot, "!");
        assertEquals("No problems: ready to save. 1 note:", problemSummary(robot));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("Saved, with no problems. 1 note:", problemSummary(robot), "undone back to what is on disk");
    }

    /**
     * Whether the object is garbage-collected within a bounded wait, collecting as it waits.
     * TestFX keeps every event fired on the stage, each with its target, so those are let go first.
     */
    private static boolean collected(java.lang.ref.WeakReference<?> ref) throws Exception {
        java.lang.reflect.Field fired = org.testfx.api.FxToolkitContext.class.getDeclaredField("firedEvents");
        fired.setAccessible(true);
        org.testfx.service.support.FiredEvents events =
                (org.testfx.service.support.FiredEvents) fired.get(org.testfx.api.FxToolkit.toolkitContext());
        org.testfx.api.FxToolkit.setupFixture(events::clearEvents);
        try {
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> {
                System.gc();
                return ref.get() == null;
            });
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void aClosedEditorIsGarbageCollected(FxRobot robot) throws Exception {
        openMine(robot, d -> d);
        java.lang.ref.WeakReference<CaseEditor> closed = new java.lang.ref.WeakReference<>(editor());
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH));
        robot.clickOn("#editor-close");
        assertNull(editor(), "the editor is closed");
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.EN));
        assertTrue(collected(closed), "nothing longer-lived (the window's language, the library) holds a closed editor");
    }

    @Test
    void aFormReplacedByALanguageSwitchNoLongerUpdatesAndIsGarbageCollected(FxRobot robot) throws Exception {
        openMine(robot, d -> d);
        TextInputControl oldSummary = field("/summary/en");
        String before = oldSummary.getText();
        java.lang.ref.WeakReference<Node> oldForm = new java.lang.ref.WeakReference<>(editor().lookup(".case-form"));
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH));
        assertNotSame(oldSummary, field("/summary/en"), "the language switch built a new form");
        robot.interact(() -> field("/summary/en").requestFocus());
        robot.interact(() -> field("/summary/en").end());
        type(robot, " More.");
        assertEquals(before + " More.", field("/summary/en").getText());
        assertEquals(before, oldSummary.getText(), "the detached form no longer follows the case");
        oldSummary = null;
        assertTrue(collected(oldForm), "the replaced form is not kept by the case it edited");
    }

    @Test
    void quittingWithUnsavedEditsAsksAndCancelKeepsTheWindowAndSaveAndQuitWritesThem(FxRobot robot) throws Exception {
        Path folder = openMine(robot, d -> d);
        robot.interact(() -> field("/summary/en").requestFocus());
        type(robot, " Unsaved.");
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        assertTrue(robot.lookup(".dialog-pane").tryQuery().isPresent(), "Quit asks about the unsaved edits");
        robot.clickOn("Cancel");
        assertTrue(window.getScene().getWindow().isShowing(), "Cancel keeps the window");
        assertTrue(editor().viewModel().isDirty(), "and the edits");
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        robot.clickOn("Save and quit");
        assertTrue(Files.readString(folder.resolve("mine.json")).contains(" Unsaved."), "saved before quitting");
        assertFalse(window.getScene().getWindow().isShowing(), "and the window closed");
    }

    @Test
    void quittingWithNoUnsavedEditsAsksNothing(FxRobot robot) throws Exception {
        Path folder = openMine(robot, d -> d);
        Path lock = folder.resolve(org.caseexplorer.authoring.EditLocks.FOLDER).resolve("mine.lock");
        assertTrue(Files.exists(lock), "the open editor holds the case");
        robot.push(KeyCode.CONTROL, KeyCode.Q);
        assertFalse(window.getScene().getWindow().isShowing());
        assertFalse(Files.exists(lock), "and gives it up on quitting, edits or none");
    }

    @Test
    void renamingUndoesAndRedoesFromTheKeyboardAndSavingKeepsTheOldFileInTheHistory(FxRobot robot) throws Exception {
        Path folder = openMine(robot, d -> d);
        robot.interact(() -> field("/id").requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.A);
        type(robot, "ours");
        assertEquals("ours", editor().viewModel().document().id());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("mine", editor().viewModel().document().id(), "undo restores the old id");
        assertEquals("mine", field("/id").getText());
        assertFalse(editor().viewModel().isDirty());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("ours", field("/id").getText(), "redo renames again");

        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(Files.isRegularFile(folder.resolve("ours.json")), "saved under the new id");
        assertFalse(Files.exists(folder.resolve("mine.json")), "no second copy under the old id");
        assertTrue(Files.list(folder.resolve(".history").resolve("mine")).findAny().isPresent(),
                "the old file went to the history, not away");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.library().caseById("ours").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(editor(), "the editor stays open on the renamed case");
        assertEquals("ours", editor().viewModel().document().id());

        // Undo after the save takes the rename back in the editor; saving that puts the old id back.
        robot.interact(() -> field("/summary/en").requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("mine", editor().viewModel().document().id());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        assertTrue(Files.isRegularFile(folder.resolve("mine.json")));
        assertFalse(Files.exists(folder.resolve("ours.json")));
        assertTrue(Files.list(folder.resolve(".history").resolve("ours")).findAny().isPresent());
    }

    @Test
    void emptyFieldsSayWhatGoesInThemAndAMissingNameIsSaidOnceAtItsField(FxRobot robot) throws Exception {
        robot.interact(() -> window.setDocumentsFolder(documents));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.push(KeyCode.ENTER); // "Create" the proposed library
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("English name", field("/name/en").getPromptText());
        assertEquals("Chinese name", field("/name/zh").getPromptText());
        Label nameLine = robot.lookup("#problem-name-en").queryAs(Label.class);
        assertEquals("Name is missing: write it in English, in Chinese or both.", nameLine.getText());
        assertFalse(robot.lookup("#problem-name-zh").queryAs(Label.class).isVisible(), "said once, not twice");
        assertTrue(robot.lookup("#editor-problems .hyperlink").queryAll().stream()
                .map(n -> ((Labeled) n).getText()).noneMatch(t -> t.contains("write the text here")));
        robot.interact(() -> field("/name/zh").requestFocus());
        type(robot, "蔚来");
        assertFalse(nameLine.isVisible(), "a name in one language is enough");
        assertEquals("case-1", editor().viewModel().document().id(), "proposed from the Chinese name");
        robot.interact(() -> editor().viewModel().addLink(""));
        assertEquals("Choose a principle.", robot.lookup("#problem-links-0--principle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#editor-problems .hyperlink").queryAll().stream().map(n -> ((Labeled) n).getText())
                .anyMatch(t -> t.equals("Link 1 › Principle: Choose a principle.")), "listed by where it is in the form");
        robot.interact(() -> test.messages.langProperty().set(org.caseexplorer.cases.Lang.ZH));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("英文名称", field("/name/en").getPromptText());
        assertEquals("缺少行业：请用英文、中文或两种语言填写。", robot.lookup("#problem-industry-en").queryAs(Label.class).getText());
    }

    @Test
    void aProblemWithAQuoteIsShownAtThatQuote(FxRobot robot) throws Exception {
        openMine(robot, d -> d);
        ComboBox<?> source = (ComboBox<?>) editor().fieldAt("/links/0/evidence/0/source");
        robot.interact(() -> editor().viewModel().setText("/links/0/evidence/0/source", "no-such-article"));
        // Whatever the loader says about this quote (an unknown source; or, with quote checks,
        // words not in the source) is shown at the quote, beside its source and text.
        List<Node> lines = robot.lookup(".field-problem").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("problem-links-0--evidence-0-"))
                .filter(Node::isVisible).toList();
        assertFalse(lines.isEmpty(), "a problem line at the quote");
        assertTrue(((Label) lines.get(0)).getText().contains("no-such-article"), ((Label) lines.get(0)).getText());
        assertTrue(editor().viewModel().problems().stream().anyMatch(p -> p.field().startsWith("links[0].evidence[0]")));
        assertTrue(robot.lookup("#editor-save").queryButton().isDisabled(), "a case with a problem is not saved");
        assertNotNull(source.getScene());
    }

    /**
     * A library whose source has its article's text: a misquote is shown at the quote as the
     * loader's "not in the source" problem, and "Quote from a source" opens the reader, whose
     * "Use as evidence" puts the selected passage into the link exactly as the source has it.
     */
    @Test
    void aMisquoteIsShownAtItsFieldAndAQuoteTakenFromTheSourceGoesInAsTheSourceHasIt(FxRobot robot) throws Exception {
        Path folder = documents.resolve("lib");
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        Files.createDirectories(folder.resolve("sources"));
        String article = "第一節\n小米的參與感，來自用戶。雷軍說：「專注、極致、口碑、快。」\n";
        Files.writeString(folder.resolve("sources/article.txt"), article);
        Files.writeString(folder.resolve("sources.json"), "{ \"sources\": [ { \"id\": \"my-article\", "
                + "\"title\": { \"en\": \"My_article\", \"zh\": \"我的文章\" }, \"text\": \"sources/article.txt\" } ] }");
        library.save(CaseDocument.parse(Files.readAllBytes(Path.of("cases/xiaomi.json"))).withText("/id", "mine")
                .withText("/links/0/evidence/0/source", "my-article")
                .withText("/links/0/evidence/0/quote", "小米的參與感，來自用戶。"), null);
        robot.interact(() -> test.libraries.load(Optional.of(folder)).join());
        robot.interact(() -> {
            state.select(state.library().caseById("mine").orElseThrow());
            window.authoring().editSelected();
        });
        assertTrue(editor().viewModel().problems().stream().noneMatch(p -> p.field().startsWith("links[0].evidence[0]")),
                "the quote as the source has it: " + editor().viewModel().problems());

        robot.interact(() -> editor().viewModel().setText("/links/0/evidence/0/quote", "小米的參與感來自粉絲。"));
        List<Node> lines = robot.lookup(".field-problem").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("problem-links-0--evidence-0-"))
                .filter(Node::isVisible).toList();
        assertFalse(lines.isEmpty(), "a problem line at the misquote");
        assertTrue(editor().viewModel().problems().stream().anyMatch(p -> p.field().startsWith("links[0].evidence[0]")
                && !p.isNote()), editor().viewModel().problems().toString());

        int before = editor().viewModel().document().size("/links/0/evidence");
        // The link's section may be scrolled out of sight: its menu is used as a keyboard user would.
        javafx.scene.control.MenuButton fromSource = robot.lookup("#quote-from-source-0")
                .queryAs(javafx.scene.control.MenuButton.class);
        assertFalse(fromSource.isDisabled(), "a source with a text to quote from");
        assertEquals(List.of("My_article"), fromSource.getItems().stream().map(javafx.scene.control.MenuItem::getText).toList());
        assertFalse(fromSource.getItems().get(0).isMnemonicParsing(), "a title's underscore is shown, not a mnemonic");
        robot.interact(() -> fromSource.getItems().get(0).fire());
        TextArea text = robot.lookup("#source-text").queryAs(TextArea.class);
        int start = article.indexOf("專注");
        robot.interact(() -> text.selectRange(start, start + "專注、極致、口碑、快。".length()));
        robot.clickOn("#source-use");
        assertEquals(before + 1, editor().viewModel().document().size("/links/0/evidence"));
        assertEquals("專注、極致、口碑、快。", editor().viewModel().document().text("/links/0/evidence/" + before + "/quote"));
        assertEquals("my-article", editor().viewModel().document().text("/links/0/evidence/" + before + "/source"));
    }

    @Test
    void aChangeOnDiskWhileEditingIsOfferedFieldByField(FxRobot robot) throws Exception {
        Path folder = openMine(robot, d -> d);
        CaseEditorViewModel vm = editor().viewModel();
        robot.interact(() -> vm.setText("/summary/en", "Mine."));
        byte[] before = Files.readAllBytes(folder.resolve("mine.json"));
        // The same bytes written again (a touch, a sync tool): nothing to say.
        Files.write(folder.resolve("mine.json"), before);
        robot.interact(() -> test.libraries.reload());
        assertFalse(robot.lookup("#editor-external").query().isVisible());
        CaseDocument theirs = CaseDocument.parse(before).withText("/accent", "#123456")
                .withText("/industry/en", "Theirs");
        Files.write(folder.resolve("mine.json"), theirs.bytes());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.externalChangeProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#editor-external").query().isVisible(), "shown without a modal");
        robot.clickOn("#external-choose");
        robot.clickOn("#external-field-accent");
        robot.clickOn("#external-apply");
        assertEquals("#123456", vm.document().text("/accent"), "their accent, chosen");
        assertEquals("Mobile phones and smart devices", vm.document().text("/industry/en"), "my industry, kept");
        assertEquals("Mine.", vm.document().text("/summary/en"), "my unsaved summary, kept");
        robot.push(KeyCode.CONTROL, KeyCode.S);
        robot.interact(() -> test.libraries.reload());
        assertFalse(robot.lookup("#editor-external").query().isVisible(), "the app's own save raises nothing");
    }

    @Test
    void unsavedEditsAreKeptAsADraftAndOfferedBackAfterACrash(FxRobot robot) throws Exception {
        Path folder = openMine(robot, d -> d);
        robot.interact(() -> editor().viewModel().setText("/summary/en", "Unsaved."));
        Path drafts = folder.resolve(DraftStore.FOLDER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.isDirectory(drafts)
                && Files.list(drafts).anyMatch(p -> p.toString().endsWith(".json")));
        // What a crash leaves: the draft on disk, its process gone, and a new start with no editor open.
        Path draft;
        try (var listed = Files.list(drafts)) {
            draft = listed.filter(p -> p.getFileName().toString().startsWith("mine--")).findFirst().orElseThrow();
        }
        Process gone = new ProcessBuilder("true").start();
        long started = gone.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(1L);
        gone.waitFor();
        com.fasterxml.jackson.databind.node.ObjectNode wrapper = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(draft.toFile());
        new org.caseexplorer.authoring.Owner(org.caseexplorer.authoring.Owner.current().host(), gone.pid(), started)
                .writeTo(wrapper.putObject("owner"));
        Path kept = documents.resolve("kept.json");
        Files.writeString(kept, wrapper.toPrettyString());
        robot.interact(() -> {
            try {
                window.authoring().viewModel().close();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Files.copy(kept, draft);
        List<org.caseexplorer.authoring.ui.AuthoringViewModel.Recovery> found =
                window.authoring().viewModel().recoveries();
        assertEquals(1, found.size());
        assertEquals(List.of("summary.en"), found.get(0).changes().stream()
                .map(org.caseexplorer.authoring.FieldDiff.Change::field).toList(), "what differs from the file");
        robot.interact(() -> window.authoring().recover(found.get(0)));
        assertNotNull(editor());
        assertEquals("Unsaved.", editor().viewModel().document().text("/summary/en"));
        assertTrue(editor().viewModel().isDirty(), "recovered edits are not saved until you save them");
    }

    @Test
    void aCardsContextMenuDuplicatesABuiltInCaseIntoANewLibraryAndUndoTakesItBack(FxRobot robot) throws Exception {
        robot.interact(() -> window.setDocumentsFolder(documents));
        Node card = TestWindow.compareToggle(robot, "tesla").getParent();
        robot.rightClickOn(card);
        robot.clickOn("Duplicate to my library");
        robot.push(KeyCode.ENTER); // "Create" the proposed library
        WaitForAsyncUtils.waitForFxEvents();
        Path copy = documents.resolve("Case Explorer").resolve("tesla-2.json");
        assertTrue(Files.isRegularFile(copy), "duplicated under a new id");
        assertEquals("tesla-2", editor().viewModel().document().id());
        robot.interact(() -> window.gallery().focusCards());
        assertEquals("Undo copying case “tesla-2” (removes the copy)", window.authoring().undoText(),
                "the menu says what Undo will take back before it is chosen");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertFalse(Files.exists(copy), "undo of the duplicate, outside the editor, takes the file away");
        String said = window.authoring().status().get();
        assertTrue(said.startsWith("Undone: copying case “tesla-2”"), said);
        assertTrue(Files.list(documents.resolve("Case Explorer").resolve(".history").resolve("tesla-2")).findAny()
                .isPresent(), "to the history, not away");
    }

    /**
     * F2 on a card of one's own opens it in the editor with the typing in its first field, not on
     * the cards: even keys typed at once, before the editor has been laid out.
     */
    @Test
    void f2OnACardOpensTheEditorWithTheFocusInItsFirstField(FxRobot robot) throws Exception {
        Path folder = documents.resolve("lib");
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        library.save(CaseDocument.parse(Files.readAllBytes(Path.of("cases/xiaomi.json"))).withText("/id", "mine"), null);
        robot.interact(() -> test.libraries.load(Optional.of(folder)).join());
        robot.interact(() -> {
            state.select(state.library().caseById("mine").orElseThrow());
            window.gallery().focusCards();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.F2).write("cab"); // "c" on the cards would put the case in the tray
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> editor() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(field("/name/en"), window.getScene().getFocusOwner(), "typing is in the English name");
        assertEquals("cab", field("/name/en").getText(), "every key typed after F2 reached the name");
        assertTrue(state.comparedCases().isEmpty(), "no key went to the cards");
    }

    /**
     * A kept version that cannot be read at all shows no changes and cannot be restored; one kept
     * as bytes that are no case shows as text and can be put back; a readable one shows its changes.
     */
    @Test
    void anUnreadableVersionInHistoryCannotBeRestored(FxRobot robot) throws Exception {
        Path folder = documents.resolve("lib");
        UserLibrary library = UserLibrary.create(folder, Clock.systemUTC());
        CaseDocument mine = CaseDocument.parse(Files.readAllBytes(Path.of("cases/xiaomi.json"))).withText("/id", "mine");
        library.save(mine, null);
        library.save(mine.withText("/summary/en", "Changed."), "mine");
        Path versions = folder.resolve(org.caseexplorer.authoring.CaseHistory.FOLDER).resolve("mine");
        try (var file = new java.io.RandomAccessFile(versions.resolve("29991231T000000.000Z.json").toFile(), "rw")) {
            file.setLength(64L << 20); // past a case file's size: refused, not read
        }
        // A hand edit that broke the JSON, kept as it was before a save replaced it.
        String broken = "{\n  \"id\": \"mine\",\n  \"name\": {\"en\": \"Mine\"},\n}\n";
        Files.writeString(versions.resolve("29981231T000000.000Z.json"), broken);
        robot.interact(() -> test.libraries.load(Optional.of(folder)).join());
        org.caseexplorer.authoring.ui.HistoryDialog[] dialog = new org.caseexplorer.authoring.ui.HistoryDialog[1];
        robot.interact(() -> {
            try {
                dialog[0] = test.historyDialog("mine");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        javafx.scene.control.ButtonType restore = dialog[0].getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == javafx.scene.control.ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        javafx.scene.Node restoreButton = dialog[0].getDialogPane().lookupButton(restore);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ListView<Object> list = (javafx.scene.control.ListView<Object>)
                dialog[0].getDialogPane().lookup(".list-view");
        assertEquals(3, list.getItems().size());
        assertEquals(0, list.getSelectionModel().getSelectedIndex(), "the newest, unreadable, is selected first");
        assertTrue(restoreButton.isDisabled(), "a version that cannot even be read cannot be restored");
        javafx.scene.control.TextArea raw = (javafx.scene.control.TextArea) dialog[0].getDialogPane().lookup("#history-raw");
        assertFalse(raw.isVisible());
        robot.interact(() -> list.getSelectionModel().select(1));
        assertFalse(restoreButton.isDisabled(), "a kept file that is no case can be put back as it was");
        assertTrue(raw.isVisible(), "and is shown as the text it is");
        assertEquals(broken, raw.getText());
        robot.interact(() -> list.getSelectionModel().select(2));
        assertFalse(raw.isVisible(), "a readable version shows its changes again");
        assertFalse(restoreButton.isDisabled(), "a readable one can");
        robot.interact(() -> list.getSelectionModel().select(0));
        assertTrue(restoreButton.isDisabled(), "and the unreadable one again cannot");
    }
}
