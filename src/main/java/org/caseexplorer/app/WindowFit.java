package org.caseexplorer.app;

import java.util.Comparator;
import java.util.List;
import org.caseexplorer.settings.AppPreferences.WindowBounds;

/**
 * Where the main window opens and how large its inside is, from the bounds it was left at and
 * the screens there are now (their visual bounds: without panels and docks). Plain arithmetic,
 * so it is tested without a screen.
 *
 * <ul>
 *   <li>First start: the preferred size where the main screen has room for it, else all the
 *       screen has (a small laptop's window needs every pixel), centred.</li>
 *   <li>A remembered place keeps to the screen it overlaps most; off every screen (a projector
 *       unplugged), it comes back centred on the main one.</li>
 *   <li>Always: the inside plus the window manager's frame fits the screen it opens on, wholly.</li>
 * </ul>
 */
public final class WindowFit {

    /** The inside's size on a first start, where the screen has room for it. */
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** Smallest inside the window lays out in (the 1024×640 screen's share is above it). */
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 480;

    /** A rectangle on the desktop, in the toolkit's coordinates. */
    public record Area(double x, double y, double width, double height) {
        double maxX() {
            return x + width;
        }

        double maxY() {
            return y + height;
        }

        double overlap(Area other) {
            double w = Math.min(maxX(), other.maxX()) - Math.max(x, other.x);
            double h = Math.min(maxY(), other.maxY()) - Math.max(y, other.y);
            return w > 0 && h > 0 ? w * h : 0;
        }
    }

    /** The window manager's frame around the inside: title bar above, borders at the sides and below. */
    public record Frame(double top, double side, double bottom) {
        /** What a window manager such as xfwm4, GNOME or Windows draws, with some room to spare. */
        public static final Frame TYPICAL = new Frame(40, 6, 6);
    }

    /** Where to put the window: its outer top-left corner and its inside's size. */
    public record Placement(double x, double y, double width, double height, boolean maximized) {}

    private WindowFit() {}

    /**
     * The placement for {@code remembered} on {@code screens} (the first is the main screen).
     * {@code remembered}'s x and y are NaN on a first start.
     */
    public static Placement place(WindowBounds remembered, List<Area> screens, Frame frame) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screen");
        }
        Area main = screens.get(0);
        boolean first = Double.isNaN(remembered.x()) || Double.isNaN(remembered.y());
        double wantW = first ? PREFERRED_WIDTH : positive(remembered.width(), PREFERRED_WIDTH);
        double wantH = first ? PREFERRED_HEIGHT : positive(remembered.height(), PREFERRED_HEIGHT);
        Area screen = main;
        if (!first) {
            Area outer = new Area(remembered.x(), remembered.y(), wantW + 2 * frame.side(), wantH + frame.top() + frame.bottom());
            screen = screens.stream().filter(s -> s.overlap(outer) > 0)
                    .max(Comparator.comparingDouble(s -> s.overlap(outer))).orElse(null);
        }
        boolean lost = screen == null;
        if (lost) {
            screen = main;
        }
        double roomW = screen.width() - 2 * frame.side();
        double roomH = screen.height() - frame.top() - frame.bottom();
        // Not below the smallest useful size, unless the screen itself is smaller.
        double width = Math.min(Math.max(wantW, MIN_WIDTH), roomW);
        double height = Math.min(Math.max(wantH, MIN_HEIGHT), roomH);
        double outerW = width + 2 * frame.side();
        double outerH = height + frame.top() + frame.bottom();
        double x;
        double y;
        if (first || lost) {
            x = screen.x() + (screen.width() - outerW) / 2;
            y = screen.y() + (screen.height() - outerH) / 2;
        } else {
            x = clamp(remembered.x(), screen.x(), screen.maxX() - outerW);
            y = clamp(remembered.y(), screen.y(), screen.maxY() - outerH);
        }
        return new Placement(Math.round(x), Math.round(y), Math.floor(width), Math.floor(height),
                !first && remembered.maximized());
    }

    private static double positive(double value, double otherwise) {
        return Double.isFinite(value) && value > 0 ? value : otherwise;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }
}
