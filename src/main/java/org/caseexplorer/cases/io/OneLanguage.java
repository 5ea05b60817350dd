package org.caseexplorer.cases.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Lang;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Wording;

/**
 * Whether a case is written in one language only, in words for {@code --validate} and the
 * Problems panel. A user's case may be: it is a note, and the views show the text it has, marked.
 */
final class OneLanguage {

    private OneLanguage() {
    }

    /** The case's texts (name, industry, tagline, summary, facts, explanations, link labels). */
    static List<Bilingual> texts(LibraryLoader.CaseFile data) {
        List<Bilingual> texts = new ArrayList<>(List.of(data.name(), data.industry(), data.tagline(), data.summary()));
        if (data.facts() != null) {
            data.facts().forEach(f -> {
                texts.add(f.label());
                texts.add(f.value());
            });
        }
        data.links().forEach(l -> texts.add(l.explanation()));
        data.web().forEach(w -> texts.add(w.label()));
        return texts;
    }

    /** What is missing, or empty when every text is in both languages. */
    static Optional<Phrase> describe(LibraryLoader.CaseFile data) {
        List<Bilingual> texts = texts(data);
        long noEnglish = texts.stream().filter(t -> !t.has(Lang.EN)).count();
        long noChinese = texts.stream().filter(t -> !t.has(Lang.ZH)).count();
        if (noEnglish == 0 && noChinese == 0) {
            return Optional.empty();
        }
        if (noEnglish == texts.size()) {
            return Optional.of(Wording.CHINESE_ONLY.with());
        }
        if (noChinese == texts.size()) {
            return Optional.of(Wording.ENGLISH_ONLY.with());
        }
        List<Phrase> parts = new ArrayList<>();
        if (noEnglish > 0) {
            parts.add(noEnglish == 1 ? Wording.ONE_TEXT_NO_ENGLISH.with(texts.size())
                    : Wording.TEXTS_NO_ENGLISH.with(noEnglish, texts.size()));
        }
        if (noChinese > 0) {
            parts.add(noChinese == 1 ? Wording.ONE_TEXT_NO_CHINESE.with(texts.size())
                    : Wording.TEXTS_NO_CHINESE.with(noChinese, texts.size()));
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : Wording.SOME_IN_ONE_LANGUAGE.with(parts.get(0), parts.get(1)));
    }
}
