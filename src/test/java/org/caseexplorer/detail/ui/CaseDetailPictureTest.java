package org.caseexplorer.detail.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.cases.io.TestPictures;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.testing.CaseFileBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The detail pane shows a case's picture at its own width at most, and never wider than the pane. */
@ExtendWith(ApplicationExtension.class)
@Tag("slow") // drives a real window (TestFX)
class CaseDetailPictureTest {

    @TempDir
    static Path dir;

    /** Rounding of snapped widths: at most a pixel or two. */
    private static final double SNAPPING = 2;

    private final AppState state = new AppState();
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        TestPictures.png(dir.resolve("small.png"), 200, 100);
        TestPictures.png(dir.resolve("wide.png"), 3000, 1000);
        for (String name : new String[] {"small", "wide"}) {
            CaseFileBuilder.aCase(name).image(name + ".png").writeTo(dir);
        }
        state.finishLoading(AppState.LoadedLibrary.of(new LibraryLoader().open(Optional.of(dir))));
        stage.setScene(new Scene(new CaseDetailPane(state, new org.caseexplorer.state.Navigator(state, () -> false), new Messages(Lang.EN),
                org.caseexplorer.state.TaskExecutor.threads(javafx.application.Platform::runLater), uri -> { }), 360, 700));
        stage.show();
    }

    private ImageView showPicture(FxRobot robot, String id) throws Exception {
        Case c = state.library().caseById(id).orElseThrow();
        robot.interact(() -> state.select(c));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            ImageView view = robot.lookup(".case-image").queryAs(ImageView.class);
            return view != null && view.getImage() != null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".case-image").queryAs(ImageView.class);
    }

    @Test
    void aSmallPictureIsShownAtItsOwnWidthNotStretched(FxRobot robot) throws Exception {
        ImageView view = showPicture(robot, "small");
        assertEquals(200, view.getBoundsInParent().getWidth(), 0.5);
        assertEquals(100, view.getBoundsInParent().getHeight(), 0.5);
    }

    @Test
    void aWidePictureFitsThePaneAndTheCompareButtonStaysInView(FxRobot robot) throws Exception {
        ImageView view = showPicture(robot, "wide");
        double paneWidth = stage.getScene().getWidth();
        Bounds picture = view.localToScene(view.getBoundsInLocal());
        assertTrue(picture.getMaxX() <= paneWidth, "picture ends at " + picture.getMaxX() + " of " + paneWidth);
        assertTrue(view.getImage().getWidth() < 3000, "decoded smaller than the file: " + view.getImage().getWidth());
        Node compare = robot.lookup("#detail-compare").query();
        assertNotNull(compare);
        Bounds button = compare.localToScene(compare.getBoundsInLocal());
        // Within the pixel snapping of an HBox whose children have fractional widths (under the
        // app's theme the header can end a pixel or two past the pane; a picture that pushed it
        // out would push it by hundreds).
        assertTrue(button.getMaxX() <= paneWidth + SNAPPING, "compare ends at " + button.getMaxX() + " of " + paneWidth);
    }
}
