package org.caseexplorer.principles.ui;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Citation;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.comparison.Comparison;
import org.caseexplorer.export.ExportFormat;
import org.caseexplorer.export.ui.ExportRequests;
import org.caseexplorer.export.ui.ExportService;
import org.caseexplorer.export.ui.FileKind;
import org.caseexplorer.i18n.Messages;
import org.caseexplorer.state.AppState;
import org.caseexplorer.state.Navigator;
import org.caseexplorer.ui.Emblem;
import org.caseexplorer.ui.Icons;
import org.caseexplorer.ui.LazyTooltip;
import org.caseexplorer.ui.QuoteView;
import org.caseexplorer.ui.SelectableText;

/**
 * A principle's own page: its name and definition in both languages, where it comes from, its
 * parent and laws, and every case with evidence for it, strongest first, with the explanation
 * and quotes. From here: filter the cards by it, compare the cases shown, export the page. It
 * shows the principle {@link Navigator#openedPrincipleProperty} names.
 */
public final class PrinciplePage extends BorderPane {

    private final AppState state;
    private final Messages messages;
    private final ExportService exports;
    private final Navigator navigator;
    private final VBox content = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(content);
    private final Button filter = new Button();
    private final Button compare = new Button();
    private final Button export = new Button();
    /** The principle the page shows now. */
    private String shownId;

    public PrinciplePage(AppState state, Navigator navigator, Messages messages, ExportService exports) {
        this.state = state;
        this.messages = messages;
        this.exports = exports;
        this.navigator = navigator;
        getStyleClass().add("principle-page");
        setId("principle-page");

        Button back = new Button(null, Icons.back());
        back.textProperty().bind(messages.bind("principle.page.back"));
        back.setId("principle-page-back");
        back.setOnAction(e -> navigator.back());
        filter.textProperty().bind(messages.bind("principle.page.filter"));
        filter.setGraphic(Icons.filter());
        filter.setId("principle-page-filter");
        compare.textProperty().bind(messages.bind("principle.page.compare"));
        compare.setGraphic(Icons.compare());
        compare.setId("principle-page-compare");
        export.textProperty().bind(messages.bind("principle.page.export"));
        export.setGraphic(Icons.export());
        export.setId("principle-page-export");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, back, spacer, filter, compare, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("principle-page-bar");

        content.getStyleClass().add("principle-page-content");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setTop(bar);
        setCenter(scroll);

        navigator.openedPrincipleProperty().addListener((obs, old, now) -> render());
        state.loadedProperty().addListener((obs, old, now) -> render());
        messages.langProperty().addListener((obs, old, now) -> render());
        render();
    }

    /** The cases with evidence for the principle, strongest first, then in library order. */
    static List<Case> casesFor(Library library, String principleId) {
        return library.cases().stream()
                .filter(c -> c.link(principleId).isPresent())
                .sorted(Comparator.comparingInt((Case c) -> c.link(principleId).orElseThrow().strength()).reversed())
                .toList();
    }

    private void render() {
        String id = navigator.openedPrincipleProperty().get();
        Library library = state.library();
        Principle p = id == null ? null : library.principle(id).orElse(null);
        if (p == null) {
            content.getChildren().clear();
            return;
        }
        Lang lang = messages.lang();
        List<Case> cases = casesFor(library, p.id());
        SelectableText title = SelectableText.of(p.name().in(lang), "detail-title");
        title.setId("principle-page-title");
        SelectableText subtitle = SelectableText.of(p.name().in(lang.other()), "detail-subtitle");
        content.getChildren().setAll(title, subtitle, heading("principle.page.definition"),
                definition(Lang.EN, p.definition().en()), definition(Lang.ZH, p.definition().zh()));
        if (p.source() != null) {
            content.getChildren().addAll(heading("principle.page.source"), source(p, library, lang));
        }
        // Its place among the principles first, in reach at the top; then more of the sources' words.
        Node family = family(p, library, lang);
        if (family != null) {
            content.getChildren().add(family);
        }
        if (!p.quotes().isEmpty()) {
            content.getChildren().add(heading("principle.page.words"));
            for (Principle.SourceRef ref : p.quotes()) {
                content.getChildren().add(quoted(ref, library, lang));
            }
        }
        Label casesHeading = new Label(messages.format("principle.page.cases", cases.size()));
        casesHeading.getStyleClass().add("detail-heading");
        content.getChildren().add(casesHeading);
        // The filter's count for it takes its laws' cases in too: say how the two numbers meet.
        List<String> withLaws = library.withDescendants(p.id());
        long shown = library.cases().stream().filter(c -> withLaws.stream().anyMatch(law -> c.link(law).isPresent())).count();
        if (shown > cases.size()) {
            SelectableText note = SelectableText.of(messages.format("principle.page.withLaws", shown, cases.size(),
                    shown - cases.size()), "principle-page-note");
            note.setId("principle-page-with-laws");
            content.getChildren().add(note);
        }
        if (cases.isEmpty()) {
            content.getChildren().add(new Label(messages.get("principle.page.noCases")));
        }
        for (Case c : cases) {
            content.getChildren().add(caseBox(c, c.link(p.id()).orElseThrow(), library, lang));
        }
        // A reload re-renders the same page: the reader keeps their place; another principle starts at the top.
        if (!p.id().equals(shownId)) {
            scroll.setVvalue(0);
            shownId = p.id();
        }

        filter.setOnAction(e -> {
            state.filterBy(p.id());
            navigator.showCards();
        });
        LazyTooltip.install(filter, () -> messages.format("detail.filterBy", p.name().in(messages.lang())));
        List<Case> compared = cases.stream().limit(Comparison.MAX_CASES).toList();
        compare.setDisable(compared.size() < Comparison.MIN_CASES);
        String compareTip = cases.size() > Comparison.MAX_CASES
                ? messages.format("principle.page.compare.strongest", Comparison.MAX_CASES, cases.size())
                : messages.get("principle.page.compare.tooltip");
        LazyTooltip.install(compare, () -> compareTip);
        compare.setOnAction(e -> {
            state.restoreComparison(compared.stream().map(Case::id).toList());
            navigator.showComparison();
        });
        export.setOnAction(e -> exports.exportWithDialog(ExportRequests.principleHandout(exports, library, p.id())));
    }

    private Label heading(String key) {
        Label heading = new Label(messages.get(key));
        heading.getStyleClass().add("detail-heading");
        return heading;
    }

    private Node definition(Lang in, String text) {
        Label language = new Label(in == Lang.EN ? "English" : "中文");
        language.getStyleClass().add("principle-page-lang");
        language.setMinWidth(Region.USE_PREF_SIZE);
        SelectableText definition = SelectableText.of(text, "principle-page-definition");
        HBox.setHgrow(definition, Priority.ALWAYS);
        HBox row = new HBox(10, language, definition);
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private Node source(Principle p, Library library, Lang lang) {
        VBox box = new VBox(6, from(p.source(), library, lang));
        if (p.source().quote() != null && !p.source().quote().isBlank()) {
            box.getChildren().add(QuoteView.of(p.source().quote(), p.source().translation(), null,
                    citation(p.source(), library, lang), lang, "", "evidence"));
        }
        return box;
    }

    /** One more of the sources' words on the principle: the quote, then where it is from. */
    private Node quoted(Principle.SourceRef ref, Library library, Lang lang) {
        SelectableText from = SelectableText.of("— " + where(ref, library, lang), "principle-page-from");
        return new VBox(4, QuoteView.of(ref.quote(), ref.translation(), null, citation(ref, library, lang), lang, "",
                "evidence"), from);
    }

    /** "Title, section “5.4.1”": the source by its title, and the section where one is named. */
    private SelectableText from(Principle.SourceRef ref, Library library, Lang lang) {
        return SelectableText.of(where(ref, library, lang), "principle-page-source");
    }

    private String where(Principle.SourceRef ref, Library library, Lang lang) {
        String title = library.source(ref.id()).map(s -> s.title().in(lang)).orElse(ref.id());
        return ref.section() == null ? title : messages.format("principle.page.section", title, ref.section().in(lang));
    }

    /** The source's full citation, with the section where one is named, then its address, for copying the quote. */
    private String citation(Principle.SourceRef ref, Library library, Lang lang) {
        java.util.Optional<org.caseexplorer.cases.Source> source = library.source(ref.id());
        String cited = source.map(s -> Citation.of(s, lang)).orElse(ref.id());
        String where = ref.section() == null ? cited : messages.format("principle.page.section", cited, ref.section().in(lang));
        return source.map(s -> s.url() == null || s.url().isBlank() ? where : where + " " + s.url()).orElse(where);
    }

    /** The parent ("part of") and the laws below, each a link to its own page; null when neither. */
    private Node family(Principle p, Library library, Lang lang) {
        VBox box = new VBox(6);
        if (p.parent() != null) {
            library.principle(p.parent()).ifPresent(parent -> box.getChildren().add(
                    row("principle.page.parent", List.of(parent), lang)));
        }
        List<Principle> children = library.children(p.id());
        if (!children.isEmpty()) {
            box.getChildren().add(row("principle.page.children", children, lang));
        }
        return box.getChildren().isEmpty() ? null : box;
    }

    private Node row(String key, List<Principle> principles, Lang lang) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("principle-page-lang");
        FlowPane links = new FlowPane(10, 4);
        for (Principle other : principles) {
            Button link = new Button(other.name().in(lang));
            link.getStyleClass().addAll("principle-link", Styles.FLAT);
            link.setId("principle-page-link-" + other.id());
            String tip = messages.format("principle.page.open", other.name().in(lang));
            LazyTooltip.install(link, () -> tip);
            link.setOnAction(e -> navigator.openPrinciple(other.id()));
            links.getChildren().add(link);
        }
        HBox.setHgrow(links, Priority.ALWAYS);
        HBox row = new HBox(10, label, links);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private Node caseBox(Case c, PrincipleLink link, Library library, Lang lang) {
        Button name = new Button(c.name().in(lang));
        name.getStyleClass().addAll("principle-link", Styles.FLAT);
        name.setId("principle-page-case-" + c.id());
        String tip = messages.format("principle.page.openCase", c.name().in(lang));
        LazyTooltip.install(name, () -> tip);
        name.setOnAction(e -> navigator.openCase(c));
        Label strength = new Label("●".repeat(link.strength()) + "○".repeat(PrincipleLink.MAX_STRENGTH - link.strength())
                + "  " + messages.labels().strengthWord(link.strength()));
        strength.getStyleClass().addAll("strength", "strength-" + link.strength());
        HBox top = new HBox(10, new Emblem(c, 11), name, strength);
        top.setAlignment(Pos.CENTER_LEFT);
        SelectableText explanation = SelectableText.of(link.explanation().in(lang), "link-explanation");
        VBox box = new VBox(6, top, explanation);
        for (Evidence evidence : link.evidence()) {
            String source = library.source(evidence.source()).map(s -> s.title().in(lang)).orElse(evidence.source());
            VBox quote = QuoteView.of(evidence.quote(), evidence.translation(), source,
                    library.source(evidence.source()).map(s -> Citation.withAddress(s, lang)).orElse(null), lang, "", "evidence");
            HBox quoteRow = new HBox(8, Icons.quote(), quote);
            HBox.setHgrow(quote, Priority.ALWAYS);
            box.getChildren().add(quoteRow);
        }
        box.getStyleClass().add("link-box");
        return box;
    }

    /** Writes the page's handout through the window's exports; the status strip says how it went. */
    public Task<Path> export(Library library, String principleId, ExportFormat format, Path out) {
        return exports.export(ExportRequests.principleHandout(exports, library, principleId), FileKind.of(format), out);
    }
}
