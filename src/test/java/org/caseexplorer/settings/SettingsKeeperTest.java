package org.caseexplorer.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences.WindowBounds;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every remembered setting goes through the one keeper, and comes back on the next start. */
class SettingsKeeperTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/keeper-test-" + System.nanoTime());

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    private static AppState loadedState() {
        AppState state = new AppState();
        new LibraryService(state, new LibraryLoader(), org.caseexplorer.state.TaskExecutor.inline()).load(Optional.empty()).join();
        return state;
    }

    private SettingsKeeper start(AppState state, Messages messages) {
        return new SettingsKeeper(new AppPreferences(node), state, messages);
    }

    @Test
    void everySettingIsWrittenAndTheNextStartRestoresIt() throws Exception {
        AppState state = loadedState();
        Messages messages = new Messages(Lang.EN);
        SettingsKeeper keeper = start(state, messages);
        messages.langProperty().set(Lang.ZH);
        keeper.settings().darkThemeProperty().set(true);
        keeper.settings().setExportAuthor("  Ann Lee ");
        keeper.settings().chooseLibraryFolder(Optional.of(Path.of("/tmp/my-cases").toAbsolutePath()));
        state.addToComparison(state.library().caseById("tesla").orElseThrow());
        state.addToComparison(state.library().caseById("xiaomi").orElseThrow());
        state.moveInComparison("xiaomi", -1);
        CaseFilter filter = new CaseFilter(Set.of("fans"), Set.of("platform"), FilterMode.ALL, "小米");
        state.setFilter(filter);
        AppPreferences written = new AppPreferences(node);
        assertEquals(CaseFilter.NONE, written.filter(), "the filter changes with every key: it waits for the close");
        keeper.windowClosing(new WindowBounds(10, 20, 1000, 700, false), new double[] {0.3, 0.7});

        written = new AppPreferences(node);
        assertEquals(Lang.ZH, written.lang());
        assertTrue(written.darkTheme());
        assertEquals("Ann Lee", written.exportAuthor());
        assertEquals(Optional.of(Path.of("/tmp/my-cases").toAbsolutePath()), written.libraryFolder());
        assertEquals(List.of("xiaomi", "tesla"), written.comparison());
        assertEquals(filter, written.filter());
        assertEquals(new WindowBounds(10, 20, 1000, 700, false), written.windowBounds());
        assertArrayEquals(new double[] {0.3, 0.7}, written.dividers(0.1, 0.2));

        AppState next = loadedState();
        SettingsKeeper again = start(next, new Messages(written.lang()));
        assertTrue(again.settings().darkTheme());
        assertEquals("Ann Lee", again.settings().exportAuthor());
        assertEquals(Optional.of(Path.of("/tmp/my-cases").toAbsolutePath()), again.settings().libraryFolder());
        assertEquals(List.of("xiaomi", "tesla"), next.comparisonChoice().caseIds());
        assertEquals(filter, next.filter());
        assertEquals(new WindowBounds(10, 20, 1000, 700, false), again.windowBounds());
        assertArrayEquals(new double[] {0.3, 0.7}, again.dividers(0.1, 0.2));
    }

    @Test
    void startingWritesNothingAndALanguageGivenForOneRunIsNotRemembered() throws Exception {
        AppPreferences preferences = new AppPreferences(node);
        // As if started with --lang zh by someone whose remembered language is English.
        start(loadedState(), new Messages(Lang.ZH));
        assertEquals(0, node.keys().length, "restoring is not a change: " + List.of(node.keys()));
        assertEquals(Lang.EN, preferences.lang());
    }

    @Test
    void theBaselineAndHowTheComparisonIsShownAreRememberedToo() throws Exception {
        AppState state = loadedState();
        SettingsKeeper keeper = start(state, new Messages(Lang.EN));
        state.addToComparison(state.library().caseById("tesla").orElseThrow());
        state.addToComparison(state.library().caseById("xiaomi").orElseThrow());
        state.toggleBaseline(state.library().caseById("xiaomi").orElseThrow());
        keeper.settings().comparisonView().put("scope", "ONLY_DIFFERENCES");
        keeper.settings().comparisonView().put("follow", "true");

        AppState next = loadedState();
        SettingsKeeper again = start(next, new Messages(Lang.EN));
        assertEquals(Optional.of("xiaomi"), next.comparisonChoice().baseline());
        assertEquals("ONLY_DIFFERENCES", again.settings().comparisonView().get("scope"));
        assertEquals("true", again.settings().comparisonView().get("follow"));

        // The baseline taken away is remembered as none.
        next.toggleBaseline(next.library().caseById("xiaomi").orElseThrow());
        assertEquals(Optional.empty(), loadedStateAfterRestart().comparisonChoice().baseline());
    }

    private AppState loadedStateAfterRestart() {
        AppState state = loadedState();
        start(state, new Messages(Lang.EN));
        return state;
    }

    @Test
    void aMaximizedWindowKeepsThePlaceItHadBeforeToGoBackTo() {
        SettingsKeeper keeper = start(loadedState(), new Messages(Lang.EN));
        keeper.windowClosing(new WindowBounds(10, 20, 1000, 700, false), new double[] {0.3, 0.7});
        keeper.windowClosing(new WindowBounds(0, 0, 1920, 1080, true), new double[] {0.3, 0.7});
        assertEquals(new WindowBounds(10, 20, 1000, 700, true), new AppPreferences(node).windowBounds());
    }
}
