package org.caseexplorer.compare;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.concurrent.Task;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.caseexplorer.cases.Library;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ExportSettings;
import org.caseexplorer.export.Handouts;
import org.caseexplorer.i18n.Messages;

/**
 * Export of one case's or one principle's handout (PDF or Markdown) from the window. It shares
 * the comparison export's language, paper, author, status strip and executor, so every export
 * looks and reports the same, and only one runs at a time.
 */
public final class HandoutActions {

    private final ComparisonActions exports;
    private final Messages messages;
    private final Supplier<Library> library;
    // Made on first use, off the FX thread, and kept: its fonts are read once.
    private Handouts handouts;

    public HandoutActions(ComparisonActions exports, Messages messages, Supplier<Library> library) {
        this.exports = exports;
        this.messages = messages;
        this.library = library;
    }

    /** Asks where to save the handout of the case or principle {@code id}, then writes it there. */
    public void exportWithDialog(Window owner, Handouts.Kind kind, String id) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(kind == Handouts.Kind.CASE ? "handout.export.case.title"
                : "handout.export.principle.title"));
        FileChooser.ExtensionFilter pdfType = new FileChooser.ExtensionFilter(messages.get("compare.export.pdf"), "*.pdf");
        FileChooser.ExtensionFilter mdType = new FileChooser.ExtensionFilter(messages.get("compare.export.md"), "*.md");
        chooser.getExtensionFilters().setAll(pdfType, mdType);
        chooser.setInitialFileName(kind.word() + "-" + id + ".pdf");
        exports.startIn(chooser);
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        ExportFormat format = ExportFormat.ofFile(file.toPath())
                .filter(Handouts.FORMATS::contains)
                .orElse(chooser.getSelectedExtensionFilter() == mdType ? ExportFormat.MARKDOWN : ExportFormat.PDF);
        Path target = ExportFormat.ofFile(file.toPath()).filter(format::equals).isPresent() ? file.toPath()
                : file.toPath().resolveSibling(file.getName() + "." + format.extension());
        export(kind, id, format, target);
    }

    /** Starts writing the handout to {@code target}; the shared status strip reports how it went. */
    public Task<Path> export(Handouts.Kind kind, String id, ExportFormat format, Path target) {
        Library now = library.get();
        ExportSettings settings = exports.settings();
        return exports.run(new ExportTask(target, (out, progress) ->
                handouts().write(now, kind, id, settings, format, out, progress)));
    }

    private synchronized Handouts handouts() {
        if (handouts == null) {
            handouts = new Handouts();
        }
        return handouts;
    }
}
