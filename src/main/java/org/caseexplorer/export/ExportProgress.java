package org.caseexplorer.export;

import java.util.concurrent.CancellationException;

/**
 * Told how far an export has come, between its steps. A caller that wants the export stopped
 * throws {@link CancellationException} from {@link #reached}; the exporter lets it through.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = done -> { };

    /** {@code done} runs from 0 to 1. */
    void reached(double done) throws CancellationException;
}
