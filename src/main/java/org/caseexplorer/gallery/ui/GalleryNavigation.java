package org.caseexplorer.gallery.ui;

import javafx.scene.input.KeyCode;

/** Where the keyboard cursor goes in a grid of {@code count} cards laid out {@code columns} wide. */
final class GalleryNavigation {

    private GalleryNavigation() {
    }

    /** The new cursor index, or the same one when the key does not move it. */
    static int move(int cursor, int count, int columns, KeyCode key) {
        if (count == 0) {
            return -1;
        }
        int cols = Math.max(1, columns);
        int current = Math.max(0, Math.min(cursor, count - 1));
        int next = switch (key) {
            case LEFT -> current - 1;
            case RIGHT -> current + 1;
            case UP -> current - cols;
            case DOWN -> current + cols;
            case HOME -> 0;
            case END -> count - 1;
            default -> current;
        };
        return cursor < 0 ? 0 : Math.max(0, Math.min(next, count - 1));
    }
}
