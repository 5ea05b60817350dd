package org.caseexplorer.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.caseexplorer.app.WindowFit.Area;
import org.caseexplorer.app.WindowFit.Frame;
import org.caseexplorer.app.WindowFit.Placement;
import org.caseexplorer.settings.AppPreferences.WindowBounds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowFitTest {

    private static final Frame FRAME = new Frame(29, 5, 5);

    private static Area screen(double w, double h) {
        return new Area(0, 0, w, h);
    }

    /** The whole window, frame included, lies on {@code screen}. */
    private static void assertOn(Area screen, Placement p) {
        double outerW = p.width() + 2 * FRAME.side();
        double outerH = p.height() + FRAME.top() + FRAME.bottom();
        assertTrue(p.x() >= screen.x() && p.y() >= screen.y(), () -> "top-left on the screen: " + p);
        assertTrue(p.x() + outerW <= screen.x() + screen.width() + 0.5, () -> "right edge on the screen: " + p);
        assertTrue(p.y() + outerH <= screen.y() + screen.height() + 0.5, () -> "bottom edge on the screen: " + p);
    }

    @ParameterizedTest
    @CsvSource({"1024, 640", "1366, 768", "1920, 1080", "1280, 800", "800, 600"})
    void aFirstWindowFitsEveryCommonScreen(double w, double h) {
        Placement p = WindowFit.place(WindowBounds.DEFAULT, List.of(screen(w, h)), FRAME);
        assertOn(screen(w, h), p);
        assertFalse(p.maximized());
        // As large as the screen allows, up to the preferred size.
        assertEquals(Math.min(WindowFit.PREFERRED_WIDTH, w - 10), p.width());
        assertEquals(Math.min(WindowFit.PREFERRED_HEIGHT, h - 34), p.height());
    }

    @Test
    void aFirstWindowOnALargeScreenIsCentredAtThePreferredSize() {
        Placement p = WindowFit.place(WindowBounds.DEFAULT, List.of(screen(1920, 1080)), FRAME);
        assertEquals(1280, p.width());
        assertEquals(800, p.height());
        assertEquals((1920 - 1290) / 2, p.x());
        assertEquals(Math.round((1080 - 834) / 2.0), p.y());
    }

    @Test
    void theVisualBoundsAreKeptClearOfAPanel() {
        // A 32 px panel at the top of a 1366×768 screen.
        Area visual = new Area(0, 32, 1366, 736);
        Placement p = WindowFit.place(WindowBounds.DEFAULT, List.of(visual), FRAME);
        assertOn(visual, p);
        assertEquals(736 - 34, p.height());
    }

    @Test
    void aRememberedPlaceOffEveryScreenComesBackCentredOnTheMainOne() {
        // Left on a projector to the right that is no longer there.
        WindowBounds onProjector = new WindowBounds(2200, 300, 1000, 700, false);
        Area laptop = screen(1366, 768);
        Placement p = WindowFit.place(onProjector, List.of(laptop), FRAME);
        assertOn(laptop, p);
        assertEquals(1000, p.width());
        assertEquals(700, p.height());
        assertEquals(Math.round((1366 - 1010) / 2.0), p.x());
    }

    @Test
    void aRememberedSizeIsClampedToTheScreenItOpensOn() {
        WindowBounds large = new WindowBounds(100, 80, 1800, 1000, false);
        Area laptop = screen(1366, 768);
        Placement p = WindowFit.place(large, List.of(laptop), FRAME);
        assertOn(laptop, p);
        assertEquals(1356, p.width());
        assertEquals(734, p.height());
    }

    @Test
    void aWindowHalfOffTheEdgeIsPulledBackWhole() {
        Area s = screen(1920, 1080);
        Placement p = WindowFit.place(new WindowBounds(1500, -40, 1000, 700, false), List.of(s), FRAME);
        assertOn(s, p);
        assertEquals(1000, p.width());
        assertEquals(1920 - 1010, p.x());
        assertEquals(0, p.y());
    }

    @Test
    void aWindowKeepsToTheSecondScreenItWasLeftOn() {
        Area main = screen(1366, 768);
        Area right = new Area(1366, 0, 1920, 1080);
        Placement p = WindowFit.place(new WindowBounds(1500, 100, 1200, 900, true), List.of(main, right), FRAME);
        assertOn(right, p);
        assertEquals(1500, p.x());
        assertEquals(100, p.y());
        assertEquals(900, p.height());
        assertTrue(p.maximized(), "maximized is remembered");
    }

    @Test
    void aWindowAcrossTwoScreensGoesToTheOneItCoversMost() {
        Area main = screen(1920, 1080);
        Area left = new Area(-1280, 0, 1280, 1024);
        // 280 px on the left screen, 720 on the main one.
        Placement p = WindowFit.place(new WindowBounds(-280, 50, 1000, 700, false), List.of(main, left), FRAME);
        assertOn(main, p);
        assertEquals(0, p.x());
    }

    @Test
    void nonsenseSizesFallBackToThePreferredOne() {
        Area s = screen(1920, 1080);
        for (double bad : new double[] {0, -5, Double.NaN, Double.POSITIVE_INFINITY}) {
            Placement p = WindowFit.place(new WindowBounds(10, 10, bad, bad, false), List.of(s), FRAME);
            assertEquals(1280, p.width(), "width from " + bad);
            assertEquals(800, p.height(), "height from " + bad);
            assertOn(s, p);
        }
    }

    @Test
    void aTinyRememberedSizeGrowsToTheSmallestUsefulOne() {
        Placement p = WindowFit.place(new WindowBounds(10, 10, 200, 200, false), List.of(screen(1920, 1080)), FRAME);
        assertEquals(WindowFit.MIN_WIDTH, p.width());
        assertEquals(WindowFit.MIN_HEIGHT, p.height());
    }

    @Test
    void noScreenIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> WindowFit.place(WindowBounds.DEFAULT, List.of(), FRAME));
    }
}
