package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Under a locale whose file names are not UTF-8, {@code java -jar} says so in one line, and how to fix it. */
class LocaleWarningTest {

    @Test
    void aUtf8LocaleSaysNothing() {
        assertEquals(Optional.empty(), Launcher.localeWarning("UTF-8"));
        assertEquals(Optional.empty(), Launcher.localeWarning("utf8"));
    }

    @Test
    void theCLocaleIsNamedWithTheFix() {
        String said = Launcher.localeWarning("ANSI_X3.4-1968").orElseThrow();
        assertTrue(said.contains("ANSI_X3.4-1968") && said.contains("LC_ALL=C.UTF-8"), said);
        assertEquals(-1, said.indexOf('\n'), "one line");
    }
}
