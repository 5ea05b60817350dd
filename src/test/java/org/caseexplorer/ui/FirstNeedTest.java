package org.caseexplorer.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class FirstNeedTest {

    @Test
    void makesAtOnceWhatIsAlreadyNeeded() {
        AtomicInteger made = new AtomicInteger();
        FirstNeed.when(new SimpleBooleanProperty(true), Boolean.TRUE::equals, made::incrementAndGet);
        assertEquals(1, made.get());
    }

    @Test
    void makesNothingUntilNeededThenExactlyOnce() {
        SimpleObjectProperty<String> selected = new SimpleObjectProperty<>();
        AtomicInteger made = new AtomicInteger();
        FirstNeed.when(selected, Objects::nonNull, made::incrementAndGet);
        assertEquals(0, made.get(), "nothing selected: nothing made");
        selected.set("xiaomi");
        assertEquals(1, made.get(), "made with the first selection");
        selected.set(null);
        selected.set("tesla");
        assertEquals(1, made.get(), "and never again: the part stays");
    }

    @Test
    void aValueThatChangesButIsNotNeededMakesNothing() {
        SimpleObjectProperty<String> status = new SimpleObjectProperty<>("");
        AtomicInteger made = new AtomicInteger();
        FirstNeed.when(status, s -> s != null && s.startsWith("Exporting"), made::incrementAndGet);
        status.set("idle");
        status.set("");
        assertEquals(0, made.get());
        status.set("Exporting 2 cases");
        assertEquals(1, made.get());
    }
}
