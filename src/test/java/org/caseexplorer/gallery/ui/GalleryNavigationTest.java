package org.caseexplorer.gallery.ui;

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

    /** The cards fill the gallery's width at every width: as many columns as fit, no empty band. */
    @org.junit.jupiter.api.Test
    void cardsWidenToFillTheRowAndTheGridAgreesOnTheColumns() {
        double spacing = CaseGallery.GAP / 2;
        for (int width = 300; width <= 2400; width += 7) {
            int columns = CaseGallery.columnsFor(width, spacing);
            double card = CaseGallery.cardWidthFor(width, spacing);
            // ControlsFX's GridViewSkin: floor((width - 18) / (cellWidth + 2 * spacing)) columns.
            int gridColumns = Math.max(1, (int) Math.floor((width - 18) / (card + 2 * spacing)));
            assertEquals(columns, gridColumns, "columns at " + width);
            double band = width - 18 - 16 - columns * (card + 2 * spacing);
            if (card > CaseGallery.MIN_CARD_WIDTH) {
                org.junit.jupiter.api.Assertions.assertTrue(band >= 0 && band < columns + 1,
                        "leftover " + band + " px at " + width);
            }
            org.junit.jupiter.api.Assertions.assertTrue(card >= CaseGallery.MIN_CARD_WIDTH);
        }
    }
}
