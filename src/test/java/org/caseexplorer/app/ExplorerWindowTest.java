package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.testing.CaseFileBuilder;
import org.caseexplorer.ui.Fonts;
import org.caseexplorer.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: filter, search, select, switch language, use the keyboard. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives the real window (TestFX)
class ExplorerWindowTest {

    private static String[] loadedFamilies;

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/ui-test-" + System.nanoTime());
    private AppState state;
    private Messages messages;
    private MainWindow window;
    private LibraryService libraries;
    private TestWindow test;

    @Start
    void start(Stage stage) {
        test = new TestWindow(stage, node, Runnable::run);
        state = test.state;
        messages = test.messages;
        libraries = test.libraries;
        window = test.window;
        loadedFamilies = TestWindow.loadedFamilies();
    }

    @AfterEach
    void cleanPreferences() throws Exception {
        // Closing the window writes its place into the node, as the app does: close it first.
        test.close();
        node.removeNode();
    }

    private static List<String> shownIds(AppState state) {
        return state.shownCases().stream().map(Case::id).toList();
    }

    /**
     * Clicks a principle's row (or a part of it) once it is scrolled into view: the list is taller
     * than the panel, and a click on a row below its fold would land on whatever is there instead.
     */
    private static void clickRow(FxRobot robot, String query) {
        javafx.scene.Node node = robot.lookup(query).query();
        robot.interact(() -> {
            javafx.scene.Parent up = node.getParent();
            while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            if (up instanceof javafx.scene.control.ScrollPane scroll) {
                javafx.scene.Node content = scroll.getContent();
                double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
                double free = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                if (free > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (y - 8) / free)));
                }
            }
        });
        robot.clickOn(query);
    }

    private static String text(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return node instanceof org.caseexplorer.ui.SelectableText flow ? flow.text() : ((Label) node).getText();
    }

    @Test
    void bundledFontIsTheFamilyTheStylesheetNames() throws IOException {
        assertArrayEquals(new String[] {Fonts.FAMILY, Fonts.FAMILY}, loadedFamilies);
        String css = new String(Theme.class.getResourceAsStream(Theme.APP_CSS).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(css.contains("-fx-font-family: \"" + Fonts.FAMILY + "\""), "app.css must name the bundled family");
        assertTrue(Files.exists(Path.of("assets/fonts/OFL.txt")), "the font licence ships with the font");
    }

    @Test
    void startsWithEveryCaseShownAndNothingSelected(FxRobot robot) {
        assertEquals("5 of 5 cases shown", text(robot, ".gallery-count"));
        assertEquals(5, state.shownCases().size());
        assertTrue(robot.lookup(".detail-placeholder").queryAs(Label.class).isVisible());
    }

    @Test
    void clickingAPrincipleFiltersTheGalleryAndUpdatesTheCounts(FxRobot robot) {
        org.caseexplorer.testing.LinkScan scan = new org.caseexplorer.testing.LinkScan(state.library());
        clickRow(robot, "#principle-fans");
        List<String> fans = scan.ids(c -> scan.shows(c, "fans"));
        assertEquals(fans, shownIds(state));
        assertEquals(fans.size() + " of 5 cases shown", text(robot, ".gallery-count"));
        assertTrue(text(robot, ".gallery-filter").contains("Fan thinking"), text(robot, ".gallery-filter"));
        clickRow(robot, "#principle-brand");
        assertEquals(scan.ids(c -> scan.shows(c, "fans") || scan.shows(c, "brand")), shownIds(state));
        robot.clickOn("All");
        assertEquals(scan.ids(c -> scan.shows(c, "fans") && scan.shows(c, "brand")), shownIds(state));
        clickRow(robot, "#principle-brand .exclude-toggle");
        assertEquals(scan.ids(c -> scan.shows(c, "fans") && !scan.shows(c, "brand")), shownIds(state));
        robot.clickOn("Clear all");
        assertEquals(5, state.shownCases().size());
    }

    @Test
    void aPrincipleIsTickedAndExcludedFromTheKeyboardAndTheMouseAsItsCheckBoxAndToggleWere(FxRobot robot) {
        // One control per principle: Space on it ticks, Right goes on to its ⊘, Space there excludes.
        robot.interact(() -> robot.lookup("#principle-fans").query().requestFocus());
        robot.type(KeyCode.SPACE);
        assertEquals(java.util.Set.of("fans"), state.filter().included());
        robot.interact(() -> robot.lookup("#principle-brand").query().requestFocus());
        robot.type(KeyCode.RIGHT);
        assertTrue(window.getScene().getFocusOwner().getStyleClass().contains("exclude-toggle"),
                "the ⊘ is a stop of its own: " + window.getScene().getFocusOwner());
        robot.type(KeyCode.SPACE);
        assertEquals(java.util.Set.of("brand"), state.filter().excluded());
        assertEquals(java.util.Set.of("fans"), state.filter().included(), "excluding did not tick");
        // A click on the ⊘ acts on the ⊘ alone; a click on the number does nothing.
        clickRow(robot, "#principle-brand .exclude-toggle");
        assertEquals(java.util.Set.of(), state.filter().excluded());
        assertEquals(java.util.Set.of("fans"), state.filter().included());
        clickRow(robot, "#principle-brand .principle-count");
        assertEquals(java.util.Set.of("fans"), state.filter().included());
        assertEquals(java.util.Set.of(), state.filter().excluded());
    }

    @Test
    void whileALibraryIsStillReadItsCountsAndTheStatusStripSaySo(FxRobot robot) {
        AppState.LoadedLibrary builtIn = state.loadedProperty().get();
        robot.interact(() -> state.showLoadedSoFar(builtIn));
        assertEquals("5 of 5 cases shown so far: the library is still loading\u2026", text(robot, ".gallery-count"));
        assertTrue(robot.lookup(".status-bar .label").queryAs(Label.class).getText()
                .endsWith(": loading, 5 cases read so far\u2026"), robot.lookup(".status-bar .label").queryAs(Label.class).getText());
        Text count = robot.lookup("#principle-fans .principle-count").queryAs(Text.class);
        assertTrue(count.getText().endsWith("\u2026"), count.getText());
        assertTrue(count.getAccessibleText().endsWith("The library is still loading: the number may change."),
                count.getAccessibleText());
        robot.clickOn("#lang-zh");
        assertEquals("已显示 5 / 5 个案例：案例库仍在加载……", text(robot, ".gallery-count"));
        count = robot.lookup("#principle-fans .principle-count").queryAs(Text.class); // the rows are made again
        assertTrue(count.getAccessibleText().endsWith("案例库仍在加载，这个数字还会变化。"), count.getAccessibleText());

        robot.interact(() -> state.finishLoading(builtIn));
        assertEquals("显示 5 / 5 个案例", text(robot, ".gallery-count"));
        assertEquals("内置案例库", robot.lookup(".status-bar .label").queryAs(Label.class).getText());
        assertFalse(count.getText().endsWith("\u2026"), count.getText());
    }

    @Test
    void cardsReusedForOtherCasesShowThoseCasesOnly(FxRobot robot) {
        // Cells are recycled: after filtering, every card on screen must show one of the cases
        // shown, once, with its own compare toggle; no text left over from the case before.
        clickRow(robot, "#principle-fans");
        clickRow(robot, "#principle-brand .exclude-toggle");
        assertEquals(List.of("xiaotimes"), shownIds(state));
        assertEquals(List.of("Tiny Times"), visibleCardTitles(robot));
        assertEquals(1, robot.lookup(".compare-toggle").queryAll().stream().filter(TestWindow::showing).count());
        assertTrue(TestWindow.showing(TestWindow.compareToggle(robot, "xiaotimes")));
        robot.clickOn("Clear all");
        List<String> titles = visibleCardTitles(robot);
        assertEquals(state.shownCases().stream().map(c -> c.name().en()).sorted().toList(),
                titles.stream().sorted().toList());
        for (Case c : state.shownCases()) {
            Node card = TestWindow.compareToggle(robot, c.id());
            while (!card.getStyleClass().contains("case-card")) {
                card = card.getParent();
            }
            assertEquals(c, ((org.controlsfx.control.GridCell<?>) card).getItem(), "toggle of " + c.id());
            assertTrue(((Text) card.lookup(".card-title")).getText().equals(c.name().en()));
        }
    }

    @Test
    void scrolledCardsKeepTheirNodesAndShadeChipsByStrength(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.caseexplorer.bench.SyntheticLibrary.write(dir, 300, state.library().principles(), 11);
        WaitForAsyncUtils.asyncFx(() -> libraries.load(Optional.of(dir)).join()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(305, state.shownCases().size());
        // Scrolling refills cells row by row; a card whose nodes left the scene and came back
        // would re-match all of its CSS each time, which is what made fast scrolling stutter.
        List<Node> titlesShown = robot.lookup(".case-card .card-title").queryAll().stream()
                .filter(TestWindow::showing).toList();
        assertTrue(titlesShown.size() >= 4, titlesShown.size() + " cards showing");
        int[] sceneChanges = new int[1];
        titlesShown.forEach(title -> title.sceneProperty().addListener((o, was, now) -> sceneChanges[0]++));
        javafx.scene.control.skin.VirtualFlow<?> flow =
                (javafx.scene.control.skin.VirtualFlow<?>) window.gallery().lookup(".virtual-flow");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int frame = 0; frame < 60; frame++) {
            WaitForAsyncUtils.asyncFx(() -> flow.scrollPixels(97)).get();
            WaitForAsyncUtils.waitForFxEvents();
            seen.addAll(visibleCardTitles(robot));
        }
        assertTrue(seen.size() > 40, "scrolling showed " + seen.size() + " different cases");
        assertEquals(0, sceneChanges[0], "card nodes taken out of the scene and put back while scrolling");
        List<String> titles = visibleCardTitles(robot);
        assertFalse(titles.isEmpty());
        assertEquals(titles.size(), new java.util.HashSet<>(titles).size(), "a case shown twice: " + titles);

        int checked = 0;
        for (Node card : robot.lookup(".case-card").queryAll()) {
            Case c = ((org.controlsfx.control.GridCell<Case>) card).getItem();
            if (c == null || !TestWindow.showing(card.lookup(".card-title"))) {
                continue;
            }
            checked++;
            // The chips are painted: the strip says which it shows, and in which shade.
            List<org.caseexplorer.ui.ChipStrip.Chip> chips = ((org.caseexplorer.ui.ChipStrip) card.lookup(".card-chips"))
                    .chips().stream().filter(chip -> chip.strength() > 0).toList();
            assertEquals(Math.min(4, c.links().size()), chips.size(), c.id() + " chips");
            for (int i = 0; i < chips.size(); i++) {
                assertEquals(c.links().get(i).strength(), chips.get(i).strength(), c.id() + " chip " + i);
            }
        }
        assertEquals(titles.size(), checked);
    }

    private static List<String> visibleCardTitles(FxRobot robot) {
        return robot.lookup(".case-card .card-title").queryAllAs(Text.class).stream()
                .filter(l -> l.getScene() != null && l.isVisible() && l.getParent() != null
                        && TestWindow.showing(l))
                .map(Text::getText)
                .toList();
    }

    @Test
    void clickingTheChosenModeOrLanguageAgainKeepsItChosen(FxRobot robot) {
        robot.clickOn("Any");
        robot.clickOn("#lang-en");
        assertTrue(robot.lookup("Any").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#lang-en").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertEquals(Lang.EN, messages.lang());
        robot.clickOn("All");
        assertEquals(org.caseexplorer.filter.FilterMode.ALL, state.filter().mode());
        assertFalse(robot.lookup("Any").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
    }

    @Test
    void pickingACardShowsItsSummaryFactsAndEvidence(FxRobot robot) {
        robot.clickOn("Haidilao");
        assertEquals("haidilao", state.selected().id());
        assertEquals("Haidilao", text(robot, ".detail-title"));
        assertTrue(robot.lookup(".detail-heading").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Key facts")));
        assertTrue(detailText(robot).contains("如海底撈的排隊疊紙鶴服務"), "the quote is shown verbatim");
        assertTrue(detailText(robot).contains("defining example"));
    }

    /** Scrolls the scroll pane that holds {@code node} so that the node is in view. */
    private static void scrollIntoView(Node node) {
        Node n = node;
        while (n != null && !(n instanceof javafx.scene.control.ScrollPane)) {
            n = n.getParent();
        }
        if (n instanceof javafx.scene.control.ScrollPane scroll) {
            Node content = scroll.getContent();
            double y = content.sceneToLocal(node.localToScene(0, 0)).getY();
            double range = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(range <= 0 ? 0 : Math.min(1, y / range));
            scroll.layout();
        }
    }

    @Test
    void clickingAPrincipleInTheDetailPaneFiltersByIt(FxRobot robot) {
        robot.clickOn("Haidilao");
        javafx.scene.control.Button link = robot.lookup(".principle-link").lookup((Node n) ->
                n instanceof javafx.scene.control.Button b && b.getText().equals("Perfection thinking"))
                .queryButton();
        robot.interact(() -> scrollIntoView(link));
        robot.clickOn(link);
        assertEquals(java.util.Set.of("ultimate"), state.filter().included());
        org.caseexplorer.testing.LinkScan scan = new org.caseexplorer.testing.LinkScan(state.library());
        assertEquals(scan.ids(c -> scan.shows(c, "ultimate")), shownIds(state));
        assertTrue(shownIds(state).contains("haidilao"));
    }

    @Test
    void searchFindsHaidilaoByCraneAndHighlightsTheMatch(FxRobot robot) {
        robot.clickOn("#search").write("crane");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("haidilao"), shownIds(state));
        robot.clickOn("Haidilao");
        List<Text> matches = robot.lookup(".search-match").queryAllAs(Text.class).stream().toList();
        assertFalse(matches.isEmpty());
        matches.forEach(t -> assertTrue(t.getText().equalsIgnoreCase("crane"), t.getText()));
    }

    @Test
    void emptyResultExplainsItselfAndOffersToRelaxTheFilter(FxRobot robot) {
        robot.clickOn("#search").write("no such thing");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.shownCases().isEmpty());
        assertTrue(robot.lookup(".empty-state").query().isVisible());
        assertTrue(robot.lookup(".empty-state .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("no such thing")));
        robot.clickOn("Clear the search");
        assertEquals(5, state.shownCases().size());
    }

    @Test
    void emptyResultOffersToDropThePrincipleThatExcludesEverything(FxRobot robot) {
        robot.clickOn("All");
        clickRow(robot, "#principle-fans");
        clickRow(robot, "#principle-platform");
        clickRow(robot, "#principle-mobility");
        assertTrue(state.shownCases().isEmpty());
        org.caseexplorer.testing.LinkScan scan = new org.caseexplorer.testing.LinkScan(state.library());
        long withoutMobility = scan.ids(c -> scan.shows(c, "fans") && scan.shows(c, "platform")).size();
        robot.clickOn("Drop Mobility thinking (" + withoutMobility + (withoutMobility == 1 ? " case)" : " cases)"));
        assertEquals(scan.ids(c -> scan.shows(c, "fans") && scan.shows(c, "platform")), shownIds(state));
    }

    @Test
    void languageSwitchTurnsTheWholeWindowChinese(FxRobot robot) {
        clickRow(robot, "#principle-fans");
        robot.clickOn("#lang-zh");
        assertEquals(Lang.ZH, messages.lang());
        assertEquals("原则", text(robot, ".panel-title"));
        assertEquals("显示 " + state.shownCases().size() + " / 5 个案例", text(robot, ".gallery-count"));
        assertTrue(robot.lookup(".card-industry").queryAllAs(Text.class).stream()
                .anyMatch(l -> l.getText().equals(state.library().caseById("xiaomi").orElseThrow().industry().zh())));
        assertTrue(visibleCardTitles(robot).contains("小米"), "in Chinese the Chinese name is the card's title");
        robot.clickOn("小米");
        assertTrue(detailText(robot).contains("关键事实"));
        robot.clickOn("#lang-en");
        assertEquals("Principles", text(robot, ".panel-title"));
    }

    @Test
    void theLanguageAndTheThemeChosenInTheWindowAreRemembered(FxRobot robot) {
        robot.clickOn("#lang-zh");
        CheckMenuItem dark = robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(menu -> menu.getItems().stream())
                .filter(item -> item instanceof CheckMenuItem && item.getText().equals(messages.get("menu.view.dark")))
                .map(CheckMenuItem.class::cast)
                .findFirst().orElseThrow();
        robot.interact(() -> dark.setSelected(true));
        AppPreferences remembered = new AppPreferences(node);
        assertEquals(Lang.ZH, remembered.lang());
        assertTrue(remembered.darkTheme());
        robot.interact(() -> dark.setSelected(false));
        assertFalse(new AppPreferences(node).darkTheme());
    }

    @Test
    void keyboardArrowsMoveEnterOpensCtrlFSearchesEscapeClears(FxRobot robot) {
        robot.interact(() -> window.gallery().focusCards());
        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);
        assertEquals("haidilao", state.selected().id(), "second card");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertTrue(window.searchField().isFocused());
        robot.write("2003");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("tesla"), shownIds(state));
        robot.type(KeyCode.ESCAPE);
        assertEquals(5, state.shownCases().size());
        assertEquals("", window.searchField().getText());
    }

    @Test
    void theEscapeThatClosesAMenuKeepsTheSearchAndTheNextOneClearsIt(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("2003");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".menu-bar .menu").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).isShowing());
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().get(0).isShowing());
        assertEquals("2003", window.searchField().getText(), "Esc closed the menu and did nothing else");
        assertEquals(List.of("tesla"), shownIds(state));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.searchField().getText(), "with no menu open, Esc clears as before");
    }

    @Test
    void aUserLibraryWithOnlyNotesKeepsTheProblemsPanelClosed(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // The case cites a built-in source, which has no text: a note, not a problem.
        CaseFileBuilder.aCase("mine").name("Mine", "我的").writeTo(dir);
        robot.interact(() -> libraries.load(Optional.of(dir)).join());
        assertFalse(state.problems().isEmpty(), "the library has a note");
        assertTrue(state.problems().stream().allMatch(org.caseexplorer.cases.Problem::isNote), state.problems().toString());
        assertEquals("No problems", robot.lookup("#problems-toggle").queryAs(javafx.scene.control.ToggleButton.class).getText());
        assertFalse(robot.lookup(".problems-panel").tryQuery().filter(javafx.scene.Node::isVisible).isPresent(),
                "notes do not open the problems panel by themselves");

        Files.writeString(dir.resolve("broken.json"), "{ \"id\": ");
        robot.interact(() -> libraries.load(Optional.of(dir)).join());
        assertTrue(robot.lookup(".problems-panel").tryQuery().filter(javafx.scene.Node::isVisible).isPresent(),
                "a problem does");
    }

    /** The panel says each problem in the window's language: in 中文, in Chinese (file and field as they are). */
    @Test
    void theProblemsPanelFollowsTheLanguageSwitch(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{ \"id\": ");
        robot.interact(() -> libraries.load(Optional.of(dir)).join());
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<org.caseexplorer.cases.Problem> table = robot.lookup(".problems-panel .table-view")
                .queryAs(javafx.scene.control.TableView.class);
        org.caseexplorer.cases.Problem problem = table.getItems().get(0);
        assertEquals(org.caseexplorer.cases.ProblemKind.NOT_VALID_JSON, problem.kind());
        assertEquals(messages.get("problems.problem"), shownCell(robot, table, 0));
        assertEquals(problem.message(), shownCell(robot, table, 4));
        robot.clickOn("#lang-zh");
        // The cells shown change with the language, not only what the table would show next.
        assertEquals(org.caseexplorer.i18n.Labels.of(Lang.ZH).get("problems.problem"), shownCell(robot, table, 0));
        assertEquals(problem.message(Lang.ZH), shownCell(robot, table, 4));
        assertEquals("不是有效的 JSON：JSON 过早结束（文件是否被截断了？）", shownCell(robot, table, 4));
        assertEquals(problem.file(), shownCell(robot, table, 1), "the file stays as it is");
        robot.clickOn("#lang-en");
    }

    /** The text of the first row's cell in column {@code column}, as the table shows it. */
    private static String shownCell(FxRobot robot, javafx.scene.control.TableView<?> table, int column) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".problems-panel .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> c.getTableColumn() == table.getColumns().get(column) && c.getIndex() == 0)
                .map(javafx.scene.control.TableCell::getText).findFirst().orElseThrow();
    }

    @Test
    void userLibraryCaseWithAPictureShowsItAndABrokenFileShowsUpAsAProblem(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("img"));
        // A 1x1 PNG.
        Files.write(dir.resolve("img/dot.png"), java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        CaseFileBuilder.aCase("mine").name("Mine", "我的").image("img/dot.png").writeTo(dir);
        Files.writeString(dir.resolve("broken.json"), "{ \"id\": ");
        robot.interact(() -> libraries.load(Optional.of(dir)).join());
        assertEquals(new org.caseexplorer.cases.io.LibraryLoader().open(Optional.empty()).cases().size() + 1,
                state.shownCases().size(), "the built-in cases and mine");
        assertEquals("1 problem", robot.lookup("#problems-toggle").queryAs(javafx.scene.control.ToggleButton.class).getText());
        assertTrue(robot.lookup(".problems-panel").tryQuery().isPresent(), "problems open by themselves for a user library");
        robot.interact(() -> state.select(state.library().caseById("mine").orElseThrow()));
        assertEquals("Mine", text(robot, ".detail-title"));
        javafx.scene.image.ImageView picture = robot.lookup(".case-image").queryAs(javafx.scene.image.ImageView.class);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> picture.getImage().getProgress() >= 1.0);
        assertFalse(picture.getImage().isError(), "the picture decodes");
    }

    @Test
    void aWebLinkShowsItsAddressAndOpensOnlyWhenTheUserAgrees(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        CaseFileBuilder.aCase("mine").web("Company site", "公司网站", "https://example.com/about?q=1")
                .web("Bad", "坏", "javascript:alert(1)").writeTo(dir);
        robot.interact(() -> libraries.load(Optional.of(dir)).join());
        robot.interact(() -> state.select(state.library().caseById("mine").orElseThrow()));
        assertEquals(1, robot.lookup(".web-link").queryAll().size(), "the javascript: link is left out");
        assertEquals("example.com", text(robot, ".web-host"));
        javafx.scene.control.ScrollPane detail = robot.lookup(".detail-pane .scroll-pane")
                .queryAs(javafx.scene.control.ScrollPane.class);
        robot.interact(() -> detail.setVvalue(detail.getVmax()));
        robot.clickOn(".web-link");
        assertEquals("https://example.com/about?q=1",
                robot.lookup("#web-address").queryAs(javafx.scene.control.TextField.class).getText());
        robot.clickOn("Cancel");
        assertEquals(List.of(), test.opened, "nothing opens without the user's yes");
        robot.clickOn(".web-link");
        robot.clickOn("Open in browser");
        assertEquals(List.of(java.net.URI.create("https://example.com/about?q=1")), test.opened);
        assertFalse(robot.lookup(".web-link").queryAs(javafx.scene.control.Hyperlink.class).isVisited(),
                "a followed link keeps looking like a link");
    }

    private static String detailText(FxRobot robot) {
        StringBuilder all = new StringBuilder();
        robot.lookup(".detail-content").queryAll().forEach(n -> collect(n, all));
        return all.toString();
    }

    private static void collect(Node node, StringBuilder all) {
        if (node instanceof Text t) {
            all.append(t.getText()).append('\n');
        } else if (node instanceof Label l) {
            all.append(l.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, all));
        }
    }

    /**
     * Tab goes through the whole window in reading order (search, language, principle panel,
     * cards, tray) and every stop shows where the keyboard is: a focus ring of at least 2 px in
     * a visible colour, or the card cursor in the gallery.
     */
    @Test
    void tabbingThroughTheWindowVisitsEveryPartInOrderAndEveryStopIsVisible(FxRobot robot) {
        robot.interact(() -> state.addToComparison(state.library().caseById("tesla").orElseThrow()));
        robot.interact(() -> window.searchField().requestFocus());
        List<Node> stops = new java.util.ArrayList<>();
        for (int i = 0; i < 80; i++) {
            robot.type(KeyCode.TAB);
            Node owner = window.getScene().getFocusOwner();
            if (!stops.isEmpty() && owner == stops.get(0)) {
                break; // round the window once
            }
            stops.add(owner);
            assertTrue(TestWindow.showing(owner), "stop " + i + " is on screen: " + owner);
            assertTrue(focusIsVisible(owner), "stop " + i + " shows focus: " + owner);
        }
        List<String> parts = stops.stream().map(ExplorerWindowTest::partOf).distinct().toList();
        assertEquals(List.of("toolbar", "principles", "cards", "tray", "status"),
                parts.stream().filter(p -> !p.equals("search")).toList(), "parts in reading order: " + parts);
        long principleBoxes = stops.stream().filter(n -> n instanceof javafx.scene.control.CheckBox).count();
        assertEquals(1, principleBoxes, "the principle list is one stop (its arrows walk it: KeyboardWindowTest)");
    }

    private static String partOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n.getStyleClass().contains("tool-bar-row")) {
                return n.lookup("#search") != null && node.getId() != null && node.getId().equals("search")
                        ? "search" : "toolbar";
            }
            if (n.getStyleClass().contains("principle-panel")) {
                return "principles";
            }
            if (n.getStyleClass().contains("case-gallery")) {
                return "cards";
            }
            if (n.getStyleClass().contains("comparison-tray")) {
                return "tray";
            }
            if (n.getStyleClass().contains("status-bar")) {
                return "status";
            }
            if (n.getStyleClass().contains("detail-pane")) {
                return "detail";
            }
        }
        return "other:" + node;
    }

    private static boolean focusIsVisible(Node owner) {
        if (owner instanceof org.controlsfx.control.GridView<?> grid) {
            return grid.lookupAll(".case-card").stream().anyMatch(card -> card.getPseudoClassStates()
                    .contains(javafx.css.PseudoClass.getPseudoClass("cursor")) && TestWindow.showing(card));
        }
        if (owner instanceof javafx.scene.control.TextField) {
            return owner.isFocused();
        }
        Node ring = owner instanceof javafx.scene.control.CheckBox && owner.lookup(".box") != null ? owner.lookup(".box")
                // A principle's row draws its ring, round its box or round its ⊘, as a node of its own.
                : owner.getStyleClass().contains("principle-row") ? owner.lookup(".focus-ring")
                : owner.getStyleClass().contains("exclude-toggle") ? owner.getParent().lookup(".focus-ring")
                : owner;
        if (!(ring instanceof javafx.scene.layout.Region region) || region.getBorder() == null) {
            return false;
        }
        return region.getBorder().getStrokes().stream().anyMatch(stroke ->
                stroke.getTopStroke() instanceof javafx.scene.paint.Color color && color.getOpacity() > 0.5
                        && stroke.getWidths().getTop() >= 2);
    }

    /** A principle filtered by never hides under a card's "+N": its chip comes first. */
    @Test
    void theFilteredPrincipleComesFirstOnACard(FxRobot robot) {
        robot.interact(() -> state.toggleIncluded("brand"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Brand thinking", firstChip(robot, "xiaomi"), "Xiaomi's last link, filtered by, first");
        robot.interact(() -> state.toggleIncluded("brand"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Selling a sense of participation", firstChip(robot, "xiaomi"), "the case's own order again");
    }

    private static String firstChip(FxRobot robot, String caseId) {
        Node card = TestWindow.compareToggle(robot, caseId);
        while (!card.getStyleClass().contains("case-card")) {
            card = card.getParent();
        }
        return ((org.caseexplorer.ui.ChipStrip) card.lookup(".card-chips")).placed().get(0).chip().text();
    }
}
