package org.caseexplorer.export.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;
import org.caseexplorer.dialogs.ui.Dialogs;
import org.caseexplorer.export.ComparisonPdfExporter;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.export.ExportProgress;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.Handouts;
import org.caseexplorer.export.Paper;
import org.caseexplorer.export.PdfFonts;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.map.MapPngWriter;
import org.caseexplorer.state.TaskExecutor;

/**
 * The window's one way to export: the save dialog (in the folder the last export of the same
 * kind went to), then the document written on the exports lane with the language, paper and
 * author set for exports, its progress and outcome in the window-wide {@link #status()}, which
 * offers to open the file or show it in its folder. The comparison, a case's and a principle's
 * handout and the map all go through it, so they behave alike; one export or print runs at a time.
 * The PDF fonts are read once, for every PDF the window makes.
 */
public final class ExportService {

    /** What is exported; each remembers the folder its last export went to. */
    public enum Kind { COMPARISON, CASE_HANDOUT, PRINCIPLE_HANDOUT, MAP }

    /** Writes the document in the file kind chosen, with the settings of the moment it was asked for. */
    @FunctionalInterface
    public interface Document {
        void write(ExportSettings settings, FileKind kind, OutputStream out, ExportProgress progress) throws IOException;
    }

    /**
     * One export: its kind, the save dialog's title (a message key), the proposed file name
     * without its ending, the file kinds offered (the first is the default), and the document.
     */
    public record Request(Kind kind, String titleKey, String fileStem, List<FileKind> kinds, Document document) {
        public Request {
            kinds = List.copyOf(kinds);
            if (kinds.isEmpty()) {
                throw new IllegalArgumentException("an export offers at least one kind of file");
            }
        }
    }

    private final Messages messages;
    private final TaskExecutor tasks;
    private final Dialogs dialogs;
    private final Supplier<String> author;
    private final Consumer<String> authorChosen;
    private final ActionStatus status;
    private final ObjectProperty<ExportLanguage> language = new SimpleObjectProperty<>();
    private final ObjectProperty<Paper> paper = new SimpleObjectProperty<>(Paper.A4);
    private final ObservableMap<Kind, Path> lastFolders = FXCollections.observableMap(new EnumMap<>(Kind.class));
    /** Whether the export language still follows the window's: until the user picks one. */
    private boolean followingWindow = true;
    /** Set while the language is changed because the window's changed. */
    private boolean following;
    // Made on first use, off the FX thread, and kept: the fonts are read once for every PDF.
    private CompletableFuture<PdfFonts> fonts;
    private ComparisonPdfExporter comparisonPdf;
    private Handouts handouts;
    private MapPngWriter mapPng;

    /**
     * {@code author} names the person on a PDF's Author line (a remembered setting); blank means
     * the app's name, never the login name.
     */
    public ExportService(Messages messages, TaskExecutor tasks, Dialogs dialogs, Supplier<String> author,
                         Consumer<String> authorChosen) {
        this.messages = messages;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.author = author;
        this.authorChosen = authorChosen;
        this.status = new ActionStatus(messages);
        // The export language follows the window's until the user picks one; then it stays.
        language.set(ExportLanguage.of(messages.lang()));
        messages.langProperty().addListener((obs, old, now) -> {
            if (followingWindow) {
                following = true;
                language.set(ExportLanguage.of(now));
                following = false;
            }
        });
        language.addListener((obs, old, now) -> {
            if (!following) {
                followingWindow = false;
            }
        });
    }

    /** Progress and the outcome of the last export or print, for the window's status strip. */
    /** The window's words, for the dialogs an export's flow opens. */
    public Messages messages() {
        return messages;
    }

    public ActionStatus status() {
        return status;
    }

    /** The export or print under way, or null. */
    public ReadOnlyObjectProperty<Task<?>> runningProperty() {
        return status.runningProperty();
    }

    public ObjectProperty<ExportLanguage> languageProperty() {
        return language;
    }

    /** Whether the user has picked the export language (it no longer follows the window's). */
    public boolean languagePicked() {
        return !followingWindow;
    }

    public ObjectProperty<Paper> paperProperty() {
        return paper;
    }

    /** The folder the last export of {@code kind} went to, if any. */
    public Optional<Path> lastFolder(Kind kind) {
        return Optional.ofNullable(lastFolders.get(kind));
    }

    /** The folder the last export of each kind went to; the window remembers it across starts. */
    public ObservableMap<Kind, Path> lastFolders() {
        return lastFolders;
    }

    /** The settings an export started now is written with: language, paper, author, today. */
    public ExportSettings settings() {
        return ExportSettings.today(language.get(), author.get()).withPaper(paper.get());
    }

    /**
     * Asks how (language; for a document, paper and author: as they were last set, wherever) and
     * where to save, then exports there in the kind the file name or the chosen type says.
     */
    public void exportWithDialog(Request request) {
        boolean document = request.kind() != Kind.MAP;
        Optional<Dialogs.ExportOptions> options = dialogs.chooseExportOptions(messages.get(request.titleKey()),
                new Dialogs.ExportOptions(language.get(), paper.get(), author.get(), document));
        if (options.isEmpty()) {
            return;
        }
        Dialogs.ExportOptions chosen = options.get();
        if (chosen.language() != language.get()) {
            language.set(chosen.language()); // a choice of the user's: it no longer follows the window
        }
        if (document) {
            paper.set(chosen.paper());
            if (!chosen.author().strip().equals(author.get())) {
                authorChosen.accept(chosen.author());
            }
        }
        List<Dialogs.FileType> types = request.kinds().stream()
                .map(k -> new Dialogs.FileType(messages.get(k.typeKey()), "*." + k.extension())).toList();
        String name = request.fileStem() + "." + request.kinds().get(0).extension();
        dialogs.chooseSaveFile(messages.get(request.titleKey()), types, lastFolders.get(request.kind()), name)
                .ifPresent(place -> {
                    Optional<FileKind> named = FileKind.ofFile(place.file()).filter(request.kinds()::contains);
                    FileKind kind = named.orElse(request.kinds().get(types.indexOf(place.type())));
                    Path target = named.isPresent() ? place.file()
                            : place.file().resolveSibling(place.file().getFileName() + "." + kind.extension());
                    export(request, kind, target);
                });
    }

    /** Starts the export to {@code target} in the background; the status strip reports how it went. */
    public Task<Path> export(Request request, FileKind kind, Path target) {
        ExportSettings settings = settings();
        Document document = request.document();
        ExportTask task = new ExportTask(target, (out, progress) -> document.write(settings, kind, out, progress));
        lastFolders.put(request.kind(), target.toAbsolutePath().getParent());
        task.setOnSucceeded(e -> status.succeeded(target, "compare.export.done", target.toString()));
        task.setOnFailed(e -> status.failed("compare.export.failed", describe(task.getException())));
        task.setOnCancelled(e -> status.ended("compare.export.cancelled"));
        status.show(task, "compare.export.running", target.getFileName().toString());
        tasks.exports().execute(task);
        return task;
    }

    /**
     * The PDF fonts, read once the first time a PDF needs them: on the files lane, since an export
     * (or the warm-up) on the exports lane waits for them.
     */
    public synchronized CompletableFuture<PdfFonts> fonts() {
        if (fonts == null) {
            fonts = CompletableFuture.supplyAsync(PdfFonts::load, tasks.files());
        }
        return fonts;
    }

    /** The one comparison PDF exporter. */
    public synchronized ComparisonPdfExporter comparisonPdf() {
        if (comparisonPdf == null) {
            comparisonPdf = new ComparisonPdfExporter(fonts());
        }
        return comparisonPdf;
    }

    /** The one handout writer. */
    public synchronized Handouts handouts() {
        if (handouts == null) {
            handouts = new Handouts(fonts());
        }
        return handouts;
    }

    /** The one map picture writer, with the bundled fonts read once. */
    public synchronized MapPngWriter mapPng() throws IOException {
        if (mapPng == null) {
            mapPng = MapPngWriter.withBundledFonts();
        }
        return mapPng;
    }

    /** What went wrong in one line: the exception's message, else its name. */
    public static String describe(Throwable e) {
        return e == null ? "" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
