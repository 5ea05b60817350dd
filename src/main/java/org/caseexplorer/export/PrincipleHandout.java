package org.caseexplorer.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;

/**
 * One principle as a handout: its name and definition, where it comes from (source, section and
 * the source's words), its place among the principles (parent and children), and every case
 * with evidence for it, strongest first, each with its explanation, quotes and citations.
 */
final class PrincipleHandout {

    /** A case with evidence for the principle, and the link that holds it. */
    record Illustrated(Case subject, PrincipleLink link) {
    }

    private final Principle principle;
    private final Optional<Principle> parent;
    private final List<Principle> children;
    private final List<Illustrated> cases;
    private final HandoutWords words;

    PrincipleHandout(Library library, Principle principle, ExportSettings settings) {
        this.principle = principle;
        this.parent = Optional.ofNullable(principle.parent()).flatMap(library::principle);
        this.children = library.children(principle.id());
        // Strongest first; among equals, library order (a stable sort keeps it).
        this.cases = library.cases().stream()
                .flatMap(c -> c.link(principle.id()).map(l -> new Illustrated(c, l)).stream())
                .sorted(Comparator.comparingInt((Illustrated i) -> i.link().strength()).reversed())
                .toList();
        List<String> cited = new ArrayList<>();
        origin().ifPresent(ref -> cited.add(ref.id()));
        principle.quotes().forEach(ref -> cited.add(ref.id()));
        cases.forEach(i -> HandoutWords.citedBy(i.link().evidence(), cited));
        this.words = new HandoutWords(settings, library, cited);
    }

    private Optional<Principle.SourceRef> origin() {
        return Optional.ofNullable(principle.source()).filter(ref -> ref.id() != null);
    }

    HandoutWords words() {
        return words;
    }

    String title() {
        return words.name(principle.name()) + words.dash() + words.label("handout.principle.kind");
    }

    String html() {
        return new Html().build();
    }

    private String names(List<Principle> principles) {
        return principles.stream().map(words::principleName).collect(Collectors.joining(words.listSeparator()));
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.inline(words.name(principle.name()))).append("\n\n");
        md.append(MarkdownText.inline(words.date() + HandoutWords.SEPARATOR + words.label("handout.principle.kind")))
                .append("\n\n");
        md.append("## ").append(MarkdownText.inline(words.label("handout.definition"))).append("\n\n");
        words.pieces(principle.definition()).forEach(p -> md.append(MarkdownText.inline(p.text())).append("\n\n"));
        md.append("## ").append(MarkdownText.inline(words.label("handout.origin"))).append("\n\n");
        if (origin().isEmpty()) {
            md.append(MarkdownText.inline(words.label("handout.origin.none"))).append("\n\n");
        }
        origin().ifPresent(ref -> {
            md.append(MarkdownText.inline(section(ref))).append(" \\[").append(words.citation(ref.id()))
                    .append("\\]\n\n");
            if (ref.quote() != null) {
                md.append("> ").append(MarkdownText.inline(words.quoteLine(ref.quote(), ref.translation())))
                        .append("\n\n");
            }
        });
        if (parent.isPresent() || !children.isEmpty()) {
            md.append("## ").append(MarkdownText.inline(words.label("handout.family"))).append("\n\n");
            parent.ifPresent(p -> md.append("- ").append(MarkdownText.inline(words.label("handout.parent")
                    + words.colon() + words.principleName(p))).append('\n'));
            if (!children.isEmpty()) {
                md.append("- ").append(MarkdownText.inline(words.label("handout.children") + words.colon()
                        + names(children))).append('\n');
            }
            md.append('\n');
        }
        if (!principle.quotes().isEmpty()) {
            md.append("## ").append(MarkdownText.inline(words.label("handout.words"))).append("\n\n");
            for (Principle.SourceRef ref : principle.quotes()) {
                md.append("> ").append(MarkdownText.inline(words.quoteLine(ref.quote(), ref.translation())))
                        .append("\n>\n> ").append(MarkdownText.inline(section(ref))).append(" \\[")
                        .append(words.citation(ref.id())).append("\\]\n\n");
            }
        }
        md.append("## ").append(MarkdownText.inline(words.label("handout.cases"))).append("\n\n");
        if (cases.isEmpty()) {
            md.append(MarkdownText.inline(words.label("handout.noCases"))).append("\n\n");
        }
        for (Illustrated illustrated : cases) {
            md.append("### ").append(MarkdownText.inline(words.name(illustrated.subject().name()))).append("\n\n");
            MarkdownText.link(words, illustrated.link(), md);
        }
        MarkdownText.sources(words, md);
        return md.toString();
    }

    /** "Section: 5.4.1 User thinking", in the handout's languages ("Section · 章节: 5.4.1 User thinking · 5.4.1 用户思维"). */
    private String section(Principle.SourceRef ref) {
        return ref.section() == null ? words.label("handout.source")
                : words.label("handout.section") + words.colon() + words.inline(ref.section()).strip();
    }

    private final class Html extends HandoutHtml {

        Html() {
            super(words);
        }

        String build() {
            start();
            html.element("h1", words.name(principle.name()), "id", "top");
            html.element("p", words.date() + HandoutWords.SEPARATOR + words.label("handout.principle.kind"),
                    "class", "meta");
            html.element("h2", words.label("handout.definition"), "id", "definition");
            pieces(principle.definition(), "p", "summary");

            html.element("h2", words.label("handout.origin"), "id", "origin");
            if (origin().isEmpty()) {
                html.element("p", words.label("handout.origin.none"), "class", "lead");
            }
            origin().ifPresent(ref -> {
                html.open("p", "class", "lead").text(section(ref));
                cite(ref.id());
                html.close("p");
                if (ref.quote() != null) {
                    quote(ref.quote(), ref.translation(), null);
                }
            });

            if (parent.isPresent() || !children.isEmpty()) {
                html.element("h2", words.label("handout.family"), "id", "family");
                parent.ifPresent(p -> html.element("p",
                        words.label("handout.parent") + words.colon() + words.principleName(p), "class", "fact"));
                if (!children.isEmpty()) {
                    html.element("p", words.label("handout.children") + words.colon() + names(children), "class", "fact");
                }
            }

            if (!principle.quotes().isEmpty()) {
                html.element("h2", words.label("handout.words"), "id", "words");
                for (Principle.SourceRef ref : principle.quotes()) {
                    quote(ref.quote(), ref.translation(), null);
                    html.open("p", "class", "fact").text(section(ref));
                    cite(ref.id());
                    html.close("p");
                }
            }

            html.element("h2", words.label("handout.cases"), "id", "cases");
            if (cases.isEmpty()) {
                html.element("p", words.label("handout.noCases"), "class", "lead");
            }
            for (Illustrated illustrated : cases) {
                Case c = illustrated.subject();
                html.open("div", "class", "link s" + illustrated.link().strength());
                html.open("h3", "id", "case-" + c.id());
                html.element("span", "\u25A0 ", "class", "swatch", "style", "color: " + c.accent());
                html.text(words.name(c.name()));
                html.close("h3");
                link(illustrated.link());
                html.close("div");
            }
            sources();
            return finish();
        }

        @Override
        protected String title() {
            return PrincipleHandout.this.title();
        }

        @Override
        protected String subject() {
            return words.format("handout.principle.subject", words.name(principle.name()));
        }

        @Override
        protected String keywords() {
            return words.label("handout.principle.keywords") + words.listSeparator() + words.name(principle.name());
        }

        @Override
        protected List<String> extraStylesheets() {
            return List.of(CaseHandout.HANDOUT_CSS);
        }

        @Override
        protected void bookmarks() {
            bookmark(words.name(principle.name()), "top");
            bookmark(words.label("handout.definition"), "definition");
            bookmark(words.label("handout.origin"), "origin");
            if (parent.isPresent() || !children.isEmpty()) {
                bookmark(words.label("handout.family"), "family");
            }
            if (!principle.quotes().isEmpty()) {
                bookmark(words.label("handout.words"), "words");
            }
            html.open("bookmark", "name", words.label("handout.cases"), "href", "#cases");
            cases.forEach(i -> bookmark(words.name(i.subject().name()), "case-" + i.subject().id()));
            html.close("bookmark");
            bookmark(words.label("export.sources"), "sources");
        }
    }
}
