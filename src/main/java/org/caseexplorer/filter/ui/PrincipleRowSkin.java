package org.caseexplorer.filter.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;

/**
 * Lays out and paints a {@link PrincipleRow} as the row of check box, count and toggle it
 * replaces looked: the same places, sizes and colours, in four nodes. The check box and the ⊘'s
 * frame are the row's own background; the tick is a node only while the box is ticked (or the
 * pointer is on it, where the theme shows a faint one), the focus ring only while the keyboard
 * is on the row.
 */
final class PrincipleRowSkin extends SkinBase<PrincipleRow> {

    // The sizes of the nodes this replaces: AtlantaFX's check box (a 10 px mark in padding 3 4,
    // label padding 2 2 0 6), a row spacing of 6, an indent of 18 a level, the count's padding of
    // 4, and the ⊘ toggle with padding 2 4 round a 16 px icon.
    private static final double SPACING = 6;
    private static final double INDENT = 18;
    private static final double BOX_PAD_X = 4;
    private static final double BOX_PAD_Y = 3;
    private static final double LABEL_GAP = 6;
    private static final double LABEL_TOP = 2;
    private static final double LABEL_RIGHT = 2;
    private static final double COUNT_PAD = 4;
    private static final double TOGGLE_WIDTH = 24;
    private static final double TOGGLE_HEIGHT = 23;
    private static final double ICON = 16;

    private final Text name = new Text();
    private final Region mark = new Region();
    private final Region ring = new Region();
    private Rectangle2D box = Rectangle2D.EMPTY;
    private Rectangle2D include = Rectangle2D.EMPTY;
    private Rectangle2D frame = Rectangle2D.EMPTY;
    private boolean armed;
    private boolean excludeArmed;

    PrincipleRowSkin(PrincipleRow row) {
        super(row);
        // "text", as a label's text is: the theme centres its lines the same way.
        name.getStyleClass().addAll("text", "principle-name");
        name.textProperty().bind(row.textProperty());
        name.fontProperty().bind(row.fontProperty());
        name.fillProperty().bind(row.textFillProperty());
        mark.getStyleClass().add("mark");
        mark.setManaged(false);
        ring.getStyleClass().add("focus-ring");
        ring.setManaged(false);
        ring.setMouseTransparent(true);
        getChildren().addAll(name, row.count, row.exclude);

        row.selectedProperty().addListener(o -> showMark());
        row.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        row.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(-1, -1));
        row.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        row.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        row.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        row.addEventHandler(KeyEvent.KEY_RELEASED, this::key);
        for (Observable o : List.of((Observable) row.boxBorder, (Observable) row.boxFill,
                (Observable) row.toggleBorder, (Observable) row.toggleFill, row.widthProperty(), row.heightProperty())) {
            o.addListener(x -> paint());
        }
        row.focusVisibleProperty().addListener(o -> showRing());
        row.exclude.focusVisibleProperty().addListener(o -> showRing());
        showMark();
    }

    // ---- input: as a check box's, but only on the box and name; the ⊘ is a button of its own

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (frame.contains(e.getX(), e.getY())) {
            excludeArmed = true;
            getSkinnable().exclude.requestFocus();
            e.consume();
        } else if (include.contains(e.getX(), e.getY())) {
            armed = true;
            getSkinnable().requestFocus();
            getSkinnable().arm();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        PrincipleRow row = getSkinnable();
        if (excludeArmed && frame.contains(e.getX(), e.getY())) {
            row.exclude.fire();
            e.consume();
        } else if (armed && include.contains(e.getX(), e.getY())) {
            row.fire();
        }
        armed = false;
        excludeArmed = false;
        row.disarm();
    }

    private void key(KeyEvent e) {
        if (e.getCode() != KeyCode.SPACE || e.getTarget() != getSkinnable()) {
            return;
        }
        if (e.getEventType() == KeyEvent.KEY_PRESSED) {
            getSkinnable().arm();
        } else if (getSkinnable().isArmed()) {
            getSkinnable().disarm();
            getSkinnable().fire();
        }
        e.consume();
    }

    private void hover(double x, double y) {
        getSkinnable().pseudoClassStateChanged(PrincipleRow.BOX_HOVER, box.contains(x, y));
        showMark();
    }

    /** The tick: a node while it shows (ticked, or the faint one under the pointer). */
    private void showMark() {
        PrincipleRow row = getSkinnable();
        boolean shown = row.isSelected() || row.getPseudoClassStates().contains(PrincipleRow.BOX_HOVER);
        if (shown && !getChildren().contains(mark)) {
            getChildren().add(mark);
            getSkinnable().requestLayout();
        } else if (!shown) {
            getChildren().remove(mark);
        }
    }

    // ---- size and layout

    private double boxWidth() {
        return markSize() + 2 * BOX_PAD_X;
    }

    private double boxHeight() {
        return markSize() + 2 * BOX_PAD_Y;
    }

    /** The tick is 0.75 em of the row's font, as the theme sizes it. */
    private double markSize() {
        return Math.ceil(0.75 * getSkinnable().getFont().getSize());
    }

    private double countWidth() {
        return Math.ceil(getSkinnable().count.getLayoutBounds().getWidth()) + 2 * COUNT_PAD;
    }

    private double countHeight() {
        return Math.ceil(getSkinnable().count.getLayoutBounds().getHeight());
    }

    private double nameLeft() {
        return getSkinnable().depth() * INDENT + SPACING + boxWidth() + LABEL_GAP;
    }

    private double nameRight() {
        return LABEL_RIGHT + SPACING + countWidth() + SPACING + TOGGLE_WIDTH;
    }

    /** The name's height wrapped at {@code wrap}, or on one line for 0. */
    private double nameHeight(double wrap) {
        name.setWrappingWidth(Math.max(0, wrap));
        return Math.ceil(name.getLayoutBounds().getHeight());
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        name.setWrappingWidth(0);
        return left + nameLeft() + Math.ceil(name.getLayoutBounds().getWidth()) + nameRight() + right;
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + nameLeft() + nameRight() + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        // Without a width, on one line (a wrapping width of 0 wraps nowhere).
        double wrap = width < 0 ? 0 : Math.max(1, width - left - right - nameLeft() - nameRight());
        double checkBox = Math.max(boxHeight(), nameHeight(wrap) + LABEL_TOP);
        return top + Math.max(checkBox, Math.max(countHeight(), TOGGLE_HEIGHT)) + bottom;
    }

    @Override
    protected double computeMaxWidth(double height, double top, double right, double bottom, double left) {
        return Double.MAX_VALUE;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        PrincipleRow row = getSkinnable();
        double checkX = x + row.depth() * INDENT + SPACING;
        double toggleX = x + w - TOGGLE_WIDTH;
        double countX = toggleX - SPACING - countWidth();
        double nameX = checkX + boxWidth() + LABEL_GAP;
        // Narrower than its parts (as a pane may be asked for a moment), the name keeps a pixel.
        double nameWidth = Math.max(1, countX - SPACING - LABEL_RIGHT - nameX);
        double checkHeight = Math.max(boxHeight(), nameHeight(nameWidth) + LABEL_TOP);
        double checkY = snap(y + (h - checkHeight) / 2);

        name.relocate(nameX, checkY + LABEL_TOP);
        box = new Rectangle2D(checkX, snap(checkY + (checkHeight - boxHeight()) / 2), boxWidth(), boxHeight());
        include = new Rectangle2D(checkX, checkY, Math.max(0, countX - SPACING - checkX), checkHeight);
        double markSize = markSize();
        mark.resizeRelocate(box.getMinX() + BOX_PAD_X, box.getMinY() + BOX_PAD_Y, markSize, markSize);
        row.count.relocate(countX + COUNT_PAD, snap(y + (h - countHeight()) / 2));
        frame = new Rectangle2D(toggleX, snap(y + (h - TOGGLE_HEIGHT) / 2), TOGGLE_WIDTH, TOGGLE_HEIGHT);
        row.exclude.relocate(toggleX + (TOGGLE_WIDTH - ICON) / 2, frame.getMinY() + snap((TOGGLE_HEIGHT - ICON) / 2));
        paint();
    }

    private static double snap(double value) {
        return Math.round(value);
    }

    // ---- painting: the theme's check box and toggle button, in the row's CSS colours

    private void paint() {
        PrincipleRow row = getSkinnable();
        if (box.getWidth() == 0) {
            return;
        }
        double w = row.getWidth();
        double h = row.getHeight();
        List<BackgroundFill> fills = new ArrayList<>();
        fills.add(fill(row.boxBorder.getValue(), 4, box, 0, w, h));
        fills.add(fill(row.boxFill.getValue(), 3, box, 1.5, w, h));
        boolean excluded = row.exclude.selected.get();
        fills.add(fill(row.toggleBorder.getValue(), 4, frame, 0, w, h));
        // Pressed, the theme's toggle fills to its edge.
        fills.add(fill(row.toggleFill.getValue(), 3, frame, excluded ? 0 : 1, w, h));
        row.setBackground(new Background(fills, null));
        showRing();
    }

    /**
     * The focus ring, as the theme draws it round a check box's box (2 px out) or a button (3 px
     * out): a node of its own while the keyboard is on the row or its ⊘. (As the row's border it
     * would count as the row's insets, and move everything in it.)
     */
    private void showRing() {
        PrincipleRow row = getSkinnable();
        Rectangle2D around = row.isFocusVisible() ? grow(box, 2) : row.exclude.isFocusVisible() ? grow(frame, 3) : null;
        if (around == null) {
            getChildren().remove(ring);
            return;
        }
        if (!getChildren().contains(ring)) {
            getChildren().add(ring);
        }
        ring.resizeRelocate(around.getMinX(), around.getMinY(), around.getWidth(), around.getHeight());
    }

    private static Rectangle2D grow(Rectangle2D r, double by) {
        return new Rectangle2D(r.getMinX() - by, r.getMinY() - by, r.getWidth() + 2 * by, r.getHeight() + 2 * by);
    }

    private static BackgroundFill fill(Paint paint, double radius, Rectangle2D r, double inset, double w, double h) {
        return new BackgroundFill(paint, new CornerRadii(radius), insetsOf(r, inset, w, h));
    }

    /** A rectangle of the row, {@code inset} inside it, as insets from the row's edges. */
    private static Insets insetsOf(Rectangle2D r, double inset, double w, double h) {
        return new Insets(r.getMinY() + inset, w - r.getMaxX() + inset, h - r.getMaxY() + inset, r.getMinX() + inset);
    }
}
