package org.caseexplorer.ui;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.skin.ScrollBarSkin;

/**
 * The scroll bar's own skin without the parts the theme never shows: AtlantaFX hides the arrow
 * buttons (and gives them no size) and leaves the track's background unstyled, yet each scroll
 * bar kept them as five nodes, every one styled on every start; and a bar that is hidden (the
 * horizontal one of most panes) keeps no track and thumb until it shows. The skin still
 * measures and lays them all out as before, so the bar looks and works as it did: track, thumb
 * and wheel. app.css installs it for every scroll bar of the window.
 */
public final class LeanScrollBarSkin extends ScrollBarSkin {

    private static final Set<String> NEVER_SHOWN = Set.of("increment-button", "decrement-button", "track-background");
    private final List<Node> trackAndThumb;

    public LeanScrollBarSkin(ScrollBar control) {
        super(control);
        getChildren().removeIf(node -> node.getStyleClass().stream().anyMatch(NEVER_SHOWN::contains));
        trackAndThumb = List.copyOf(getChildren());
        control.visibleProperty().addListener((obs, was, visible) -> showTrack(visible));
        showTrack(control.isVisible());
    }

    private void showTrack(boolean visible) {
        if (!visible) {
            getChildren().removeAll(trackAndThumb);
        } else if (getChildren().isEmpty()) {
            getChildren().addAll(trackAndThumb);
        }
    }
}
