package org.caseexplorer.export;

import java.util.ArrayList;
import java.util.List;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;

/**
 * One case as a handout: its summary, key facts, and every principle it illustrates, strongest
 * first, with strength, explanation, quotes (and their translations) and citations. The words
 * are worked out once here; {@link #html} and {@link #markdown} lay them out.
 */
final class CaseHandout {

    /** A principle the case illustrates, with the link that says how. */
    record Linked(Principle principle, PrincipleLink link) {
    }

    private final Case subject;
    private final List<Linked> links;
    private final HandoutWords words;

    CaseHandout(Library library, Case subject, ExportSettings settings) {
        this.subject = subject;
        // A link to a principle the library does not know was already reported and dropped by the loader.
        this.links = subject.links().stream()
                .flatMap(l -> library.principle(l.principle()).map(p -> new Linked(p, l)).stream())
                .toList();
        List<String> cited = new ArrayList<>();
        HandoutWords.citedByFacts(subject.facts(), cited);
        links.forEach(l -> HandoutWords.citedBy(l.link().evidence(), cited));
        this.words = new HandoutWords(settings, library, cited);
    }

    HandoutWords words() {
        return words;
    }

    String title() {
        return words.name(subject.name()) + words.dash() + words.label("handout.case.kind");
    }

    String html() {
        return new Html().build();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(MarkdownText.inline(words.name(subject.name()))).append("\n\n");
        md.append(MarkdownText.inline(words.date() + HandoutWords.SEPARATOR + words.label("handout.case.kind")))
                .append("\n\n");
        md.append("**").append(MarkdownText.inline(words.inline(subject.industry()))).append("**")
                .append(words.dash()).append(MarkdownText.inline(words.inline(subject.tagline()))).append("\n\n");
        md.append("## ").append(MarkdownText.inline(words.label("handout.summary"))).append("\n\n");
        words.pieces(subject.summary()).forEach(p -> md.append(MarkdownText.inline(p.text())).append("\n\n"));
        md.append("## ").append(MarkdownText.inline(words.label("export.facts"))).append("\n\n");
        if (subject.facts().isEmpty()) {
            md.append(MarkdownText.inline(words.label("export.noFacts"))).append("\n\n");
        }
        for (Fact fact : subject.facts()) {
            md.append("- ").append(MarkdownText.inline(words.inline(fact.label()))).append(words.colon())
                    .append(MarkdownText.inline(words.factValue(fact)));
            if (fact.source() != null) {
                md.append(" \\[").append(words.citation(fact.source())).append("\\]");
            }
            md.append('\n');
        }
        md.append("\n## ").append(MarkdownText.inline(words.label("handout.principles"))).append("\n\n");
        if (links.isEmpty()) {
            md.append(MarkdownText.inline(words.label("detail.noPrinciples"))).append("\n\n");
        }
        for (Linked linked : links) {
            md.append("### ").append(MarkdownText.inline(words.principleName(linked.principle()))).append("\n\n");
            MarkdownText.link(words, linked.link(), md);
        }
        MarkdownText.sources(words, md);
        return md.toString();
    }

    private final class Html extends HandoutHtml {

        Html() {
            super(words);
        }

        String build() {
            start();
            html.element("h1", words.name(subject.name()), "id", "top");
            html.element("p", words.date() + HandoutWords.SEPARATOR + words.label("handout.case.kind"), "class", "meta");
            html.open("p", "class", "lead");
            html.open("span", "class", "industry");
            pieces(subject.industry(), "span");
            html.close("span");
            html.text(words.dash());
            pieces(subject.tagline(), "span");
            html.close("p");

            html.element("h2", words.label("handout.summary"), "id", "summary");
            pieces(subject.summary(), "p", "summary");

            html.element("h2", words.label("export.facts"), "id", "facts");
            facts(subject.facts());

            html.element("h2", words.label("handout.principles"), "id", "principles");
            if (links.isEmpty()) {
                html.element("p", words.label("detail.noPrinciples"), "class", "lead");
            }
            for (Linked linked : links) {
                html.open("div", "class", "link s" + linked.link().strength());
                html.element("h3", words.principleName(linked.principle()), "id", "principle-" + linked.principle().id());
                link(linked.link());
                html.close("div");
            }
            sources();
            return finish();
        }

        @Override
        protected String title() {
            return CaseHandout.this.title();
        }

        @Override
        protected String subject() {
            return words.format("handout.case.subject", words.name(subject.name()));
        }

        @Override
        protected String keywords() {
            return words.label("handout.case.keywords") + words.listSeparator() + words.name(subject.name());
        }

        @Override
        protected List<String> extraStylesheets() {
            return List.of(HANDOUT_CSS);
        }

        @Override
        protected void bookmarks() {
            bookmark(words.name(subject.name()), "top");
            bookmark(words.label("handout.summary"), "summary");
            bookmark(words.label("export.facts"), "facts");
            html.open("bookmark", "name", words.label("handout.principles"), "href", "#principles");
            links.forEach(l -> bookmark(words.principleName(l.principle()), "principle-" + l.principle().id()));
            html.close("bookmark");
            bookmark(words.label("export.sources"), "sources");
        }
    }

    static final String HANDOUT_CSS = "/org/caseexplorer/export/handout.css";
}
