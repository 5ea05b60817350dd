package org.caseexplorer.gallery;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;
import org.controlsfx.control.GridCell;

/**
 * One card in the gallery: emblem, name in both scripts, industry, tagline, and the principles
 * the case illustrates, strongest first.
 */
final class CaseCard extends GridCell<Case> {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    static final PseudoClass COMPARED = PseudoClass.getPseudoClass("compared");
    /** Chips beyond this many are summed up as "+N"; the detail pane lists them all. */
    static final int MAX_CHIPS = 4;
    static final double TAGLINE_MAX_HEIGHT = 56;

    private final Supplier<Library> library;
    private final Supplier<Lang> lang;
    private final Predicate<Case> selected;
    private final Predicate<Case> cursor;
    private final Predicate<Case> compared;
    private final Consumer<Case> toggleCompared;
    private final ObservableValue<String> compareText;
    private ToggleButton compareToggle;
    private Case builtFor;
    private VBox built;
    private Lang builtIn;

    CaseCard(Supplier<Library> library, Supplier<Lang> lang, Predicate<Case> selected, Predicate<Case> cursor,
             Predicate<Case> compared, Consumer<Case> toggleCompared,
             ObservableValue<String> compareText) {
        this.library = library;
        this.lang = lang;
        this.selected = selected;
        this.cursor = cursor;
        this.compared = compared;
        this.toggleCompared = toggleCompared;
        this.compareText = compareText;
        getStyleClass().add("case-card");
    }

    /** Re-reads whether this card is the selected one and the keyboard cursor. */
    void refreshState() {
        Case c = getItem();
        pseudoClassStateChanged(SELECTED, c != null && selected.test(c));
        pseudoClassStateChanged(CURSOR, c != null && cursor.test(c));
        boolean inComparison = c != null && compared.test(c);
        pseudoClassStateChanged(COMPARED, inComparison);
        if (compareToggle != null) {
            compareToggle.setSelected(inComparison);
        }
    }

    @Override
    protected void updateItem(Case c, boolean empty) {
        super.updateItem(c, empty);
        refreshState();
        if (empty || c == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Lang l = lang.get();
        // GridView empties and refills its cells on layout passes; a card that gets back the case
        // it showed reuses what it built for it instead of building it again.
        if (c == builtFor && l == builtIn && built != null) {
            if (getGraphic() != built) {
                setGraphic(built);
                setAccessibleText(c.name().both() + ", " + c.tagline().in(l));
            }
            refreshState();
            return;
        }
        builtFor = c;
        builtIn = l;
        Label nameEn = new Label(c.name().en());
        nameEn.getStyleClass().add("card-title");
        Label nameZh = new Label(c.name().zh());
        nameZh.getStyleClass().add("card-subtitle");
        VBox names = new VBox(nameEn, nameZh);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(10, new Emblem(c, 20), names, gap, compareToggle(c));
        header.getStyleClass().add("card-header");

        Label industry = new Label(c.industry().in(l));
        industry.getStyleClass().add("card-industry");
        Label tagline = new Label(c.tagline().in(l));
        tagline.setWrapText(true);
        tagline.setMinHeight(TAGLINE_MAX_HEIGHT);
        tagline.setAlignment(Pos.TOP_LEFT);
        tagline.setMaxHeight(TAGLINE_MAX_HEIGHT);
        tagline.getStyleClass().add("card-tagline");
        Region filler = new Region();
        VBox.setVgrow(filler, Priority.ALWAYS);

        FlowPane chips = new FlowPane(4, 4);
        chips.getStyleClass().add("card-chips");
        List<PrincipleLink> links = c.links();
        for (PrincipleLink link : links.subList(0, Math.min(MAX_CHIPS, links.size()))) {
            library.get().principle(link.principle()).ifPresent(p -> {
                Label chip = new Label(p.name().in(l));
                chip.getStyleClass().addAll("chip", "strength-" + link.strength());
                chips.getChildren().add(chip);
            });
        }
        if (links.size() > MAX_CHIPS) {
            Label more = new Label("+" + (links.size() - MAX_CHIPS));
            more.getStyleClass().addAll("chip", "chip-more");
            List<PrincipleLink> rest = links.subList(MAX_CHIPS, links.size());
            LazyTooltip.install(more, () -> rest.stream()
                    .map(link -> library.get().principle(link.principle())
                            .map(p -> p.name().in(l)).orElse(link.principle()))
                    .collect(Collectors.joining("\n")));
            chips.getChildren().add(more);
        }
        VBox card = new VBox(6, header, industry, tagline, filler, chips);
        card.getStyleClass().add("card-body");
        card.setPrefSize(CaseGallery.CARD_WIDTH, CaseGallery.CARD_HEIGHT);
        card.setMaxSize(CaseGallery.CARD_WIDTH, CaseGallery.CARD_HEIGHT);
        card.setMinSize(CaseGallery.CARD_WIDTH, CaseGallery.CARD_HEIGHT);
        built = card;
        setGraphic(card);
        setAccessibleText(c.name().both() + ", " + c.tagline().in(l));
        refreshState();
    }

    /** The card's Compare toggle; the keyboard uses C on the card instead of tabbing into it. */
    private ToggleButton compareToggle(Case c) {
        compareToggle = new ToggleButton(null, Icons.compare());
        compareToggle.getStyleClass().addAll("compare-toggle", Styles.BUTTON_ICON,
                Styles.FLAT);
        compareToggle.setFocusTraversable(false);
        compareToggle.setAccessibleText(compareText.getValue());
        LazyTooltip.install(compareToggle, compareText::getValue);
        compareToggle.setOnAction(e -> toggleCompared.accept(c));
        // The toggle acts on its own; the click must not also open the case.
        compareToggle.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
        compareToggle.setId("compare-" + c.id());
        return compareToggle;
    }
}
