package org.caseexplorer.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.settings.Settings;
import org.caseexplorer.sources.SourceImport;
import org.caseexplorer.sources.ui.AddSourceDialog;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.TaskExecutor;

/**
 * The File menu's flows on the library itself: open a folder, close it, add a source's text to
 * it, and the name put on handouts. Each asks through {@link Dialogs} and does its file work on
 * the files lane.
 */
final class LibraryFlows {

    private final AppState state;
    private final Messages messages;
    private final LibraryService libraries;
    private final Settings settings;
    private final Dialogs dialogs;
    private final TaskExecutor tasks;
    private final Supplier<Window> owner;

    LibraryFlows(AppState state, Messages messages, LibraryService libraries, Settings settings, Dialogs dialogs,
                 TaskExecutor tasks, Supplier<Window> owner) {
        this.state = state;
        this.messages = messages;
        this.libraries = libraries;
        this.settings = settings;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.owner = owner;
    }

    /** Open library…: a folder of the user's, remembered for the next start. */
    void open() {
        dialogs.chooseFolder(messages.get("menu.file.open.title"), libraries.userFolder().orElse(null))
                .ifPresent(folder -> switchTo(Optional.of(folder)));
    }

    /** Close library: back to the built-in cases alone. */
    void close() {
        switchTo(Optional.empty());
    }

    private void switchTo(Optional<Path> folder) {
        settings.chooseLibraryFolder(folder);
        libraries.load(folder);
    }

    /** Asks for the name a PDF gives as its author; blank keeps the app's name. */
    void chooseAuthor() {
        dialogs.askText(messages.get("menu.file.author.title"), messages.get("menu.file.author.header"),
                messages.get("menu.file.author.label"), settings.exportAuthor()).ifPresent(settings::setExportAuthor);
    }

    /** Add source…: copies an article's text into the open library folder and names it in sources.json. */
    void addSource() {
        Optional<Path> library = libraries.userFolder();
        if (library.isEmpty()) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseOpenFile(messages.get("menu.file.addSource.title"),
                List.of(new Dialogs.FileType(messages.get("menu.file.addSource.types"), List.of("*.txt", "*.md", "*.pdf"))));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        // The title is proposed from the text (a PDF's is read off the FX thread), then asked for.
        Set<String> builtIn = Set.copyOf(state.library().builtInSources());
        tasks.run(tasks.files(), () -> SourceImport.suggestedTitle(file),
                proposed -> new AddSourceDialog(owner.get(), file.getFileName().toString(), proposed, messages)
                        .showAndWait().ifPresent(details -> add(library.get(), file, details, builtIn)),
                failure -> dialogs.fail(messages.format("menu.file.addSource.failed", TaskExecutor.rootMessage(failure))));
    }

    private void add(Path library, Path file, SourceImport.Details details, Set<String> builtIn) {
        tasks.run(tasks.files(), () -> SourceImport.add(library, file, null, details, builtIn), added -> {
            libraries.reload();
            dialogs.inform(messages.format(added.newEntry() ? "menu.file.addSource.done"
                    : "menu.file.addSource.updated", added.textPath(), added.id()));
        }, failure -> {
            Throwable cause = failure.getCause() instanceof IOException io ? io : failure;
            dialogs.fail(messages.format("menu.file.addSource.failed", cause.getMessage()));
        });
    }
}
