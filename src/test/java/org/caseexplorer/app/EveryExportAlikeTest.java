package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.ui.ExportRequests;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.map.MapKind;
import org.caseexplorer.map.PrincipleMap;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.state.TaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every export of the window goes through the one export service and behaves alike: the same
 * author, paper and language, the save dialog opening in the folder the last export of that
 * kind went to. The user's answers to the dialogs are given in their place; no window is shown
 * (the toolkit runs the export tasks' callbacks).
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class EveryExportAlikeTest {

    /** Save dialogs answered in the user's place: each answer is a file, and each question is kept. */
    private static final class Answers implements Dialogs {
        final List<Path> asked = new ArrayList<>();
        final List<Path> answers = new ArrayList<>();
        /** The options each export offered, as the dialog showed them. */
        final List<ExportOptions> offered = new ArrayList<>();
        /** What the user changes in the next options dialog (null: takes them as offered). */
        java.util.function.UnaryOperator<ExportOptions> change;

        @Override
        public Optional<ExportOptions> chooseExportOptions(String title, ExportOptions initial) {
            offered.add(initial);
            ExportOptions chosen = change == null ? initial : change.apply(initial);
            change = null;
            return Optional.of(chosen);
        }

        @Override
        public Optional<SavePlace> chooseSaveFile(String title, List<FileType> types, Path folder, String name) {
            asked.add(folder);
            return Optional.of(new SavePlace(answers.remove(0), types.get(0)));
        }

        @Override
        public Optional<Path> chooseOpenFile(String title, List<FileType> types) {
            throw new AssertionError("not asked here");
        }

        @Override
        public Optional<Path> chooseFolder(String title, Path start) {
            throw new AssertionError("not asked here");
        }

        @Override
        public <T> Optional<T> ask(Question<T> question) {
            throw new AssertionError("not asked here");
        }

        @Override
        public Optional<String> askText(String title, String header, String label, String initial) {
            throw new AssertionError("not asked here");
        }

        @Override
        public void inform(String text) {
        }

        @Override
        public void fail(String text) {
            throw new AssertionError(text);
        }
    }

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/exports-test-" + System.nanoTime());
    private final Answers answers = new Answers();
    private CompositionRoot root;

    @TempDir
    Path dir;

    @BeforeEach
    void build() {
        root = new CompositionRoot(new AppPreferences(node), Lang.EN, new CompositionRoot.Services(
                TaskExecutor.inline(), new LibraryLoader(), uri -> { }), answers);
        root.libraries.load(Optional.empty()).join();
        root.settings.setExportAuthor("Li Lei");
        root.exports.paperProperty().set(Paper.LETTER);
        root.exports.languageProperty().set(ExportLanguage.ZH);
        root.state.addToComparison(root.state.library().cases().get(0));
        root.state.addToComparison(root.state.library().cases().get(1));
    }

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    private void exportTo(FxRobot robot, Path file, Runnable export) throws Exception {
        answers.answers.add(file);
        robot.interact(export);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> root.exports.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Files.isRegularFile(file), "written: " + file + " (" + root.exports.status().messageProperty().get() + ")");
    }

    /** Author, paper and language, as a PDF reader sees them. */
    private static void assertLikeEveryPdf(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("Li Lei", document.getDocumentInformation().getAuthor(), pdf + ": the name on handouts");
            PDRectangle page = document.getPage(0).getMediaBox();
            float shorter = Math.min(page.getWidth(), page.getHeight());
            assertEquals(PDRectangle.LETTER.getWidth(), shorter, 1f, pdf + ": Letter paper");
            assertTrue(document.getDocumentCatalog().getLanguage().startsWith("zh"), pdf + ": in Chinese");
        }
    }

    @Test
    void theComparisonACaseAPrincipleAndTheMapExportAlike(FxRobot robot) throws Exception {
        ExportService exports = root.exports;
        String caseId = root.state.library().cases().get(0).id();
        String principleId = root.state.library().principles().get(0).id();

        Path comparison = dir.resolve("comparison").resolve("cmp.pdf");
        Path caseHandout = dir.resolve("cases").resolve("case.pdf");
        Path principleHandout = dir.resolve("principles").resolve("principle.pdf");
        Path map = dir.resolve("maps").resolve("map.svg");
        for (Path p : List.of(comparison, caseHandout, principleHandout, map)) {
            Files.createDirectories(p.getParent());
        }

        exportTo(robot, comparison, root.comparisonActions::exportWithDialog);
        exportTo(robot, caseHandout, () -> exports.exportWithDialog(
                ExportRequests.caseHandout(exports, root.state.library(), caseId)));
        exportTo(robot, principleHandout, () -> exports.exportWithDialog(
                ExportRequests.principleHandout(exports, root.state.library(), principleId)));
        exportTo(robot, map, () -> exports.exportWithDialog(
                ExportRequests.map(exports, PrincipleMap.of(root.state.library(), MapKind.CASES), null)));

        for (Path pdf : List.of(comparison, caseHandout, principleHandout)) {
            assertLikeEveryPdf(pdf);
        }
        String svg = Files.readString(map);
        String zh = org.caseexplorer.cases.Lang.ZH.locale().toLanguageTag();
        String en = org.caseexplorer.cases.Lang.EN.locale().toLanguageTag();
        assertTrue(svg.contains("xml:lang=\"" + zh + "\""), "the map's labels are in the export language");
        assertTrue(!svg.contains("xml:lang=\"" + en + "\""), "and only in it");
        assertTrue(svg.contains(root.state.library().cases().get(0).name().zh()), "a case's Chinese name is on it");
        assertEquals(java.util.Arrays.asList(null, null, null, null), answers.asked,
                "each kind's first dialog opens where the system chooses");
        // Each asked how to write it first, with the same choices; the map, a picture, has no paper or author.
        assertEquals(List.of(new Dialogs.ExportOptions(ExportLanguage.ZH, Paper.LETTER, "Li Lei", true),
                new Dialogs.ExportOptions(ExportLanguage.ZH, Paper.LETTER, "Li Lei", true),
                new Dialogs.ExportOptions(ExportLanguage.ZH, Paper.LETTER, "Li Lei", true),
                new Dialogs.ExportOptions(ExportLanguage.ZH, Paper.LETTER, "Li Lei", false)), answers.offered);

        // Again: each dialog opens in the folder that kind's last export went to.
        exportTo(robot, comparison.resolveSibling("cmp2.pdf"), root.comparisonActions::exportWithDialog);
        exportTo(robot, caseHandout.resolveSibling("case2.md"), () -> exports.exportWithDialog(
                ExportRequests.caseHandout(exports, root.state.library(), caseId)));
        exportTo(robot, principleHandout.resolveSibling("principle2.md"), () -> exports.exportWithDialog(
                ExportRequests.principleHandout(exports, root.state.library(), principleId)));
        exportTo(robot, map.resolveSibling("map2.png"), () -> exports.exportWithDialog(
                ExportRequests.map(exports, PrincipleMap.of(root.state.library(), MapKind.CASES), null)));
        assertEquals(List.of(comparison.getParent(), caseHandout.getParent(), principleHandout.getParent(),
                map.getParent()), answers.asked.subList(4, 8));
        assertTrue(Files.readString(caseHandout.resolveSibling("case2.md"))
                .contains(root.state.library().cases().get(0).name().zh()), "a Markdown handout in Chinese too");
        assertNull(exports.runningProperty().get());
    }

    @Test
    void thePaperAndEachKindsFolderAreRememberedForTheNextStart(FxRobot robot) throws Exception {
        Path maps = Files.createDirectories(dir.resolve("maps"));
        exportTo(robot, maps.resolve("map.svg"), () -> root.exports.exportWithDialog(
                ExportRequests.map(root.exports, PrincipleMap.of(root.state.library(), MapKind.CASES), null)));
        CompositionRoot next = new CompositionRoot(new AppPreferences(node), Lang.EN, new CompositionRoot.Services(
                TaskExecutor.inline(), new LibraryLoader(), uri -> { }), answers);
        assertEquals(Paper.LETTER, next.exports.paperProperty().get(), "the paper chosen last time");
        assertEquals(ExportLanguage.ZH, next.exports.languageProperty().get(),
                "the export language picked last time, though the window is in English");
        CompositionRoot fresh = new CompositionRoot(new AppPreferences(Preferences.userRoot().node(node.name() + "-fresh")),
                Lang.ZH, new CompositionRoot.Services(TaskExecutor.inline(), new LibraryLoader(), uri -> { }), answers);
        assertEquals(ExportLanguage.ZH, fresh.exports.languageProperty().get(), "never picked: the window's");
        assertEquals("", new AppPreferences(Preferences.userRoot().node(node.name() + "-fresh")).exportLanguage());
        Preferences.userRoot().node(node.name() + "-fresh").removeNode();
        assertEquals(Optional.of(maps), next.exports.lastFolder(ExportService.Kind.MAP), "the map's last folder");
        assertEquals(Optional.empty(), next.exports.lastFolder(ExportService.Kind.COMPARISON), "none for the others");
        for (ExportService.Kind kind : ExportService.Kind.values()) {
            assertTrue(org.caseexplorer.settings.SettingsKeeper.EXPORT_KINDS.contains(CompositionRoot.folderName(kind)),
                    "the settings read back the folder of " + kind);
        }
    }

    /** What the user picks in an export's options is what the file has, and what the next export offers. */
    @Test
    void theOptionsChosenForOneExportAreWrittenAndOfferedNext(FxRobot robot) throws Exception {
        String caseId = root.state.library().cases().get(0).id();
        Path handout = Files.createDirectories(dir.resolve("cases")).resolve("case.pdf");
        answers.change = o -> new Dialogs.ExportOptions(ExportLanguage.EN, Paper.A4, "Han Meimei", o.paperAndAuthor());
        exportTo(robot, handout, () -> root.exports.exportWithDialog(
                ExportRequests.caseHandout(root.exports, root.state.library(), caseId)));
        try (PDDocument document = Loader.loadPDF(handout.toFile())) {
            assertEquals("Han Meimei", document.getDocumentInformation().getAuthor());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A4.getWidth(), Math.min(page.getWidth(), page.getHeight()), 1f, "A4 paper");
            assertTrue(document.getDocumentCatalog().getLanguage().startsWith("en"), "in English");
        }
        assertEquals("Han Meimei", root.settings.exportAuthor(), "the name is remembered as the name on handouts");
        assertEquals(ExportLanguage.EN, root.exports.languageProperty().get(), "the comparison's choices follow");
        assertEquals(Paper.A4, root.exports.paperProperty().get());
        answers.offered.clear();
        exportTo(robot, handout.resolveSibling("again.pdf"), () -> root.exports.exportWithDialog(
                ExportRequests.caseHandout(root.exports, root.state.library(), caseId)));
        assertEquals(List.of(new Dialogs.ExportOptions(ExportLanguage.EN, Paper.A4, "Han Meimei", true)), answers.offered);
    }
}
