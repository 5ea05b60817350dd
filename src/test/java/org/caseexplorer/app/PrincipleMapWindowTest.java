package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.map.MapFormat;
import org.caseexplorer.map.MapKind;
import org.caseexplorer.map.PrincipleMap;
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

/** The principle map and a principle's page in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class PrincipleMapWindowTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/map-test-" + System.nanoTime());
    private TestWindow test;
    private AppState state;
    private MainWindow window;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
        state = test.state;
        window = test.window;
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        // Closing the window writes its place into the node, as the app does: close it first.
        test.close();
        node.removeNode();
    }

    private static String text(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        return node instanceof org.caseexplorer.ui.SelectableText flow ? flow.text() : ((Label) node).getText();
    }

    @Test
    void withOneCaseInTheTrayAReloadLeavesTheMapOpen(FxRobot robot) {
        robot.interact(() -> {
            state.addToComparison(state.library().cases().get(0));
            window.showMap();
        });
        robot.type(KeyCode.F5);
        robot.interact(() -> test.libraries.reload().join());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.isShowingMap(), "a reload does not close the map");
        assertSame(window.mapView(), window.getCenter());
    }

    @Test
    void withOneCaseInTheTrayAReloadLeavesThePrinciplesPageOpen(FxRobot robot) {
        String principle = state.library().principles().get(0).id();
        robot.interact(() -> {
            state.addToComparison(state.library().cases().get(0));
            test.navigator.openPrinciple(principle);
        });
        robot.interact(() -> test.libraries.reload().join());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(principle, test.navigator.openedPrincipleProperty().get());
        assertSame(window.principlePage(), window.getCenter(), "the page is still what the window shows");
    }

    @Test
    void theMapButtonShowsEveryCaseAndPrincipleAsTheExportsDrawThem(FxRobot robot) {
        robot.clickOn("#open-map");
        assertTrue(window.isShowingMap());
        PrincipleMap drawn = window.mapView().map();
        assertEquals(PrincipleMap.of(state.library(), MapKind.CASES), drawn);
        assertEquals(drawn.nodes().size(), robot.lookup(".map-node").queryAll().size());
        assertEquals(drawn.edges().size(), robot.lookup(".map-edge").queryAll().size());
        assertEquals("Principle map: " + state.library().cases().size() + " cases, "
                + state.library().principles().size() + " principles", text(robot, "#map-title"));
    }

    @Test
    void clickingAPrincipleNodeOpensItsPageAndBackReturnsToTheMap(FxRobot robot) {
        robot.interact(window::showMap);
        robot.clickOn(window.mapView().nodeView("principle:word-of-mouth").lookup(".map-circle"));
        assertEquals("word-of-mouth", test.navigator.openedPrincipleProperty().get());
        assertEquals("Word of mouth", text(robot, "#principle-page-title"));
        robot.clickOn("#principle-page-back");
        assertNull(test.navigator.openedPrincipleProperty().get());
        assertTrue(window.isShowingMap());
    }

    @Test
    void clickingACaseNodeShowsTheCaseInTheDetailPane(FxRobot robot) {
        robot.interact(window::showMap);
        // The map fits itself to the window once laid out: click where the node ends up.
        WaitForAsyncUtils.waitForFxEvents();
        // On its dot, as a user clicks: the middle of the node and its two-line label can fall
        // between the glyphs of the label, which picks nothing.
        robot.clickOn(window.mapView().nodeView("case:tesla").lookup(".map-circle"));
        assertFalse(window.isShowingMap());
        assertEquals("tesla", state.selected().id());
    }

    @Test
    void theKeyboardReachesANodeAndEnterOpensIt(FxRobot robot) {
        robot.interact(window::showMap);
        robot.interact(() -> window.mapView().nodeView("case:haidilao").requestFocus());
        robot.type(KeyCode.ENTER);
        assertEquals("haidilao", state.selected().id());
    }

    @Test
    void theFilterDimsWhatItHides(FxRobot robot) {
        robot.interact(window::showMap);
        robot.interact(() -> state.filterBy("participation"));
        List<String> shown = state.shownCases().stream().map(Case::id).toList();
        for (Case c : state.library().cases()) {
            double opacity = window.mapView().nodeView("case:" + c.id()).getOpacity();
            assertEquals(shown.contains(c.id()), opacity == 1.0, c.id() + " at " + opacity);
        }
    }

    @Test
    void thePagesListsEveryCaseWithEvidenceStrongestFirst(FxRobot robot) {
        robot.interact(() -> test.navigator.openPrinciple("participation"));
        List<Case> expected = state.library().cases().stream().filter(c -> c.link("participation").isPresent())
                .sorted((a, b) -> b.link("participation").orElseThrow().strength() - a.link("participation").orElseThrow().strength())
                .toList();
        List<String> onPage = new ArrayList<>();
        robot.lookup(n -> n.getId() != null && n.getId().startsWith("principle-page-case-")).queryAll().stream()
                .sorted((a, b) -> Double.compare(a.localToScene(0, 0).getY(), b.localToScene(0, 0).getY()))
                .forEach(n -> onPage.add(n.getId().substring("principle-page-case-".length())));
        assertEquals(expected.stream().map(Case::id).toList(), onPage);
        assertTrue(robot.lookup("#principle-page-link-user-thinking").tryQuery().isPresent(), "its parent");
    }

    @Test
    void aParentPageLinksItsLawsAndFollowsTheLanguage(FxRobot robot) {
        robot.interact(() -> test.navigator.openPrinciple("user-thinking"));
        javafx.scene.Node link = robot.lookup("#principle-page-link-participation").query();
        // Below the definition and the sources: scrolled into sight first, as a reader would.
        robot.interact(() -> {
            for (javafx.scene.Node n = link.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    javafx.scene.Node content = pane.getContent();
                    double y = content.sceneToLocal(link.localToScene(link.getBoundsInLocal())).getMinY();
                    double room = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
                    pane.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / room)));
                    pane.layout();
                    break;
                }
            }
        });
        robot.clickOn("#principle-page-link-participation");
        assertEquals("participation", test.navigator.openedPrincipleProperty().get());
        robot.interact(() -> test.messages.langProperty().set(Lang.ZH));
        assertEquals("兜售参与感", text(robot, "#principle-page-title"));
    }

    @Test
    void filterByItFiltersTheCardsAndReturns(FxRobot robot) {
        robot.interact(() -> test.navigator.openPrinciple("fans"));
        robot.clickOn("#principle-page-filter");
        assertEquals(java.util.Set.of("fans"), state.filter().included());
        assertNull(test.navigator.openedPrincipleProperty().get());
    }

    @Test
    void compareTheseCasesOpensTheComparisonOfThePagesCases(FxRobot robot) {
        robot.interact(() -> test.navigator.openPrinciple("word-of-mouth"));
        robot.clickOn("#principle-page-compare");
        assertTrue(window.isComparing());
        List<String> expected = state.library().cases().stream().filter(c -> c.link("word-of-mouth").isPresent())
                .sorted((a, b) -> b.link("word-of-mouth").orElseThrow().strength() - a.link("word-of-mouth").orElseThrow().strength())
                .limit(5).map(Case::id).toList();
        assertEquals(expected, state.comparisonChoice().caseIds());
    }

    @Test
    void thePageIsReachableFromThePanelTheDetailPaneAndTheComparison(FxRobot robot) {
        // The context menu of the principle's name (right-click, or the context-menu key).
        Node name = robot.lookup("#principle-fans").query();
        robot.interact(() -> name.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, 100, 100, true, null)));
        javafx.scene.control.ContextMenu menu = javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                .map(w -> (javafx.scene.control.ContextMenu) w).findFirst().orElseThrow();
        assertEquals("Open the page of \u201CFan thinking\u201D", menu.getItems().get(0).getText());
        robot.interact(() -> {
            menu.getItems().get(0).fire();
            menu.hide();
        });
        assertEquals("fans", test.navigator.openedPrincipleProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertNull(test.navigator.openedPrincipleProperty().get());

        robot.interact(() -> state.select(state.library().caseById("xiaomi").orElseThrow()));
        // Further down the detail pane than the test window shows: fired, as the keyboard would.
        robot.interact(() -> robot.lookup("#detail-page-participation").queryButton().fire());
        assertEquals("participation", test.navigator.openedPrincipleProperty().get());
        robot.interact(test.navigator::back);

        robot.interact(() -> {
            state.addToComparison(state.library().caseById("xiaomi").orElseThrow());
            state.addToComparison(state.library().caseById("tesla").orElseThrow());
            window.showComparison();
        });
        robot.interact(() -> robot.lookup("#compare-principle-word-of-mouth").queryButton().fire());
        assertEquals("word-of-mouth", test.navigator.openedPrincipleProperty().get());
        robot.type(KeyCode.ESCAPE);
        assertTrue(window.isComparing(), "closing the page returns to the comparison");
    }

    @Test
    void thePagesExportGoesThroughTheWindowsExportsInTheExportLanguage(FxRobot robot) throws Exception {
        robot.interact(() -> {
            test.root.exports.languageProperty().set(ExportLanguage.ZH);
            test.navigator.openPrinciple("fans");
        });
        Path out = dir.resolve("fans.md");
        robot.interact(() -> window.principlePage().export(state.library(), "fans", ExportFormat.MARKDOWN, out));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> Files.exists(out) && test.root.exports.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        String name = state.library().principle("fans").orElseThrow().name().zh();
        assertTrue(Files.readString(out).contains(name), "the handout is in the export language: " + name);
        assertEquals("Saved " + out, text(robot, "#export-status"), "the window-wide status strip says so");
        assertEquals(java.util.Optional.of(dir.toAbsolutePath()),
                test.root.exports.lastFolder(org.caseexplorer.export.ui.ExportService.Kind.PRINCIPLE_HANDOUT));
    }

    @Test
    void thePageExportsTheOnePrincipleHandout(FxRobot robot) throws Exception {
        robot.interact(() -> test.navigator.openPrinciple("fans"));
        Path out = dir.resolve("fans.md");
        robot.interact(() -> window.principlePage().export(state.library(), "fans", ExportFormat.MARKDOWN, out));
        WaitForAsyncUtils.waitForAsync(20_000, () -> Files.exists(out));
        WaitForAsyncUtils.waitForFxEvents();
        String name = state.library().principle("fans").orElseThrow().name().en();
        assertTrue(Files.readString(out).contains(name), "the handout names the principle " + name);
        assertTrue(text(robot, "#export-status").startsWith("Saved "));
    }

    @Test
    void aFailedExportSaysSoInTheStatusStripAndLeavesNoFile(FxRobot robot) throws Exception {
        robot.interact(() -> test.navigator.openPrinciple("fans"));
        Path out = dir.resolve("no-such-folder").resolve("fans.pdf");
        robot.interact(() -> window.principlePage().export(state.library(), "fans", ExportFormat.PDF, out));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> test.root.exports.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(robot, "#export-status").startsWith("Could not export: "), text(robot, "#export-status"));
        assertFalse(Files.exists(out));
    }

    @Test
    void theWindowExportsTheMapWithTheNodesWhereTheUserMovedThem(FxRobot robot) throws Exception {
        robot.interact(window::showMap);
        Node xiaomi = window.mapView().nodeView("case:xiaomi");
        robot.drag(xiaomi).moveBy(40, 0).drop();
        Path out = dir.resolve("map.svg");
        robot.interact(() -> window.mapView().export(out, MapFormat.SVG));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> Files.exists(out) && test.root.exports.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        String svg = Files.readString(out);
        assertTrue(svg.contains(">Xiaomi<"));
        double laidOutX = PrincipleMap.of(state.library(), MapKind.CASES).node("case:xiaomi").orElseThrow().x();
        assertFalse(svg.contains("cx=\"" + String.format(java.util.Locale.ROOT, "%.1f", laidOutX) + "\""),
                "the dragged node is exported where it was dropped");
        assertEquals("Saved " + out, text(robot, "#export-status"), "the window-wide status strip says it was saved");
        assertEquals("svg", javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(out.toFile()).getDocumentElement().getNodeName(), "the file is a whole SVG document");
    }

    @Test
    void theCoOccurrenceMapDrawsOnlyPrinciples(FxRobot robot) {
        robot.interact(window::showMap);
        robot.clickOn("#map-kind-principles");
        assertEquals(MapKind.PRINCIPLES, window.mapView().map().kind());
        assertEquals(state.library().principles().size(), robot.lookup(".map-node").queryAll().size());
        assertSame(null, window.mapView().nodeView("case:xiaomi"));
    }

    @Test
    void onAZoomedMapTheKeyboardNeverFocusesANodeOutOfSight(FxRobot robot) {
        robot.interact(() -> test.navigator.showMap());
        javafx.scene.Node first = robot.lookup(".map-node").query();
        robot.interact(first::requestFocus);
        for (int i = 0; i < 8; i++) {
            robot.type(KeyCode.EQUALS);
        }
        javafx.scene.layout.Region viewport = robot.lookup(".map-viewport").queryAs(javafx.scene.layout.Region.class);
        int seen = 0;
        for (int i = 0; i < 20; i++) {
            robot.type(KeyCode.TAB);
            javafx.scene.Node focused = window.getScene().getFocusOwner();
            if (!focused.getStyleClass().contains("map-node")) {
                continue;
            }
            seen++;
            javafx.scene.Node disc = focused.lookup(".map-circle");
            javafx.geometry.Bounds b = viewport.sceneToLocal(disc.localToScene(disc.getBoundsInLocal()));
            assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= viewport.getWidth()
                    && b.getMaxY() <= viewport.getHeight(), "node " + focused.getId() + " is in sight: " + b);
        }
        assertTrue(seen >= 10, "the keyboard went through the nodes: " + seen);
    }

    /** Each screen the centre shows sits between the toolbar and the tray, never under the tray. */
    @Test
    void everyScreenKeepsAboveTheTrayAndTheStatusLine(FxRobot robot) {
        for (Runnable go : List.<Runnable>of(() -> test.navigator.showMap(), () -> test.navigator.openPrinciple("fans"),
                () -> test.navigator.showCards())) {
            robot.interact(go);
            robot.interact(() -> {
                window.applyCss();
                window.layout();
            });
            javafx.scene.Node screen = window.getCenter();
            javafx.scene.Node tray = robot.lookup(".comparison-tray").query();
            double screenBottom = screen.localToScene(screen.getBoundsInLocal()).getMaxY();
            double trayTop = tray.localToScene(tray.getBoundsInLocal()).getMinY();
            assertTrue(screenBottom <= trayTop + 0.5, window.getCenter() + " ends at " + screenBottom + ", the tray starts at " + trayTop);
        }
    }
}
