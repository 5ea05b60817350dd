package org.caseexplorer.gallery.ui;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.ui.ChipStrip;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LanguageTag;
import org.caseexplorer.ui.LazyTooltip;
import org.controlsfx.control.GridCell;

/**
 * One card in the gallery: emblem, name in both scripts, industry, tagline, and the principles
 * the case illustrates, strongest first. A case written in one language shows its name once,
 * tagged with the language it is in ("中文", "EN") where that is not the window's.
 *
 * <p>Every card of the first frame is styled and laid out before the window shows, so a card is
 * few nodes: the cell is the card (its look is {@code .case-card}'s), its words are plain texts
 * laid out by its skin (not a label each in boxes of boxes), its emblem and its chips are painted,
 * and the language tag is made for the first case that needs one.
 */
final class CaseCard extends GridCell<Case> {

    static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    static final PseudoClass COMPARED = PseudoClass.getPseudoClass("compared");
    /** Chips beyond this many are summed up as "+N"; the detail pane lists them all. */
    static final int MAX_CHIPS = 4;
    static final double TAGLINE_MAX_HEIGHT = 56;

    private final Supplier<Library> library;
    private final Messages messages;
    private final Predicate<Case> selected;
    private final Predicate<Case> cursor;
    private final Predicate<Case> compared;
    private final Consumer<Case> toggleCompared;
    private final ObservableValue<String> compareText;
    /** The filter: the principles it ticks come first among the chips. */
    private final Supplier<org.caseexplorer.filter.CaseFilter> filter;
    private CardSkin body;

    CaseCard(Supplier<Library> library, Messages messages, Predicate<Case> selected, Predicate<Case> cursor,
             Predicate<Case> compared, Consumer<Case> toggleCompared,
             ObservableValue<String> compareText, Supplier<org.caseexplorer.filter.CaseFilter> filter) {
        this.library = library;
        this.filter = filter;
        this.messages = messages;
        this.selected = selected;
        this.cursor = cursor;
        this.compared = compared;
        this.toggleCompared = toggleCompared;
        this.compareText = compareText;
        // "card-body" too: the card was a cell holding a body, and is both now.
        getStyleClass().addAll("case-card", "card-body");
    }

    @Override
    protected javafx.scene.control.Skin<?> createDefaultSkin() {
        return new CardSkin();
    }

    /** Shows its chips again, in the filter's order (the principles filtered by first). */
    void reshowChips() {
        if (body != null && getItem() != null) {
            body.show(getItem(), messages.lang());
        }
    }

    /** The case's links with those to a filtered principle first. */
    List<PrincipleLink> linksInFilterOrder(Case c) {
        return filter.get().linksTickedFirst(c, library.get());
    }

    /** Re-reads whether this card is the selected one and the keyboard cursor. */
    void refreshState() {
        Case c = getItem();
        pseudoClassStateChanged(SELECTED, c != null && selected.test(c));
        pseudoClassStateChanged(CURSOR, c != null && cursor.test(c));
        boolean inComparison = c != null && compared.test(c);
        pseudoClassStateChanged(COMPARED, inComparison);
        if (body != null) {
            body.compareToggle.setSelected(inComparison);
        }
    }

    @Override
    protected void updateItem(Case c, boolean empty) {
        super.updateItem(c, empty);
        if (empty || c == null) {
            // GridView empties a cell before it refills it, on every row that scrolls in. Taking
            // the card out of the scene and putting it back would re-match all of its CSS each
            // time; hiding it costs nothing.
            if (body != null) {
                body.setShowing(false);
            }
            setAccessibleText(null);
            refreshState();
            return;
        }
        // The card's nodes are made once and then show whichever case the grid gives the cell:
        // scrolling recycles cells, and makes no new nodes.
        if (body == null) {
            // The skin is made when the cell is first styled, which may come after its first case.
            if (getSkin() == null) {
                setSkin(createDefaultSkin());
            }
            body = (CardSkin) getSkin();
        }
        Lang l = messages.lang();
        body.show(c, l);
        body.setShowing(true);
        String said = c.name().in(l) + (l == Lang.ZH ? "，" : ", ") + c.tagline().in(l);
        // A screen reader hears what the tag shows: that the text is in the other language.
        setAccessibleText(body.tagShown() ? said + (l == Lang.ZH ? "（" : " (")
                + body.languageTag.getAccessibleText() + (l == Lang.ZH ? "）" : ")") : said);
        refreshState();
    }

    /**
     * The nodes of one card, made once per cell, laid out here as the boxes they replace laid
     * them out: a header of emblem, names and compare toggle; the industry; the tagline, cut
     * where it would pass its height; the chips at the foot.
     */
    private final class CardSkin extends SkinBase<CaseCard> {

        private static final double EMBLEM_RADIUS = 20;
        private static final double HEADER_GAP = 10;
        private static final double SPACING = 6;

        private final Emblem emblem = new Emblem(EMBLEM_RADIUS);
        private final Text title = text("card-title");
        private final Text subtitle = text("card-subtitle");
        private final Text industry = text("card-industry");
        private final Text tagline = text("card-tagline");
        /** "中文" or "EN" under the name of a case whose card texts are in the other language; made when first needed. */
        private Label languageTag;
        private final ChipStrip chips = new ChipStrip(4, 4);
        private final ToggleButton compareToggle = new ToggleButton(null, Icons.compare());
        private final TextFit fit = new TextFit();
        private Case shown;
        private Lang shownIn;
        private Tooltip moreTip;

        CardSkin() {
            super(CaseCard.this);
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
            chips.getStyleClass().add("card-chips");
            // The "+N" chip's tooltip names the principles beyond the chips, as its label's did.
            chips.addEventHandler(MouseEvent.MOUSE_MOVED, e -> tipOverMore(e.getX(), e.getY()));
            chips.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tipOverMore(-1, -1));
            getChildren().addAll(emblem, title, subtitle, compareToggle, industry, tagline, chips);
            setShowing(false);
        }

        /** An empty cell shows no card: its words hidden, its look made transparent by {@code :empty}. */
        void setShowing(boolean showing) {
            getChildren().forEach(n -> n.setVisible(showing));
            if (showing) {
                subtitle.setVisible(shown != null && shown.name().has(shownIn) && shown.name().has(shownIn.other()));
                if (languageTag != null) {
                    languageTag.setVisible(languageTag.isManaged());
                }
            }
        }

        private static Text text(String styleClass) {
            Text text = new Text();
            // "text", as a label's text is: the theme centres its lines (and spaces them) the same way.
            text.getStyleClass().addAll("text", "card-text", styleClass);
            return text;
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
            Optional<Lang> fallback = LanguageTag.fallbackAmong(l, c.name(), c.industry(), c.tagline());
            if (fallback.isPresent() && languageTag == null) {
                languageTag = LanguageTag.compactTag();
                getChildren().add(languageTag);
            }
            if (languageTag != null) {
                LanguageTag.showCompact(languageTag, fallback, messages);
            }
            chips.show(chips(c, l));
            chips.setAccessibleHelp(c.links().size() > MAX_CHIPS ? hiddenPrinciples() : null);
            getSkinnable().requestLayout();
        }

        boolean tagShown() {
            return languageTag != null && languageTag.isManaged();
        }

        private List<ChipStrip.Chip> chips(Case c, Lang l) {
            List<ChipStrip.Chip> shownChips = new ArrayList<>();
            List<PrincipleLink> links = linksInFilterOrder(c);
            for (PrincipleLink link : links.subList(0, Math.min(MAX_CHIPS, links.size()))) {
                Optional<Principle> principle = library.get().principle(link.principle());
                principle.ifPresent(p -> shownChips.add(ChipStrip.Chip.ofStrength(p.name().in(l), link.strength())));
            }
            if (links.size() > MAX_CHIPS) {
                shownChips.add(new ChipStrip.Chip("+" + (links.size() - MAX_CHIPS), ChipStrip.Kind.PLAIN));
            }
            return shownChips;
        }

        private void tipOverMore(double x, double y) {
            boolean over = chips.placed().stream().anyMatch(p -> p.chip().kind() == ChipStrip.Kind.PLAIN
                    && p.contains(x, y));
            if (over && moreTip == null) {
                moreTip = new Tooltip();
                moreTip.setOnShowing(e -> moreTip.setText(hiddenPrinciples()));
                Tooltip.install(chips, moreTip);
            } else if (!over && moreTip != null) {
                Tooltip.uninstall(chips, moreTip);
                moreTip = null;
            }
        }

        /** The principles beyond the chips, one per line, for the "+N" chip's tooltip. */
        private String hiddenPrinciples() {
            if (shown == null || shown.links().size() <= MAX_CHIPS) {
                return "";
            }
            List<PrincipleLink> links = linksInFilterOrder(shown);
            return links.subList(MAX_CHIPS, links.size()).stream()
                    .map(link -> library.get().principle(link.principle())
                            .map(p -> p.name().in(shownIn)).orElse(link.principle()))
                    .collect(Collectors.joining("\n"));
        }

        @Override
        protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
            return CaseGallery.MIN_CARD_WIDTH;
        }

        @Override
        protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
            return CaseGallery.CARD_HEIGHT;
        }

        @Override
        protected void layoutChildren(double left, double top, double width, double height) {
            if (shown == null) {
                return;
            }
            double bottom = top + height;
            double size = 2 * EMBLEM_RADIUS;
            emblem.resizeRelocate(left, top, size, size);
            // As a box sizes it: never under its minimum, which for the theme's icon button is the taller.
            double toggleWidth = snapSizeX(Math.max(compareToggle.minWidth(-1), compareToggle.prefWidth(-1)));
            double toggleHeight = snapSizeY(Math.max(compareToggle.minHeight(-1), compareToggle.prefHeight(-1)));
            compareToggle.resizeRelocate(left + width - toggleWidth, top, toggleWidth, toggleHeight);

            // The names share the room between emblem and toggle with an equal gap, as in the
            // header row the card had; a long name wraps within it.
            double room = Math.max(0, width - size - toggleWidth - 3 * HEADER_GAP);
            double namesPref = Math.ceil(Math.max(natural(title), Math.max(subtitle.isVisible() ? natural(subtitle) : 0,
                    tagShown() ? languageTag.prefWidth(-1) : 0)));
            double namesWidth = namesPref <= room ? namesPref + (room - namesPref) / 2 : room;
            double namesX = left + size + HEADER_GAP;
            double y = top;
            y = place(title, namesX, y, namesWidth);
            if (subtitle.isVisible()) {
                y = place(subtitle, namesX, y, namesWidth);
            }
            if (tagShown()) {
                double w = snapSizeX(languageTag.prefWidth(-1));
                double h = snapSizeY(languageTag.prefHeight(w));
                languageTag.resizeRelocate(namesX, y, w, h);
                y += h;
            }
            double headerBottom = Math.max(top + size, Math.max(y, top + toggleHeight));

            industry.setText(fit.oneLine(shown.industry().in(shownIn), industry, width));
            industry.setWrappingWidth(0);
            double industryTop = headerBottom + SPACING;
            industry.relocate(left, industryTop);
            double taglineTop = industryTop + Math.ceil(industry.getLayoutBounds().getHeight()) + SPACING;
            tagline.setText(fit.wrapped(shown.tagline().in(shownIn), tagline, width, TAGLINE_MAX_HEIGHT));
            tagline.setWrappingWidth(width);
            tagline.relocate(left, taglineTop);

            double chipsHeight = snapSizeY(chips.prefHeight(width));
            double chipsTop = Math.max(taglineTop + TAGLINE_MAX_HEIGHT + 2 * SPACING, bottom - chipsHeight);
            chips.resizeRelocate(left, chipsTop, width, chipsHeight);
        }

        /** Lays a text out at {@code x, y}, wrapped at {@code width}; where the next one starts below it. */
        private double place(Text text, double x, double y, double width) {
            text.setWrappingWidth(width);
            text.relocate(x, y);
            return y + Math.ceil(text.getLayoutBounds().getHeight());
        }

        /** A text's width on one line. */
        private double natural(Text text) {
            double wrap = text.getWrappingWidth();
            text.setWrappingWidth(0);
            double width = text.getLayoutBounds().getWidth();
            text.setWrappingWidth(wrap);
            return width;
        }
    }
}
