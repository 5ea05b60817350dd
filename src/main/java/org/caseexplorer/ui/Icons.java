package org.caseexplorer.ui;

import javafx.scene.Node;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;

/** The icons the app uses, from Ikonli's Feather pack, named for what they mean here. */
public final class Icons {

    private Icons() {
    }

    public static Node search() {
        return icon(Feather.SEARCH);
    }

    public static Node exclude() {
        return icon(Feather.SLASH);
    }

    public static Node clear() {
        return icon(Feather.X);
    }

    public static Node folder() {
        return icon(Feather.FOLDER);
    }

    public static Node problems() {
        return icon(Feather.ALERT_TRIANGLE);
    }

    /** A note: something worth reading that is not a mistake. */
    public static Node note() {
        return icon(Feather.INFO);
    }

    /** A problem to fix (beside a note, which gets {@link #note()}). */
    public static Node problem() {
        return icon(Feather.X_CIRCLE);
    }

    public static Node empty() {
        return icon(Feather.INBOX);
    }

    public static Node quote() {
        return icon(Feather.MESSAGE_SQUARE);
    }

    public static Node copy() {
        return icon(Feather.COPY);
    }

    public static Node filter() {
        return icon(Feather.FILTER);
    }

    public static Node compare() {
        return icon(Feather.COLUMNS);
    }

    public static Node moveLeft() {
        return icon(Feather.CHEVRON_LEFT);
    }

    public static Node moveRight() {
        return icon(Feather.CHEVRON_RIGHT);
    }

    public static Node baseline() {
        return icon(Feather.FLAG);
    }

    public static Node export() {
        return icon(Feather.DOWNLOAD);
    }

    public static Node print() {
        return icon(Feather.PRINTER);
    }

    public static Node back() {
        return icon(Feather.ARROW_LEFT);
    }

    public static Node map() {
        return icon(Feather.SHARE_2);
    }

    /** A principle's own page. */
    public static Node page() {
        return icon(Feather.BOOK_OPEN);
    }

    public static Node zoomIn() {
        return icon(Feather.ZOOM_IN);
    }

    public static Node zoomOut() {
        return icon(Feather.ZOOM_OUT);
    }

    public static Node fit() {
        return icon(Feather.MAXIMIZE);
    }

    /**
     * Reads the icon font and Ikonli's handlers now, on the calling thread: the first icon would
     * otherwise do it on the window's thread, in the middle of building the first frame. Makes no
     * node, so any thread may call it, also before the JavaFX toolkit has started.
     */
    public static void prepare() {
        IkonResolver.getInstance().resolve(Feather.SEARCH.getDescription());
    }

    private static Node icon(Feather feather) {
        FontIcon icon = new FontIcon(feather);
        icon.setIconSize(16);
        icon.getStyleClass().add("app-icon");
        return icon;
    }
}
