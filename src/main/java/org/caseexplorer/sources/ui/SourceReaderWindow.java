package org.caseexplorer.sources.ui;

import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Source;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.sources.EvidenceQuote;

/** Opens a {@link SourceReader} in a window of its own, beside the main window. */
public final class SourceReaderWindow {

    private SourceReaderWindow() {
    }

    /**
     * Shows source {@code sourceId}'s text, if the library has it; {@code onEvidence} may be null.
     *
     * @return the window, or null when the source has no text
     */
    public static Stage show(Window owner, Library library, String sourceId, Messages messages,
                             Consumer<EvidenceQuote> onEvidence) {
        Source source = library.source(sourceId).orElse(null);
        String text = library.sourceText(sourceId).map(t -> t.text()).orElse(null);
        if (source == null || text == null) {
            return null;
        }
        Lang lang = messages.lang();
        SourceReader reader = new SourceReader(sourceId, source.title().in(lang), text, messages, onEvidence);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle(messages.format("source.reader.title", source.title().in(lang)));
        Scene scene = new Scene(reader, 620, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
