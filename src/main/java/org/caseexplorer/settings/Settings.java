package org.caseexplorer.settings;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The settings the user changes in the window that belong to no other state: the theme, the
 * name an export gives as its author, the paper and the folders of the last exports, and the
 * library folder they chose to open. The window
 * changes them here and {@link SettingsKeeper} remembers them. Uses javafx.beans only.
 */
public final class Settings {

    private final BooleanProperty darkTheme;
    private final ReadOnlyStringWrapper exportAuthor = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<Optional<Path>> libraryFolder;
    private final StringProperty exportPaper = new SimpleStringProperty("");
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(1);
    private final BooleanProperty tourDone = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty exportLanguage = new SimpleStringProperty("");
    private final ObservableMap<String, String> comparisonView = FXCollections.observableHashMap();
    private final ObservableMap<String, Path> exportFolders = FXCollections.observableHashMap();

    public Settings(boolean darkTheme, String exportAuthor, Optional<Path> libraryFolder) {
        this.darkTheme = new SimpleBooleanProperty(darkTheme);
        setExportAuthor(exportAuthor);
        this.libraryFolder = new ReadOnlyObjectWrapper<>(Objects.requireNonNull(libraryFolder));
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public boolean darkTheme() {
        return darkTheme.get();
    }

    /** The name printed as an export's author; empty means the app's name. */
    public ReadOnlyStringProperty exportAuthorProperty() {
        return exportAuthor.getReadOnlyProperty();
    }

    public String exportAuthor() {
        return exportAuthor.get();
    }

    /** Spaces around the name are dropped; null or blank means the app's name. */
    public void setExportAuthor(String author) {
        exportAuthor.set(author == null ? "" : author.strip());
    }

    /** The export language the user picked, by its code ("en", "zh", "both"); empty while it follows the window's. */
    public StringProperty exportLanguageProperty() {
        return exportLanguage;
    }

    /**
     * How the comparison is shown, as remembered: "order" and "scope" (their enum names) and
     * "follow" ("true" or "false"); a key not there is the comparison's own default.
     */
    public ObservableMap<String, String> comparisonView() {
        return comparisonView;
    }

    /** Whether the first start's tour was finished or skipped: it never comes back then. */
    public BooleanProperty tourDoneProperty() {
        return tourDone;
    }

    /** How large the window's text and controls are: 1 is 100 %; View ▸ Zoom changes it (0.8 to 2). */
    public javafx.beans.property.DoubleProperty zoomProperty() {
        return zoom;
    }

    /** The paper exports are laid out on, by its name ("a4", "letter"); empty for the default. */
    public StringProperty exportPaperProperty() {
        return exportPaper;
    }

    /** The folder the last export of each kind went to, by the kind's name, to start the next one's dialog in. */
    public ObservableMap<String, Path> exportFolders() {
        return exportFolders;
    }

    /** The folder the user last opened (empty: the built-in library alone), to open again next time. */
    public ReadOnlyObjectProperty<Optional<Path>> libraryFolderProperty() {
        return libraryFolder.getReadOnlyProperty();
    }

    public Optional<Path> libraryFolder() {
        return libraryFolder.get();
    }

    /**
     * The user opened this folder, or closed it (empty). A folder given on the command line is
     * opened without being chosen, so it is not remembered.
     */
    public void chooseLibraryFolder(Optional<Path> folder) {
        libraryFolder.set(Objects.requireNonNull(folder));
    }
}
