package org.caseexplorer.ui;

import java.text.BreakIterator;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A wrapping paragraph the reader can select and copy, as in a browser: drag to select,
 * double-click a word, triple-click the whole block; Ctrl+C copies, Ctrl+A selects the block.
 * A selection stays within its block, and one block in a window holds it at a time.
 *
 * <p>It stays as light as the plain {@link TextFlow} it is: one extra, unmanaged path behind
 * the text for the selection, and no node at all until something is selected. The block takes
 * the focus when clicked, so Ctrl+C reaches it, but Tab passes it by.
 */
public class SelectableText extends TextFlow {

    /** The style class of every text run, as the stylesheet colours it. */
    public static final String TEXT_CLASS = "flow-text";
    private static final String SCENE_KEY = SelectableText.class.getName();

    private Path highlight;
    private int anchor;
    private int caret;

    public SelectableText() {
        getStyleClass().add("selectable-text");
        setCursor(Cursor.TEXT);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    }

    /** A block of plain text, its runs styled with {@code styleClasses} on the block. */
    public static SelectableText of(String text, String... styleClasses) {
        SelectableText flow = new SelectableText();
        flow.getStyleClass().addAll(styleClasses);
        flow.getChildren().add(run(text));
        return flow;
    }

    /** A run of text in a block, styled as the block's text. */
    public static Text run(String content) {
        Text text = new Text(content);
        text.getStyleClass().add(TEXT_CLASS);
        return text;
    }

    /** All the block's text, as it reads. */
    public String text() {
        StringBuilder all = new StringBuilder();
        for (Node child : getChildren()) {
            if (child instanceof Text t && child.isManaged()) {
                all.append(t.getText());
            }
        }
        return all.toString();
    }

    public boolean hasSelection() {
        return anchor != caret;
    }

    /** The selected text, or "" when nothing is. */
    public String selectedText() {
        String all = text();
        int from = Math.min(Math.min(anchor, caret), all.length());
        int to = Math.min(Math.max(anchor, caret), all.length());
        return all.substring(from, to);
    }

    /** Selects characters {@code from} (inclusive) to {@code to} (exclusive) of {@link #text()}. */
    public void select(int from, int to) {
        int length = text().length();
        anchor = clamp(from, length);
        caret = clamp(to, length);
        if (hasSelection()) {
            takeSelectionOfScene();
        }
        paint();
    }

    public void selectAll() {
        select(0, text().length());
    }

    public void clearSelection() {
        anchor = caret;
        paint();
    }

    /** Puts the selection on the clipboard as plain text; false when nothing is selected. */
    public boolean copy() {
        if (!hasSelection()) {
            return false;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(selectedText());
        Clipboard.getSystemClipboard().setContent(content);
        return true;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            // A right-click keeps the selection, for the context menu to copy.
            if (!isFocused()) {
                requestFocus();
            }
            return;
        }
        requestFocus();
        int at = indexAt(e);
        if (e.getClickCount() >= 3) {
            selectAll();
        } else if (e.getClickCount() == 2) {
            selectWordAt(at);
        } else if (e.isShiftDown()) {
            select(anchor, at);
        } else {
            select(at, at);
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (e.isPrimaryButtonDown()) {
            select(anchor, indexAt(e));
            e.consume();
        }
    }

    private void keyPressed(KeyEvent e) {
        if (!e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) {
            return;
        }
        if (e.getCode() == KeyCode.C && hasSelection()) {
            copy();
            e.consume();
        } else if (e.getCode() == KeyCode.A) {
            selectAll();
            e.consume();
        }
    }

    private int indexAt(MouseEvent e) {
        Point2D local = sceneToLocal(e.getSceneX(), e.getSceneY());
        return clamp(hitTest(local).getInsertionIndex(), text().length());
    }

    private void selectWordAt(int at) {
        String all = text();
        if (all.isEmpty()) {
            return;
        }
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(all);
        int index = Math.min(at, all.length() - 1);
        int end = words.following(index);
        int start = words.previous();
        select(start, end == BreakIterator.DONE ? all.length() : end);
    }

    /** One block per window holds a selection: the one before this gives it up. */
    private void takeSelectionOfScene() {
        Scene scene = getScene();
        if (scene == null) {
            return;
        }
        Object before = scene.getProperties().put(SCENE_KEY, this);
        if (before instanceof SelectableText other && other != this) {
            other.clearSelection();
        }
    }

    private void paint() {
        if (!hasSelection()) {
            if (highlight != null) {
                highlight.getElements().clear();
            }
            return;
        }
        if (highlight == null) {
            highlight = new Path();
            highlight.setManaged(false);
            highlight.setMouseTransparent(true);
            highlight.getStyleClass().add("text-selection");
            getChildren().add(0, highlight);
        }
        highlight.getElements().setAll(rangeShape(Math.min(anchor, caret), Math.max(anchor, caret)));
    }

    /**
     * Never narrower than its longest word: a layout short of room wraps the block at spaces
     * (and between Chinese characters) or scrolls, but never breaks an English word in two.
     */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getChildren()) {
            if (child instanceof Text t && child.isManaged()) {
                widest = Math.max(widest, longestWordWidth(t));
            }
        }
        return snapSizeX(widest) + snappedLeftInset() + snappedRightInset();
    }

    /** The width of the run's longest few words (by letters) in its font; measured, so kerning and bold count. */
    private static double longestWordWidth(Text run) {
        String[] words = run.getText().split("[\\s\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]+");
        java.util.Arrays.sort(words, (a, b) -> b.length() - a.length());
        Text probe = new Text();
        probe.setFont(run.getFont());
        double widest = 0;
        for (int i = 0; i < Math.min(3, words.length); i++) {
            probe.setText(words[i]);
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        return widest;
    }

    private static int clamp(int index, int length) {
        return Math.max(0, Math.min(index, length));
    }
}
