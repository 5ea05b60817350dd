package org.caseexplorer.detail.ui;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Citation;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.WebLink;
import org.caseexplorer.cases.io.CasePicture;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.state.TaskExecutor;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.FirstNeed;
import org.caseexplorer.ui.FxImages;
import org.caseexplorer.ui.HighlightedText;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LanguageTag;
import org.caseexplorer.ui.LazyTooltip;
import org.caseexplorer.ui.QuoteVerdictBadge;
import org.caseexplorer.ui.QuoteView;
import org.caseexplorer.ui.SelectableText;

/**
 * The selected case in full: summary, key facts, and for each principle its strength,
 * explanation and quotes with their source. Search words are highlighted; clicking a
 * principle filters the gallery by it.
 */
public final class CaseDetailPane extends StackPane {

    /** The widest a picture is shown; a narrower one is shown at its own width. */
    static final double IMAGE_WIDTH = 420;

    private final AppState state;
    private final Messages messages;
    private final Consumer<URI> browser;
    private final Consumer<String> readSource;
    private final VBox content = new VBox(14);
    private final Label placeholder = new Label();
    /** The case's frame (banner, scrolling content), made when the first case is opened. */
    private ScrollPane scroll;
    private Path picturePath;
    private final ObjectProperty<Image> picture = new SimpleObjectProperty<>();
    private final DoubleProperty pictureWidth = new SimpleDoubleProperty();
    private ToggleButton compareToggle;
    /** Below this width the pane's buttons show their icons only. */
    private static final double NARROW = 380;
    /** The window's font size at 100 % (app.css's root). */
    private static final double BASE_FONT = 13;
    private final Navigator navigator;
    private final TaskExecutor tasks;

    /** {@code browser} opens an http(s) address in the system browser. */
    public CaseDetailPane(AppState state, Navigator navigator, Messages messages, TaskExecutor tasks,
                          Consumer<URI> browser) {
        this(state, navigator, messages, tasks, browser, null);
    }

    /**
     * {@code readSource} opens a source's text by its id (a "Read source" link shows under each
     * quote whose source has a text); null shows no such link.
     */
    public CaseDetailPane(AppState state, Navigator navigator, Messages messages, TaskExecutor tasks,
                          Consumer<URI> browser, Consumer<String> readSource) {
        this.state = state;
        this.tasks = tasks;
        this.navigator = navigator;
        this.messages = messages;
        this.browser = browser;
        this.readSource = readSource;
        getStyleClass().add("detail-pane");
        content.getStyleClass().add("detail-content");
        placeholder.textProperty().bind(messages.bind("detail.placeholder"));
        placeholder.getStyleClass().add("detail-placeholder");
        placeholder.setWrapText(true);
        placeholder.visibleProperty().bind(state.selectedProperty().isNull());
        // Until a case is opened the pane is only its placeholder: the first frame has no case
        // to show, and a scroll pane, banner and button less to style.
        getChildren().add(placeholder);

        FirstNeed.when(state.selectedProperty(), Objects::nonNull, this::addFrame);
        state.selectedProperty().addListener((obs, old, now) -> {
            render();
            if (scroll != null) {
                scroll.setVvalue(0);
            }
        });
        // The search marks the text; the principles ticked come first.
        state.filterProperty().addListener((obs, old, now) -> {
            if (!old.text().equals(now.text()) || !old.included().equals(now.included())) {
                render();
            }
        });
        messages.langProperty().addListener((obs, old, now) -> render());
        state.comparedIds().addListener((ListChangeListener<String>) change -> {
            if (compareToggle != null) {
                compareToggle.setSelected(state.isCompared(state.selected()));
            }
        });
        render();
    }

    private void addFrame() {
        scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        BorderPane frame = new BorderPane(scroll);
        frame.setTop(hiddenBanner());
        frame.visibleProperty().bind(state.selectedProperty().isNotNull());
        getChildren().add(0, frame);
    }

    /** Says so when the filter hides the case shown here, with a way to bring it back. */
    private HBox hiddenBanner() {
        Label text = new Label();
        text.textProperty().bind(messages.bind("detail.hidden"));
        text.setWrapText(true);
        Button show = new Button();
        show.textProperty().bind(messages.bind("detail.hidden.show"));
        show.setOnAction(e -> state.clearFilters());
        HBox banner = new HBox(10, Icons.filter(), text, show);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("hidden-banner");
        banner.setId("detail-hidden");
        BooleanBinding hidden = Bindings.createBooleanBinding(
                () -> state.selected() != null && !state.shownCases().contains(state.selected()),
                state.selectedProperty(), state.shownCases());
        banner.visibleProperty().bind(hidden);
        banner.managedProperty().bind(hidden);
        return banner;
    }

    private void render() {
        Case c = state.selected();
        if (c == null) {
            content.getChildren().clear();
            return;
        }
        Lang lang = messages.lang();
        String query = state.filter().text();
        Library library = state.library();

        SelectableText name = SelectableText.of(c.name().in(lang), "detail-title");
        SelectableText subtitle = SelectableText.of(c.name().in(lang.other()), "detail-subtitle");
        // A case written in one language has no name in the other to show under the title.
        subtitle.setVisible(c.name().has(lang) && c.name().has(lang.other()));
        subtitle.setManaged(subtitle.isVisible());
        SelectableText industry = SelectableText.of(c.industry().in(lang), "detail-industry");
        // The names take the width the header has and wrap in it at spaces, rather than being cut short.
        VBox names = new VBox(2, name, subtitle, industry);
        LanguageTag.of(c.summary(), lang, messages).ifPresent(tag -> names.getChildren().add(1, tag));
        HBox.setHgrow(names, Priority.ALWAYS);
        names.setMaxWidth(Double.MAX_VALUE);
        HBox header = new HBox(14, new Emblem(c, 28), names, compareToggle(c));
        header.setAlignment(Pos.CENTER_LEFT);

        content.getChildren().setAll(header,
                HighlightedText.of(c.tagline().in(lang), query, "detail-tagline"),
                HighlightedText.of(c.summary().in(lang), query, "detail-summary"));
        if (c.image() != null) {
            content.getChildren().add(2, picture(c));
        }
        if (!c.facts().isEmpty()) {
            content.getChildren().addAll(heading("detail.facts"), facts(c, library, lang, query));
        }
        content.getChildren().add(heading("detail.principles"));
        // The principles the filter ticks come first: the reader is looking for them.
        for (PrincipleLink link : state.filter().linksTickedFirst(c, library)) {
            library.principle(link.principle()).ifPresent(p ->
                    content.getChildren().add(linkBox(p, link, library, lang, query)));
        }
        if (c.links().isEmpty()) {
            content.getChildren().add(new Label(messages.get("detail.noPrinciples")));
        }
        if (!c.web().isEmpty()) {
            VBox links = new VBox(4);
            links.getStyleClass().add("web-links");
            c.web().forEach(link -> links.getChildren().add(webLink(link, lang)));
            content.getChildren().addAll(heading("detail.web"), links);
        }
    }

    /**
     * A link to a web page: it shows the label and, next to it, the host it goes to; clicking
     * shows the whole address and opens it in the system browser only if the user agrees.
     */
    private Node webLink(WebLink link, Lang lang) {
        Hyperlink hyperlink = new Hyperlink(link.label().in(lang));
        hyperlink.getStyleClass().add("web-link");
        hyperlink.setAccessibleHelp(link.address().toString());
        Label host = new Label(link.address().getHost());
        host.getStyleClass().add("web-host");
        hyperlink.setOnAction(e -> {
            // The theme draws a visited link as plain text; it must stay clickable-looking.
            hyperlink.setVisited(false);
            if (confirmOpen(link, lang)) {
                browser.accept(link.address());
            }
        });
        HBox row = new HBox(6, hyperlink, host);
        row.setAlignment(Pos.BASELINE_LEFT);
        return row;
    }

    private boolean confirmOpen(WebLink link, Lang lang) {
        ButtonType open = new ButtonType(messages.get("web.open.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("web.open.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", open, cancel);
        alert.initOwner(getScene() == null ? null : getScene().getWindow());
        alert.setTitle(messages.get("web.open.title"));
        alert.setHeaderText(messages.format("web.open.header", link.label().in(lang)));
        // The whole address, selectable, so the user sees exactly where it goes and can copy it.
        TextField address = new TextField(link.address().toString());
        address.setEditable(false);
        address.setId("web-address");
        address.setPrefColumnCount(40);
        alert.getDialogPane().setContent(address);
        alert.getDialogPane().getStylesheets().addAll(getScene() == null ? List.of() : getScene().getStylesheets());
        return alert.showAndWait().filter(open::equals).isPresent();
    }

    private ToggleButton compareToggle(Case c) {
        ToggleButton toggle = new ToggleButton(
                messages.get("detail.compare"), Icons.compare());
        toggle.setId("detail-compare");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        // A narrow pane (a small screen) keeps its width for the names: the icon alone, with its tooltip.
        // NARROW is at 100 %: the threshold grows with the text (View ▸ Zoom), which the toggle's font follows.
        toggle.contentDisplayProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> getWidth() < NARROW * toggle.getFont().getSize() / BASE_FONT
                        ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY : javafx.scene.control.ContentDisplay.LEFT,
                widthProperty(), toggle.fontProperty()));
        toggle.setAccessibleText(messages.get("detail.compare"));
        toggle.setSelected(state.isCompared(c));
        LazyTooltip.install(toggle, () -> messages.get("compare.toggle.tooltip"));
        toggle.setOnAction(e -> {
            state.toggleComparison(c);
            toggle.setSelected(state.isCompared(c));
        });
        compareToggle = toggle;
        return toggle;
    }

    /**
     * The case's picture, decoded in the background at about the size it is shown (never at full
     * size, see {@link CasePicture}). It is shown at its own width, never stretched, and no wider
     * than the pane, so it can never push the pane's other content out of view.
     */
    private Node picture(Case c) {
        // The pane re-renders on every keystroke of a search; decode each picture only once.
        if (!c.image().equals(picturePath)) {
            Path path = c.image();
            picturePath = path;
            picture.set(null);
            pictureWidth.set(0);
            int decodeWidth = (int) Math.ceil(IMAGE_WIDTH * outputScale());
            CompletableFuture.supplyAsync(() -> decode(path, decodeWidth), tasks.files())
                    .thenAcceptAsync(decoded -> {
                        if (decoded != null && path.equals(picturePath)) {
                            pictureWidth.set(decoded.original().width());
                            picture.set(FxImages.of(decoded.image()));
                        }
                    }, tasks.fx());
        }
        ImageView view = new ImageView();
        view.imageProperty().bind(picture);
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.fitWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            Insets padding = content.getPadding() == null ? Insets.EMPTY : content.getPadding();
            double room = scroll.getViewportBounds().getWidth() - padding.getLeft() - padding.getRight();
            // Never 0: an ImageView with no fit width shows the image at its decoded size.
            return Math.max(1, Math.min(Math.min(pictureWidth.get(), IMAGE_WIDTH), room));
        }, pictureWidth, scroll.viewportBoundsProperty(), content.paddingProperty()));
        view.getStyleClass().add("case-image");
        view.setAccessibleText(c.name().in(messages.lang()));
        return view;
    }

    private static CasePicture.Decoded decode(Path path, int width) {
        try {
            return CasePicture.decode(path, width);
        } catch (IOException | RuntimeException e) {
            // Checked when the library loaded; a file changed since then is simply not shown.
            return null;
        }
    }

    /** Device pixels per layout pixel of the screen the pane is on (2 on a HiDPI screen). */
    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("detail-heading");
        return heading;
    }

    private GridPane facts(Case c, Library library, Lang lang, String query) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("facts-grid");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(110, 150, 190);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMinWidth(120);
        grid.getColumnConstraints().setAll(labels, values);
        int row = 0;
        for (Fact fact : c.facts()) {
            SelectableText label = SelectableText.of(fact.label().in(lang), "fact-label");
            GridPane.setValignment(label, VPos.TOP);
            VBox value = new VBox(2, HighlightedText.of(fact.valueWithYear(lang), query, "fact-value"));
            if (fact.quote() != null) {
                value.getChildren().add(QuoteView.of(fact.quote(), fact.translation(),
                        sourceTitle(library, fact.source(), lang), citation(library, fact.source(), lang), lang, query,
                        "fact-quote"));
            }
            GridPane.setHgrow(value, Priority.ALWAYS);
            grid.addRow(row++, label, value);
        }
        return grid;
    }

    private VBox linkBox(Principle p, PrincipleLink link, Library library, Lang lang, String query) {
        Button principle = new Button(p.name().in(lang));
        principle.getStyleClass().addAll("principle-link", "flat");
        String filterBy = messages.format("detail.filterBy", p.name().in(lang));
        LazyTooltip.install(principle, () -> filterBy);
        principle.setOnAction(e -> state.filterBy(p.id()));
        Label strength = new Label(strengthText(link.strength()));
        strength.getStyleClass().addAll("strength", "strength-" + link.strength());
        Button page = new Button(null, Icons.page());
        page.getStyleClass().addAll("principle-page-button", "flat", "button-icon");
        page.setId("detail-page-" + p.id());
        String openPage = messages.format("principle.page.open", p.name().in(lang));
        page.setAccessibleText(openPage);
        LazyTooltip.install(page, () -> openPage);
        page.setOnAction(e -> navigator.openPrinciple(p.id()));
        // The strength goes under the name when the pane is narrow, rather than both being cut short.
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(10, 4, principle, page, strength);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, top, HighlightedText.of(link.explanation().in(lang), query, "link-explanation"));
        for (Evidence evidence : link.evidence()) {
            box.getChildren().add(quote(evidence, library, lang, query));
        }
        box.getStyleClass().add("link-box");
        return box;
    }

    private Node quote(Evidence evidence, Library library, Lang lang, String query) {
        VBox quote = QuoteView.of(evidence.quote(), evidence.translation(),
                sourceTitle(library, evidence.source(), lang), citation(library, evidence.source(), lang), lang, query,
                "evidence");
        HBox provenance = new HBox(8, QuoteVerdictBadge.of(evidence.verdict(), messages));
        provenance.setAlignment(Pos.CENTER_LEFT);
        if (readSource != null && library.sourceText(evidence.source()).isPresent()) {
            Hyperlink read = new Hyperlink(messages.get("detail.readSource"));
            read.getStyleClass().add("read-source");
            read.setOnAction(e -> readSource.accept(evidence.source()));
            provenance.getChildren().add(read);
        }
        quote.getChildren().add(provenance);
        HBox row = new HBox(8, Icons.quote(), quote);
        HBox.setHgrow(quote, Priority.ALWAYS);
        return row;
    }

    private String strengthText(int strength) {
        String dots = "●".repeat(strength) + "○".repeat(PrincipleLink.MAX_STRENGTH - strength);
        return dots + "  " + messages.labels().strengthWord(strength);
    }

    private static String citation(Library library, String sourceId, Lang lang) {
        return library.source(sourceId).map(s -> Citation.withAddress(s, lang)).orElse(null);
    }

    private static String sourceTitle(Library library, String sourceId, Lang lang) {
        return library.source(sourceId).map(s -> s.title().in(lang)).orElse(sourceId);
    }
}
