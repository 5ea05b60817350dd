package org.caseexplorer.savedviews.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.savedviews.SavedView;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.LibraryService;
import org.caseexplorer.state.TaskExecutor;
import org.junit.jupiter.api.Test;

/** What the saved views' section says is kept as words to say, not said once: it follows a language switch. */
class SavedViewsMessageTest {

    @Test
    void theLastMessageIsSaidAgainInTheNewLanguage() {
        AppState state = new AppState();
        Messages messages = new Messages(Lang.EN);
        LibraryService libraries = new LibraryService(state, new LibraryLoader(), TaskExecutor.inline());
        libraries.load(Optional.empty()).join();
        SavedViewsViewModel model = new SavedViewsViewModel(state, libraries, messages);
        SavedView view = new SavedView("Week 3", org.caseexplorer.filter.CaseFilter.NONE,
                org.caseexplorer.comparison.ComparisonChoice.NONE, null);
        model.restore(view);
        assertEquals(messages.format("views.restored", "Week 3"), model.messageProperty().get());
        messages.langProperty().set(Lang.ZH);
        assertEquals(messages.format("views.restored", "Week 3"), model.messageProperty().get());
        assertEquals("已恢复“Week 3”", model.messageProperty().get());
    }
}
