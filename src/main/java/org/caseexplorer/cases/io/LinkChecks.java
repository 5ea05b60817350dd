package org.caseexplorer.cases.io;

import static org.caseexplorer.cases.io.LibraryAssembly.problemAt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.QuoteMarks;
import org.caseexplorer.cases.Source;
import org.caseexplorer.cases.Wording;
import org.caseexplorer.cases.io.LibraryAssembly.Origin;
import org.caseexplorer.cases.io.LibraryAssembly.PendingCase;
import org.caseexplorer.provenance.QuoteCheck;
import org.caseexplorer.provenance.QuoteVerdict;
import org.caseexplorer.provenance.SourceText;

/**
 * The checks of what the library's files name by id: a principle's parent, a case's links to
 * principles, the sources its facts and quotes cite, and each quote against its source's text.
 * It reads the assembly's own maps, not copies, so it sees what has been read so far; once the
 * principles and sources are all read it only reads them, and a case is checked on any thread.
 */
final class LinkChecks {

    private final Map<String, Principle> principles;
    private final Map<String, Origin> principleOrigins;
    private final Map<String, Source> sources;
    private final Map<String, SourceText> sourceTexts;
    private final Map<String, String> sourceTextPaths;

    LinkChecks(Map<String, Principle> principles, Map<String, Origin> principleOrigins, Map<String, Source> sources,
               Map<String, SourceText> sourceTexts, Map<String, String> sourceTextPaths) {
        this.principles = principles;
        this.principleOrigins = principleOrigins;
        this.sources = sources;
        this.sourceTexts = sourceTexts;
        this.sourceTextPaths = sourceTextPaths;
    }

    /** A principle whose parent the library lacks is reported, and kept as a top-level principle. */
    void checkPrincipleParents(List<Problem> sink) {
        for (Map.Entry<String, Principle> entry : List.copyOf(principles.entrySet())) {
            Principle p = entry.getValue();
            if (p.parent() != null && !principles.containsKey(p.parent())) {
                Origin origin = principleOrigins.get(p.id());
                sink.add(problemAt(origin.display(), origin.json(), origin.pointer() + "/parent",
                        ProblemKind.UNKNOWN_PARENT_PRINCIPLE,
                        PrincipleSuggestions.phrase(UnknownId.Noun.PARENT_PRINCIPLE, p.parent(), principles.values(),
                                Wording.CONSEQUENCE_TOP_LEVEL)));
                principles.put(p.id(), new Principle(p.id(), p.name(), p.definition(), null, p.source(), p.quotes()));
            }
        }
    }

    /** Each fact's source, and its quote if it has one; a quote no text could check is counted in {@code unchecked}. */
    void checkFacts(PendingCase p, List<Problem> sink, List<Fact> facts, UncheckedQuotes unchecked) {
        for (int i = 0; i < facts.size(); i++) {
            checkSource(p, sink, "/facts/" + i + "/source", facts.get(i).source());
            if (facts.get(i).quote() != null) {
                String at = "/facts/" + i + "/quote";
                QuoteVerdict verdict = checkQuote(p, sink, at, facts.get(i).source(), facts.get(i).quote());
                if (sources.containsKey(facts.get(i).source())) {
                    unchecked.add(verdict, at, facts.get(i).source());
                }
            }
        }
    }

    /**
     * The case's links, each quote checked and given its verdict; a link to a principle the
     * library lacks, or to one linked already, is reported and left out.
     */
    List<PrincipleLink> links(PendingCase p, List<Problem> sink, UncheckedQuotes unchecked) {
        LibraryLoader.CaseFile data = p.data();
        List<PrincipleLink> links = new ArrayList<>();
        Map<String, Integer> linked = new HashMap<>();
        for (int i = 0; i < data.links().size(); i++) {
            PrincipleLink link = data.links().get(i);
            String pointer = "/links/" + i;
            if (!principles.containsKey(link.principle())) {
                sink.add(problemAt(p.display(), p.json(), pointer + "/principle", ProblemKind.UNKNOWN_PRINCIPLE,
                        PrincipleSuggestions.phrase(UnknownId.Noun.PRINCIPLE, link.principle(), principles.values(),
                                Wording.CONSEQUENCE_LINK_LEFT_OUT)));
                continue;
            }
            Integer first = linked.putIfAbsent(link.principle(), i);
            if (first != null) {
                sink.add(problemAt(p.display(), p.json(), pointer + "/principle", ProblemKind.PRINCIPLE_LINKED_TWICE,
                        Wording.LINKED_TWICE.with(link.principle(), first)));
                continue;
            }
            List<Evidence> evidence = new ArrayList<>(link.evidence().size());
            for (int e = 0; e < link.evidence().size(); e++) {
                Evidence quote = link.evidence().get(e);
                String at = pointer + "/evidence/" + e;
                checkSource(p, sink, at + "/source", quote.source());
                QuoteVerdict verdict = checkQuote(p, sink, at + "/quote", quote.source(), quote.quote());
                if (sources.containsKey(quote.source())) {
                    unchecked.add(verdict, at + "/quote", quote.source());
                }
                evidence.add(quote.withVerdict(verdict));
            }
            links.add(new PrincipleLink(link.principle(), link.strength(), link.explanation(), evidence));
        }
        return links;
    }

    private void checkSource(PendingCase p, List<Problem> sink, String pointer, String sourceId) {
        if (!sources.containsKey(sourceId)) {
            sink.add(problemAt(p.display(), p.json(), pointer, ProblemKind.UNKNOWN_SOURCE,
                    UnknownId.phrase(UnknownId.Noun.SOURCE, sourceId, sources.keySet(), null)));
        }
    }

    /**
     * A quote checked against its source's text ({@link QuoteCheck}): not found is a problem at the
     * quote, with the closest passage where there is one; found only once folded is a note that
     * gives the source's exact wording.
     */
    private QuoteVerdict checkQuote(PendingCase p, List<Problem> sink, String pointer, String sourceId, String quote) {
        SourceText text = sourceTexts.get(sourceId);
        QuoteVerdict verdict = QuoteCheck.check(text, quote);
        if (text == null && p.builtIn()) {
            // The articles are not shipped: the build's record says which quotes it found in them.
            return BuiltInQuoteRecord.verified(sourceId, quote) ? QuoteVerdict.CHECKED_WHEN_BUILT : QuoteVerdict.UNCHECKED;
        }
        String path = sourceTextPaths.get(sourceId);
        Phrase where = path == null ? Wording.SOURCE_TEXT.with(sourceId) : Wording.SOURCE_TEXT_AT.with(sourceId, path);
        switch (verdict.state()) {
            case NOT_FOUND -> sink.add(problemAt(p.display(), p.json(), pointer, ProblemKind.QUOTE_NOT_IN_SOURCE,
                    verdict.sourceWording() == null ? Wording.QUOTE_NOT_IN_SOURCE.with(where)
                    : Wording.QUOTE_NOT_IN_SOURCE_CLOSEST.with(where, QuoteMarks.original(verdict.sourceWording()))));
            case FOLDED -> sink.add(problemAt(p.display(), p.json(), pointer, ProblemKind.QUOTE_IN_ANOTHER_FORM,
                    Wording.QUOTE_IN_ANOTHER_FORM.with(where, QuoteMarks.original(verdict.sourceWording())))
                    .asNote());
            default -> {
            }
        }
        return verdict;
    }
}
