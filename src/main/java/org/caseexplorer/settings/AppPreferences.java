package org.caseexplorer.settings;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.filter.CaseFilter;
import org.caseexplorer.filter.FilterMode;

/**
 * What Case Explorer remembers across runs, in java.util.prefs. The node is injected for tests.
 * Anyone may read; only {@link SettingsKeeper} writes, so the setters are package-private.
 */
public final class AppPreferences {

    /** Window placement; NaN x/y means "let the system place it". */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public static final WindowBounds DEFAULT = new WindowBounds(Double.NaN, Double.NaN, 1280, 800, false);
    }

    private final Preferences node;

    public AppPreferences(Preferences node) {
        this.node = node;
    }

    public static AppPreferences forUser() {
        return new AppPreferences(Preferences.userRoot().node("org/caseexplorer"));
    }

    public Lang lang() {
        return Optional.ofNullable(Lang.parse(node.get("lang", "en"))).orElse(Lang.EN);
    }

    void setLang(Lang lang) {
        node.put("lang", lang.code());
    }

    /** The name printed as a PDF's author; empty means the app's name. */
    public String exportAuthor() {
        return node.get("export.author", "");
    }

    void setExportAuthor(String author) {
        node.put("export.author", author == null ? "" : author.strip());
    }

    /** The paper exports are laid out on, by its name ("a4", "letter"); empty until one is chosen. */
    public String exportPaper() {
        return node.get("export.paper", "");
    }

    void setExportPaper(String paper) {
        node.put("export.paper", paper == null ? "" : paper);
    }

    /** The export language the user picked ("en", "zh", "both"); empty while it follows the window's. */
    public String exportLanguage() {
        return node.get("export.language", "");
    }

    void setExportLanguage(String language) {
        node.put("export.language", language == null ? "" : language);
    }

    /** How the comparison was shown: its row order and scope (enum names) and whether it follows the filter. */
    public String comparisonView(String what) {
        return node.get("compare.view." + what, "");
    }

    void setComparisonView(String what, String value) {
        node.put("compare.view." + what, value == null ? "" : value);
    }

    /** The compared case the others were shown against; empty for none. */
    public String comparisonBaseline() {
        return node.get("compare.baseline", "");
    }

    void setComparisonBaseline(String caseId) {
        node.put("compare.baseline", caseId == null ? "" : caseId);
    }

    /** The folder the last export of a kind ("comparison", "map" …) went to, if any. */
    public Optional<Path> exportFolder(String kind) {
        String folder = node.get("export.folder." + kind, "");
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    void setExportFolder(String kind, Path folder) {
        node.put("export.folder." + kind, folder.toString());
    }

    /** Whether the first start's tour was finished or skipped. */
    public boolean tourDone() {
        return node.getBoolean("tour.done", false);
    }

    public void setTourDone(boolean done) {
        node.putBoolean("tour.done", done);
    }

    /** The window's zoom, 1 for 100 %; anything not a number from 0.5 to 3 reads as 1. */
    public double zoom() {
        double value = node.getDouble("ui.zoom", 1);
        return Double.isFinite(value) && value >= 0.5 && value <= 3 ? value : 1;
    }

    public void setZoom(double zoom) {
        node.putDouble("ui.zoom", zoom);
    }

    public boolean darkTheme() {
        return node.getBoolean("theme.dark", false);
    }

    void setDarkTheme(boolean dark) {
        node.putBoolean("theme.dark", dark);
    }

    public Optional<Path> libraryFolder() {
        String folder = node.get("library.folder", "");
        return folder.isEmpty() ? Optional.empty() : Optional.of(Path.of(folder));
    }

    void setLibraryFolder(Optional<Path> folder) {
        node.put("library.folder", folder.map(p -> p.toAbsolutePath().toString()).orElse(""));
    }

    public WindowBounds windowBounds() {
        WindowBounds d = WindowBounds.DEFAULT;
        return new WindowBounds(node.getDouble("window.x", d.x()), node.getDouble("window.y", d.y()),
                Math.max(640, node.getDouble("window.width", d.width())),
                Math.max(480, node.getDouble("window.height", d.height())),
                node.getBoolean("window.maximized", false));
    }

    void setWindowBounds(WindowBounds bounds) {
        node.putDouble("window.x", bounds.x());
        node.putDouble("window.y", bounds.y());
        node.putDouble("window.width", bounds.width());
        node.putDouble("window.height", bounds.height());
        node.putBoolean("window.maximized", bounds.maximized());
    }

    public double[] dividers(double... defaults) {
        double[] result = defaults.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] = node.getDouble("divider." + i, defaults[i]);
        }
        return result;
    }

    void setDividers(double... positions) {
        for (int i = 0; i < positions.length; i++) {
            node.putDouble("divider." + i, positions[i]);
        }
    }

    public CaseFilter filter() {
        FilterMode mode = "ALL".equals(node.get("filter.mode", "ANY")) ? FilterMode.ALL : FilterMode.ANY;
        return new CaseFilter(ids(node.get("filter.included", "")), ids(node.get("filter.excluded", "")),
                mode, node.get("filter.text", ""));
    }

    void setFilter(CaseFilter filter) {
        node.put("filter.included", String.join(",", filter.included()));
        node.put("filter.excluded", String.join(",", filter.excluded()));
        node.put("filter.mode", filter.mode().name());
        node.put("filter.text", filter.text());
    }

    /** The case ids chosen for comparison, in column order. */
    public List<String> comparison() {
        return List.copyOf(ids(node.get("compare.cases", "")));
    }

    void setComparison(List<String> caseIds) {
        node.put("compare.cases", String.join(",", caseIds));
    }

    /** Writes everything out now; failures are not worth interrupting the user for. */
    void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            System.err.println("case-explorer: could not save preferences: " + e.getMessage());
        }
    }

    private static Set<String> ids(String csv) {
        Set<String> ids = new LinkedHashSet<>();
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return ids;
    }
}
