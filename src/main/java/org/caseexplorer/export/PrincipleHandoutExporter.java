package org.caseexplorer.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.caseexplorer.cases.Library;

/**
 * Writes the handout of one principle (its definition, source and every case with evidence for
 * it) to a file: what the principle page's Export button calls. The one-principle handout
 * exporters implement it; the composition root says which one the window uses.
 */
@FunctionalInterface
public interface PrincipleHandoutExporter {

    /** The formats the principle page offers. */
    List<ExportFormat> FORMATS = List.of(ExportFormat.PDF, ExportFormat.MARKDOWN);

    /**
     * Writes the handout of {@code principleId} from {@code library} to {@code out}, completely or
     * not at all; throws with a one-line message when it cannot.
     */
    void write(Library library, String principleId, ExportLanguage language, ExportFormat format, Path out)
            throws IOException;
}
