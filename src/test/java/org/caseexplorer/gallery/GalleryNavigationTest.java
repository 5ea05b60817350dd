package org.caseexplorer.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GalleryNavigationTest {

    @ParameterizedTest(name = "{3} from {0} of {1} in {2} columns goes to {4}")
    @CsvSource({
        "0, 10, 3, RIGHT, 1",
        "0, 10, 3, LEFT, 0",
        "0, 10, 3, DOWN, 3",
        "8, 10, 3, DOWN, 9",
        "4, 10, 3, UP, 1",
        "1, 10, 3, UP, 0",
        "9, 10, 3, RIGHT, 9",
        "5, 10, 3, HOME, 0",
        "2, 10, 3, END, 9",
        "-1, 10, 3, RIGHT, 0",
        "0, 0, 3, RIGHT, -1",
        "3, 5, 0, DOWN, 4",
    })
    void arrowsMoveTheCursorWithinTheGrid(int cursor, int count, int columns, KeyCode key, int expected) {
        assertEquals(expected, GalleryNavigation.move(cursor, count, columns, key));
    }
}
