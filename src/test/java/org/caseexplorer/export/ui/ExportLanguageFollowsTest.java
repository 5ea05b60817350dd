package org.caseexplorer.export.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.caseexplorer.cases.Lang;
import org.caseexplorer.export.ExportLanguage;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.TaskExecutor;
import org.junit.jupiter.api.Test;

/** The export language follows the window's until the user picks one; then it stays, whatever the window does. */
class ExportLanguageFollowsTest {

    private final Messages messages = new Messages(Lang.EN);
    private final ExportService exports = new ExportService(messages, TaskExecutor.inline(), null, () -> "", author -> { });

    @Test
    void itFollowsTheWindowsLanguageUntilOneIsPicked() {
        assertEquals(ExportLanguage.EN, exports.languageProperty().get());
        messages.langProperty().set(Lang.ZH);
        assertEquals(ExportLanguage.ZH, exports.languageProperty().get());
        messages.langProperty().set(Lang.EN);
        assertEquals(ExportLanguage.EN, exports.languageProperty().get());
    }

    @Test
    void aPickedLanguageStaysThroughLanguageSwitches() {
        exports.languageProperty().set(ExportLanguage.ZH);
        messages.langProperty().set(Lang.ZH);
        messages.langProperty().set(Lang.EN);
        assertEquals(ExportLanguage.ZH, exports.languageProperty().get(), "the lecturer's choice of 中文 is kept");
        exports.languageProperty().set(ExportLanguage.BOTH);
        messages.langProperty().set(Lang.ZH);
        assertEquals(ExportLanguage.BOTH, exports.languageProperty().get());
    }
}
