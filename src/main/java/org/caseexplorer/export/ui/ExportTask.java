package org.caseexplorer.export.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import javafx.concurrent.Task;
import org.caseexplorer.cases.io.AtomicFile;
import org.caseexplorer.export.ExportProgress;

/**
 * One export (a comparison, a case or principle handout) off the FX thread, with progress, that
 * can be cancelled: the file appears only when it is complete, and a cancelled or failed export
 * leaves nothing behind.
 */
public final class ExportTask extends Task<Path> {

    /** Writes the whole document to {@code out}, reporting how far it is. */
    @FunctionalInterface
    public interface Document {
        void write(OutputStream out, ExportProgress progress) throws IOException;
    }

    private final Document document;
    private final Path target;

    public ExportTask(Path target, Document document) {
        this.document = document;
        this.target = target;
    }

    public Path target() {
        return target;
    }

    @Override
    protected Path call() throws Exception {
        updateProgress(0, 1);
        AtomicFile.write(target, out -> document.write(out, done -> {
            if (isCancelled()) {
                throw new CancellationException("export cancelled");
            }
            updateProgress(done, 1);
        }));
        return target;
    }
}
