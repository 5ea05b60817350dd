package org.caseexplorer.gallery;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.Optional;
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
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LanguageTag;
import org.caseexplorer.ui.LazyTooltip;
import org.controlsfx.control.GridCell;

/**
 * One card in the gallery: emblem, name in both scripts, industry, tagline, and the principles
 * the case illustrates, strongest first. A case written in one language shows its name once,
 * tagged with the language it is in ("中文", "EN") where that is not the window's.
 */
final class CaseCard extends GridCell<Case> {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    static final PseudoClass COMPARED = PseudoClass.getPseudoClass("compared");
    /** Chips beyond this many are summed up as "+N"; the detail pane lists them all. */
    static final int MAX_CHIPS = 4;
    static final double TAGLINE_MAX_HEIGHT = 56;
    /** A chip's shade by link strength 1 to 3: pseudo-classes, which restyle without re-matching the CSS. */
    private static final PseudoClass[] STRENGTH = {
        PseudoClass.getPseudoClass("strength-1"),
        PseudoClass.getPseudoClass("strength-2"),
        PseudoClass.getPseudoClass("strength-3"),
    };

    private final Supplier<Library> library;
    private final Messages messages;
    private final Predicate<Case> selected;
    private final Predicate<Case> cursor;
    private final Predicate<Case> compared;
    private final Consumer<Case> toggleCompared;
    private final ObservableValue<String> compareText;
    private CardView view;

    CaseCard(Supplier<Library> library, Messages messages, Predicate<Case> selected, Predicate<Case> cursor,
             Predicate<Case> compared, Consumer<Case> toggleCompared,
             ObservableValue<String> compareText) {
        this.library = library;
        this.messages = messages;
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
        if (view != null) {
            view.compareToggle.setSelected(inComparison);
        }
    }

    @Override
    protected void updateItem(Case c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
            // GridView empties a cell before it refills it, on every row that scrolls in. Taking
            // the card out of the scene and putting it back would re-match all of its CSS each
            // time; hiding it costs nothing.
            if (view != null) {
                view.body.setVisible(false);
            }
            setAccessibleText(null);
            refreshState();
            return;
        }
        // The card's nodes are made once and then show whichever case the grid gives the cell:
        // scrolling recycles cells, and makes no new nodes.
        if (view == null) {
            view = new CardView();
            setGraphic(view.body);
        }
        Lang l = messages.lang();
        view.show(c, l);
        view.body.setVisible(true);
        String said = c.name().in(l) + (l == Lang.ZH ? "，" : ", ") + c.tagline().in(l);
        // A screen reader hears what the tag shows: that the text is in the other language.
        setAccessibleText(view.languageTag.isVisible() ? said + (l == Lang.ZH ? "（" : " (")
                + view.languageTag.getAccessibleText() + (l == Lang.ZH ? "）" : ")") : said);
        refreshState();
    }

    /** The nodes of one card, made once per cell. */
    private final class CardView {

        private final Emblem emblem = new Emblem(20);
        private final Label title = new Label();
        private final Label subtitle = new Label();
        private final Label industry = new Label();
        private final Label tagline = new Label();
        /** "中文" or "EN" under the name of a case whose card texts are in the other language. */
        private final Label languageTag = LanguageTag.compactTag();
        private final Label[] chips = new Label[MAX_CHIPS];
        private final Label more = new Label();
        private final FlowPane chipPane = new FlowPane(4, 4);
        private final ToggleButton compareToggle = new ToggleButton(null, Icons.compare());
        private final VBox body;
        private Case shown;
        private Lang shownIn;

        CardView() {
            title.getStyleClass().add("card-title");
            // A long name wraps onto a second line before it is cut short.
            title.setWrapText(true);
            subtitle.setWrapText(true);
            title.setMaxHeight(Region.USE_PREF_SIZE);
            subtitle.getStyleClass().add("card-subtitle");
            // Where the other language's name would be: a one-language case has none to show.
            VBox names = new VBox(title, subtitle, languageTag);
            names.setMinWidth(0);
            HBox.setHgrow(names, Priority.ALWAYS);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox header = new HBox(10, emblem, names, gap, compareToggle);
            header.getStyleClass().add("card-header");
            compareToggle.getStyleClass().addAll("compare-toggle", Styles.BUTTON_ICON, Styles.FLAT);
            compareToggle.setFocusTraversable(false);
            compareToggle.setAccessibleText(compareText.getValue());
            LazyTooltip.install(compareToggle, compareText::getValue);
            compareToggle.setOnAction(e -> {
                if (getItem() != null) {
                    toggleCompared.accept(getItem());
                }
            });
            // The toggle acts on its own; the click must not also open the case.
            compareToggle.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);

            industry.getStyleClass().add("card-industry");
            tagline.setWrapText(true);
            tagline.setMinHeight(TAGLINE_MAX_HEIGHT);
            tagline.setAlignment(Pos.TOP_LEFT);
            tagline.setMaxHeight(TAGLINE_MAX_HEIGHT);
            tagline.getStyleClass().add("card-tagline");
            Region filler = new Region();
            VBox.setVgrow(filler, Priority.ALWAYS);

            chipPane.getStyleClass().add("card-chips");
            for (int i = 0; i < chips.length; i++) {
                chips[i] = new Label();
                chips[i].getStyleClass().add("chip");
            }
            more.getStyleClass().addAll("chip", "chip-more");
            LazyTooltip.install(more, this::hiddenPrinciples);
            chipPane.getChildren().addAll(chips);
            chipPane.getChildren().add(more);

            body = new VBox(6, header, industry, tagline, filler, chipPane);
            body.getStyleClass().add("card-body");
            // As wide as the grid makes its cells: the gallery widens them to fill its width.
            body.prefWidthProperty().bind(CaseCard.this.widthProperty());
            body.maxWidthProperty().bind(CaseCard.this.widthProperty());
            body.setMinWidth(CaseGallery.MIN_CARD_WIDTH);
            body.setPrefHeight(CaseGallery.CARD_HEIGHT);
            body.setMaxHeight(CaseGallery.CARD_HEIGHT);
            body.setMinHeight(CaseGallery.CARD_HEIGHT);
        }

        void show(Case c, Lang l) {
            if (c == shown && l == shownIn) {
                return;
            }
            shown = c;
            shownIn = l;
            emblem.show(c);
            // The window's language names the case; the other language is the subtitle.
            title.setText(c.name().in(l));
            subtitle.setText(c.name().in(l.other()));
            // A name in one language has no other to show beneath it.
            boolean twoNames = c.name().has(l) && c.name().has(l.other());
            subtitle.setVisible(twoNames);
            subtitle.setManaged(twoNames);
            industry.setText(c.industry().in(l));
            tagline.setText(c.tagline().in(l));
            LanguageTag.showCompact(languageTag, LanguageTag.fallbackAmong(l, c.name(), c.industry(), c.tagline()),
                    messages);

            List<PrincipleLink> links = c.links();
            int used = 0;
            for (PrincipleLink link : links.subList(0, Math.min(MAX_CHIPS, links.size()))) {
                Optional<Principle> principle = library.get().principle(link.principle());
                if (principle.isPresent()) {
                    Label chip = chips[used++];
                    chip.setText(principle.get().name().in(l));
                    for (int s = 0; s < STRENGTH.length; s++) {
                        chip.pseudoClassStateChanged(STRENGTH[s], s + 1 == link.strength());
                    }
                }
            }
            for (int i = 0; i < chips.length; i++) {
                chips[i].setVisible(i < used);
                chips[i].setManaged(i < used);
            }
            boolean hidden = links.size() > MAX_CHIPS;
            more.setText(hidden ? "+" + (links.size() - MAX_CHIPS) : "");
            more.setVisible(hidden);
            more.setManaged(hidden);
            if (hidden) {
                more.setAccessibleHelp(hiddenPrinciples());
            }
        }

        /** The principles beyond the chips, one per line, for the "+N" chip's tooltip. */
        private String hiddenPrinciples() {
            if (shown == null || shown.links().size() <= MAX_CHIPS) {
                return "";
            }
            return shown.links().subList(MAX_CHIPS, shown.links().size()).stream()
                    .map(link -> library.get().principle(link.principle())
                            .map(p -> p.name().in(shownIn)).orElse(link.principle()))
                    .collect(Collectors.joining("\n"));
        }
    }
}
