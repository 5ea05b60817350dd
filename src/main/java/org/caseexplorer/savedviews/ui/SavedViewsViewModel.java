package org.caseexplorer.savedviews.ui;

import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.savedviews.SavedView;
import org.caseexplorer.savedviews.SavedViews;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.ViewModel;

/**
 * The saved views of the open library folder: read whenever the library loads (their problems
 * join the library's), saved from the current state, restored into it with one call, renamed and
 * deleted. Files are read and written off the FX thread.
 */
@ViewModel
public final class SavedViewsViewModel {

    private final AppState state;
    private final LibraryService libraries;
    private final Messages messages;
    /** Made on the background thread the first time a folder is read: its schema and JSON mapper are not needed for the first frame. */
    private SavedViews store;
    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> viewsView = FXCollections.unmodifiableObservableList(views);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    /** What was last said, as a message key and its arguments: the words follow a language switch. */
    private record Said(String key, Object... args) {
    }

    private final javafx.beans.property.ObjectProperty<Said> said = new javafx.beans.property.SimpleObjectProperty<>();
    private final javafx.beans.binding.StringBinding message;
    /** Counts reads, so a slow read of an old folder cannot replace a newer one. */
    private long generation;

    public SavedViewsViewModel(AppState state, LibraryService libraries, Messages messages) {
        this.state = state;
        this.libraries = libraries;
        this.messages = messages;
        this.message = javafx.beans.binding.Bindings.createStringBinding(
                () -> said.get() == null ? "" : messages.format(said.get().key(), said.get().args()),
                said, messages.langProperty());
        state.loadedProperty().addListener((obs, old, now) -> reload());
        reload();
    }

    /** The views of the open folder, by name. */
    public ObservableList<SavedView> views() {
        return viewsView;
    }

    /** True when a library folder of the user's is open: views are kept in it. */
    /** Whether a library of the user's own is open (views are kept in it), even before its views are read. */
    public boolean hasLibrary() {
        return libraries.userFolder().isPresent();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    /** What the last save, rename or delete did, or why it failed; empty when there is nothing to say. */
    public javafx.beans.value.ObservableStringValue messageProperty() {
        return message;
    }

    /** Reads the views of the open folder again. */
    public void reload() {
        Optional<Path> folder = libraries.userFolder();
        canSave.set(folder.isPresent());
        long thisRead = ++generation;
        if (folder.isEmpty()) {
            views.clear();
            return;
        }
        var library = state.library();
        libraries.inBackground(() -> store().load(folder.get(), library), loaded -> {
            if (thisRead == generation) {
                views.setAll(loaded.views());
                state.reportSavedViewProblems(loaded.problems());
            }
        }, error -> said.set(new Said("views.failed", describe(error))));
    }

    /** Restores a view: its filter and search, and its comparison choice. */
    public void restore(SavedView view) {
        state.setFilter(view.filter());
        state.restoreComparison(view.comparison());
        said.set(new Said("views.restored", view.name()));
    }

    /**
     * Saves the current filter, search and comparison under {@code name}; a view of that name
     * already saved is replaced.
     */
    public void saveCurrent(String name) {
        if (name == null || name.isBlank() || libraries.userFolder().isEmpty()) {
            return;
        }
        Path existing = views.stream().filter(v -> v.name().equalsIgnoreCase(name.strip()))
                .map(SavedView::file).findFirst().orElse(null);
        SavedView view = new SavedView(name, state.filter(), state.comparisonChoice(), existing);
        write(view, "views.saved");
    }

    public void rename(SavedView view, String newName) {
        if (newName != null && !newName.isBlank()) {
            write(view.named(newName), "views.renamed");
        }
    }

    public void delete(SavedView view) {
        libraries.inBackground(() -> {
            store().delete(view);
            return view;
        }, done -> {
            said.set(new Said("views.deleted", view.name()));
            reload();
        }, error -> said.set(new Said("views.failed", describe(error))));
    }

    private void write(SavedView view, String doneKey) {
        Path folder = libraries.userFolder().orElseThrow();
        libraries.inBackground(() -> store().save(folder, view), saved -> {
            said.set(new Said(doneKey, saved.name()));
            reload();
        }, error -> said.set(new Said("views.failed", describe(error))));
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private synchronized SavedViews store() {
        if (store == null) {
            store = new SavedViews();
        }
        return store;
    }
}
