package org.caseexplorer.app;

import javafx.scene.Node;
import org.caseexplorer.comparison.ui.ComparisonView;
import org.caseexplorer.map.ui.PrincipleMapView;
import org.caseexplorer.principles.ui.PrinciplePage;
import org.caseexplorer.state.Navigator;

/** The screens that take the cards' place in the centre, each made the first time the navigator leads to it. */
final class CentreScreens {

    private final MainWindow.Parts parts;
    private ComparisonView comparison;
    private PrincipleMapView map;
    private PrinciplePage principlePage;

    CentreScreens(MainWindow.Parts parts) {
        this.parts = parts;
    }

    /** The screen for {@code screen}; the cards are the window's own. */
    Node screenFor(Navigator.Screen screen) {
        return switch (screen) {
            case COMPARISON -> comparison != null ? comparison : (comparison = new ComparisonView(parts.comparison(),
                    parts.navigator(), parts.comparisonActions(), parts.messages()));
            case MAP -> map != null ? map : (map = new PrincipleMapView(parts.state(), parts.navigator(),
                    parts.messages(), parts.tasks(), parts.exports(), () -> parts.libraries().userFolder()
                            .map(folder -> folder.toAbsolutePath().normalize().getFileName()).map(Object::toString)
                            .orElse(null)));
            case PRINCIPLE -> principlePage != null ? principlePage : (principlePage = new PrinciplePage(parts.state(),
                    parts.navigator(), parts.messages(), parts.exports()));
            case CARDS -> throw new IllegalArgumentException("the cards are the window's own");
        };
    }

    PrincipleMapView mapView() {
        return map;
    }

    PrinciplePage principlePage() {
        return principlePage;
    }
}
