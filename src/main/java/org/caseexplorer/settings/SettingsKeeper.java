package org.caseexplorer.settings;

import java.util.Objects;
import org.caseexplorer.comparison.ComparisonChoice;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.AppPreferences.WindowBounds;
import org.caseexplorer.state.AppState;

/**
 * The one writer of what Case Explorer remembers across runs. While the app runs each setting
 * has one owner, and the keeper writes it from there: the language from {@link Messages}, the
 * comparison from {@link AppState}, the theme, the export author and the library folder from
 * {@link Settings}, each as it changes; the filter, the window's placement and its dividers,
 * which change continuously, once, when the window closes. Nothing else writes
 * {@link AppPreferences}: its setters are for this package only.
 */
public final class SettingsKeeper {

    private final AppPreferences preferences;
    private final AppState state;
    private final Settings settings;
    /** The kinds of export whose last folder is remembered, by the names the window gives them. */
    public static final java.util.List<String> EXPORT_KINDS = java.util.List.of("comparison", "case-handout",
            "principle-handout", "map");

    /**
     * Puts the remembered filter and comparison into {@code state}, then writes every change
     * from here on. {@code messages} starts in the language to show, which may be a one-off
     * choice from the command line: only a change the user makes is remembered.
     */
    public SettingsKeeper(AppPreferences preferences, AppState state, Messages messages) {
        this.preferences = Objects.requireNonNull(preferences);
        this.state = state;
        this.settings = new Settings(preferences.darkTheme(), preferences.exportAuthor(),
                preferences.libraryFolder());
        state.setFilter(preferences.filter());
        String baseline = preferences.comparisonBaseline();
        state.restoreComparison(new ComparisonChoice(ComparisonChoice.of(preferences.comparison()).caseIds(),
                baseline.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(baseline)));

        messages.langProperty().addListener((obs, old, now) -> preferences.setLang(now));
        settings.darkThemeProperty().addListener((obs, old, now) -> preferences.setDarkTheme(now));
        settings.exportAuthorProperty().addListener((obs, old, now) -> preferences.setExportAuthor(now));
        settings.libraryFolderProperty().addListener((obs, old, now) -> preferences.setLibraryFolder(now));
        settings.tourDoneProperty().set(preferences.tourDone());
        settings.tourDoneProperty().addListener((obs, old, now) -> preferences.setTourDone(now));
        settings.zoomProperty().set(preferences.zoom());
        settings.zoomProperty().addListener((obs, old, now) -> preferences.setZoom(now.doubleValue()));
        settings.exportPaperProperty().set(preferences.exportPaper());
        settings.exportPaperProperty().addListener((obs, old, now) -> preferences.setExportPaper(now));
        settings.exportLanguageProperty().set(preferences.exportLanguage());
        settings.exportLanguageProperty().addListener((obs, old, now) -> preferences.setExportLanguage(now));
        for (String kind : EXPORT_KINDS) {
            preferences.exportFolder(kind).ifPresent(folder -> settings.exportFolders().put(kind, folder));
        }
        settings.exportFolders().addListener((javafx.collections.MapChangeListener<String, java.nio.file.Path>) c -> {
            if (c.wasAdded()) {
                preferences.setExportFolder(c.getKey(), c.getValueAdded());
            }
        });
        state.comparisonChoiceProperty().addListener((obs, old, now) -> rememberComparison(old, now));
        for (String what : java.util.List.of("order", "scope", "follow")) {
            String value = preferences.comparisonView(what);
            if (!value.isEmpty()) {
                settings.comparisonView().put(what, value);
            }
        }
        settings.comparisonView().addListener((javafx.collections.MapChangeListener<String, String>) c -> {
            if (c.wasAdded()) {
                preferences.setComparisonView(c.getKey(), c.getValueAdded());
            }
        });
    }

    private void rememberComparison(ComparisonChoice old, ComparisonChoice now) {
        if (!now.caseIds().equals(old.caseIds())) {
            preferences.setComparison(now.caseIds());
        }
        if (!now.baseline().equals(old.baseline())) {
            preferences.setComparisonBaseline(now.baseline().orElse(""));
        }
    }

    /** The settings the window changes, as remembered. */
    public Settings settings() {
        return settings;
    }

    /** Where the window opens: as it was last closed. */
    public WindowBounds windowBounds() {
        return preferences.windowBounds();
    }

    /** Where the main window's dividers go: as they were last left, or {@code defaults}. */
    public double[] dividers(double... defaults) {
        return preferences.dividers(defaults);
    }

    /**
     * The window is closing: remembers the filter, the window's place and its dividers, then
     * writes everything out. A maximized window keeps the place it had before, to go back to.
     */
    public void windowClosing(WindowBounds shown, double[] dividers) {
        if (shown.maximized()) {
            WindowBounds before = preferences.windowBounds();
            preferences.setWindowBounds(new WindowBounds(before.x(), before.y(), before.width(), before.height(), true));
        } else {
            preferences.setWindowBounds(shown);
        }
        preferences.setDividers(dividers);
        preferences.setFilter(state.filter());
        preferences.flush();
    }
}
