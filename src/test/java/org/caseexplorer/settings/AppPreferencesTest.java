package org.caseexplorer.settings;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AppPreferencesTest {

    private final Preferences node = Preferences.userRoot().node("org/caseexplorer/test-" + System.nanoTime());
    private final AppPreferences preferences = new AppPreferences(node);

    @AfterEach
    void clean() throws Exception {
        node.removeNode();
    }

    @Test
    void defaultsAreEnglishLightBuiltInAndNoFilter() {
        assertEquals(Lang.EN, preferences.lang());
        assertEquals(false, preferences.darkTheme());
        assertEquals(Optional.empty(), preferences.libraryFolder());
        assertEquals(CaseFilter.NONE, preferences.filter());
    }

    @Test
    void everythingRoundTrips() {
        CaseFilter filter = new CaseFilter(Set.of("fans", "brand"), Set.of("platform"), FilterMode.ALL, "小米");
        preferences.setFilter(filter);
        preferences.setLang(Lang.ZH);
        preferences.setDarkTheme(true);
        preferences.setLibraryFolder(Optional.of(Path.of("/tmp/lib")));
        preferences.setWindowBounds(new AppPreferences.WindowBounds(10, 20, 1000, 700, false));
        preferences.setDividers(0.3, 0.7);

        AppPreferences again = new AppPreferences(node);
        assertEquals(filter, again.filter());
        assertEquals(Lang.ZH, again.lang());
        assertEquals(true, again.darkTheme());
        assertEquals(Optional.of(Path.of("/tmp/lib")), again.libraryFolder());
        assertEquals(new AppPreferences.WindowBounds(10, 20, 1000, 700, false), again.windowBounds());
        assertArrayEquals(new double[] {0.3, 0.7}, again.dividers(0.1, 0.2));
    }

    @Test
    void tinyOrCorruptWindowSizesAreClampedToSomethingUsable() {
        node.putDouble("window.width", 5);
        node.put("window.height", "not a number");
        AppPreferences.WindowBounds bounds = preferences.windowBounds();
        assertEquals(640, bounds.width());
        assertEquals(800, bounds.height());
    }
}
