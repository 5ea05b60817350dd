package org.caseexplorer.export;

import org.caseexplorer.cases.Citation;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Fact;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.QuoteMarks;
import org.caseexplorer.cases.Source;
import org.caseexplorer.i18n.Labels;
import org.caseexplorer.provenance.QuoteVerdict;

/**
 * The words of one handout (a comparison, a case, a principle) in the export's language(s),
 * shared by every format: labels, content, strengths, dates, punctuation, and the citation
 * number of each source, numbered in the order the handout first cites it.
 */
class HandoutWords {

    /** One piece of text in one language, so a document can mark its language. */
    record Piece(Lang lang, String text) {
    }

    /** One cited source: its number, its citation without the address, and the address or null. */
    record Cited(int number, String citation, String url) {

        /** The citation with its address after it, as plain text. */
        String text() {
            return url == null ? citation : citation + " " + url;
        }
    }

    static final String SEPARATOR = " · ";

    private final ExportSettings settings;
    private final Library library;
    private final List<Labels> labels;
    private final List<String> citedInOrder;
    private final Map<String, Integer> citations = new LinkedHashMap<>();
    /** Whether a quote has been marked unchecked: the note on quotes, printed last, then says not all are verbatim. */
    private boolean uncheckedMarked;

    /** {@code citedInOrder}: every citation the handout prints, in reading order. */
    HandoutWords(ExportSettings settings, Library library, List<String> citedInOrder) {
        this.settings = settings;
        this.library = library;
        this.labels = settings.language().langs().stream().map(Labels::of).toList();
        this.citedInOrder = List.copyOf(citedInOrder);
        this.citedInOrder.forEach(id -> citations.putIfAbsent(id, citations.size() + 1));
    }

    /** The source ids a list of quotes cites, in order, added to {@code into}. */
    static void citedBy(List<Evidence> evidence, List<String> into) {
        evidence.stream().map(Evidence::source).forEach(into::add);
    }

    /** The source ids a list of facts cites, in order, added to {@code into}. */
    static void citedByFacts(List<Fact> facts, List<String> into) {
        facts.stream().map(Fact::source).filter(java.util.Objects::nonNull).forEach(into::add);
    }

    /** The number of every citation in reading order, as the documents print them. */
    List<Integer> citationSequence() {
        return citedInOrder.stream().map(this::citation).toList();
    }

    ExportSettings settings() {
        return settings;
    }

    Library library() {
        return library;
    }

    /** The labels of each export language, in the order they are shown. */
    List<Labels> labels() {
        return labels;
    }

    Lang primary() {
        return settings.language().primary();
    }

    /** A label in every export language, joined: "Key facts · 关键事实". */
    String label(String key) {
        return labels.stream().map(l -> l.get(key)).distinct().collect(Collectors.joining(SEPARATOR));
    }

    String format(String key, Object... args) {
        return labels.stream().map(l -> l.format(key, args)).distinct().collect(Collectors.joining(SEPARATOR));
    }

    /** Each language's label on its own, for documents that mark the language of each piece. */
    List<Piece> labelPieces(String key) {
        return labels.stream().map(l -> new Piece(l.lang(), l.get(key))).toList();
    }

    /**
     * Content in each export language; one piece when both languages say the same. A piece is
     * marked with the language it is in: a user's case written in one language shows that text
     * where the other is missing, and a one-language export says so after it ("(in Chinese)").
     */
    List<Piece> pieces(Bilingual text) {
        List<Piece> pieces = new ArrayList<>();
        for (Lang lang : settings.language().langs()) {
            String value = text.in(lang);
            if (pieces.stream().noneMatch(p -> p.text().equals(value))) {
                boolean marked = text.isFallback(lang) && settings.language() != ExportLanguage.BOTH;
                pieces.add(new Piece(text.shownIn(lang), marked
                        ? value + " " + labelIn(lang, text.shownIn(lang) == Lang.ZH ? "export.onlyIn.zh" : "export.onlyIn.en")
                        : value));
            }
        }
        return pieces;
    }

    private String labelIn(Lang lang, String key) {
        return labels.stream().filter(l -> l.lang() == lang).findFirst().orElseThrow().get(key);
    }

    /** Content on one line: "Word of mouth / 口碑". */
    String inline(Bilingual text) {
        return pieces(text).stream().map(Piece::text).collect(Collectors.joining(" / "));
    }

    /** A name on one line, "Xiaomi 小米" in both languages: a line break typed into a name is a space. */
    String name(Bilingual name) {
        String text = settings.language() == ExportLanguage.BOTH ? name.both() : name.in(primary());
        return text.replaceAll("\\s+", " ").strip();
    }

    String principleName(Principle p) {
        return inline(p.name());
    }

    /** The strength word in each export language, e.g. ["defining example", "典型例证"]. */
    List<String> strengthWords(int strength) {
        return labels.stream().map(l -> l.strengthWord(strength)).distinct().toList();
    }

    String strengthWord(int strength) {
        return labels.stream().map(l -> l.strengthWord(strength)).distinct().collect(Collectors.joining(SEPARATOR));
    }

    String date() {
        return labels.stream().map(l -> dateIn(l.lang())).distinct().collect(Collectors.joining(SEPARATOR));
    }

    private String dateIn(Lang lang) {
        return settings.date().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(lang == Lang.EN ? Locale.UK : lang.locale()));
    }

    /**
     * The footer line of every page: who prepared it and when ("Prepared by Dr Li, 8 December
     * 2026"), or the date alone while no name is set under Name on handouts.
     */
    String preparedBy() {
        // In the export's first language only: a footer has room for one line.
        Labels first = labels.get(0);
        String day = dateIn(first.lang());
        return ExportSettings.DEFAULT_AUTHOR.equals(settings.author()) ? first.format("export.preparedOn", day)
                : first.format("export.preparedBy", settings.author(), day);
    }

    /** Between the items of a list: ", ", or 、 in a Chinese export. */
    String listSeparator() {
        return settings.language() == ExportLanguage.ZH ? "\u3001" : ", ";
    }

    /** The citation number of a source, e.g. 2 for "[2]". */
    int citation(String sourceId) {
        Integer n = citations.get(sourceId);
        if (n == null) {
            throw new IllegalArgumentException("source not cited: " + sourceId);
        }
        return n;
    }

    /** The cited sources in citation order; an id the library does not know stands as itself. */
    List<Cited> cited() {
        return citations.entrySet().stream()
                .map(e -> library.source(e.getKey())
                        .map(s -> new Cited(e.getValue(), citation(s), s.url()))
                        .orElse(new Cited(e.getValue(), e.getKey(), null)))
                .toList();
    }

    /** The cited sources in citation order, each as plain text. */
    List<Map.Entry<Integer, String>> sourceList() {
        return cited().stream().map(c -> Map.entry(c.number(), c.text())).toList();
    }

    /**
     * A citation as a reader expects one: author, title and publisher where the source names
     * them, in each export language. The seed file's name is never printed.
     */
    private String citation(Source s) {
        return settings.language().langs().stream().map(lang -> Citation.of(s, lang))
                .distinct().collect(Collectors.joining(" / "));
    }

    /** A quote's translation, when the export is (also) in English and the case file gives one. */
    Optional<String> translation(String translation) {
        boolean english = settings.language().langs().contains(Lang.EN);
        return english && translation != null && !translation.isBlank()
                ? Optional.of(translation.strip()) : Optional.empty();
    }

    /**
     * A quote on one line for the text formats: in an English export its translation, then the
     * original in brackets; in a Chinese one the original alone. The original is as the source
     * prints it.
     */
    String quoteLine(Evidence evidence) {
        return quoteLine(evidence.quote(), evidence.translation()) + uncheckedMark(evidence).map(m -> " " + m).orElse("");
    }

    /**
     * The words after a quote the handout must not call verbatim: "(unchecked: …)" for one nobody
     * has checked against its source (a user's source with no text), and for one its source has in
     * another form (simplified characters, other punctuation) the source's own wording; a quote
     * not found in its source at all is said to be so. Empty for a verified or built-in quote.
     */
    Optional<String> uncheckedMark(Evidence evidence) {
        QuoteVerdict verdict = evidence.verdict();
        Optional<String> mark;
        if (verdict.uncheckedAnywhere()) {
            mark = Optional.of(label("export.quote.unchecked"));
        } else if (verdict.state() == QuoteVerdict.State.FOLDED && verdict.sourceWording() != null) {
            mark = Optional.of(format("export.quote.folded", verdict.sourceWording()));
        } else if (verdict.state() == QuoteVerdict.State.NOT_FOUND) {
            mark = Optional.of(label("export.quote.notFound"));
        } else {
            mark = Optional.empty();
        }
        mark.ifPresent(m -> uncheckedMarked = true);
        return mark;
    }

    /** The note on quotes under the sources: verbatim, or verbatim but for those marked otherwise. */
    String quotesNote() {
        return label(uncheckedMarked ? "export.quotesNote.unchecked" : "export.quotesNote");
    }

    String quoteLine(String quote, String translation) {
        String original = QuoteMarks.original(quote);
        return translation(translation)
                .map(t -> QuoteMarks.english(t) + " (" + original + ")")
                .orElse(original);
    }

    /** A dash between a name and what it is: an em dash, spaced in English. */
    String dash() {
        return settings.language() == ExportLanguage.ZH ? "\u2014\u2014" : " \u2014 ";
    }

    /** The colon after a label: a full-width one when the export is in Chinese only. */
    String colon() {
        return settings.language() == ExportLanguage.ZH ? "\uFF1A" : ": ";
    }

    /** A fact's value in each export language, with its year where the text does not say it. */
    String factValue(Fact fact) {
        return settings.language().langs().stream().map(fact::valueWithYear).distinct()
                .collect(Collectors.joining(" / "));
    }
}
