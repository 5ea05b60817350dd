package org.caseexplorer.ui;

import java.util.Set;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.ScrollBarSkin;

/**
 * The scroll bar's own skin without the parts the theme never shows: AtlantaFX hides the arrow
 * buttons (and gives them no size) and leaves the track's background unstyled, yet each scroll
 * bar kept them as five nodes, every one styled on every start. The skin still measures and
 * lays them out as before, so the bar looks and works as it did: track, thumb and wheel.
 * app.css installs it for every scroll bar of the window.
 *
 * <p>(A hidden bar could drop its track and thumb too, two nodes more; but putting them back
 * when the bar shows had the theme's bar styled without its colours, so they stay.)
 */
public final class LeanScrollBarSkin extends ScrollBarSkin {

    private static final Set<String> NEVER_SHOWN = Set.of("increment-button", "decrement-button", "track-background");

    public LeanScrollBarSkin(ScrollBar control) {
        super(control);
        getChildren().removeIf(node -> node.getStyleClass().stream().anyMatch(NEVER_SHOWN::contains));
    }
}
