package org.caseexplorer.cases;

/**
 * A source's citation in one language, without its address: {@code Shi Jianpeng, “What is
 * internet thinking?” nywlwx.com.} or {@code 石建鹏：《什么是互联网思维》，nywlwx.com。}.
 */
public final class Citation {

    private Citation() {
    }

    public static String of(Source source, Lang lang) {
        String author = text(source.author(), lang);
        String title = source.title().in(lang);
        String publisher = text(source.publisher(), lang);
        StringBuilder citation = new StringBuilder();
        if (lang == Lang.ZH) {
            if (author != null) {
                citation.append(author).append('：');
            }
            citation.append('《').append(title).append('》');
            if (publisher != null) {
                citation.append('，').append(publisher);
            }
            return citation.append('。').toString();
        }
        if (author != null) {
            citation.append(author).append(", ");
        }
        citation.append('\u201C').append(title);
        citation.append(endsInPunctuation(title) ? "\u201D" : ".\u201D");
        if (publisher != null) {
            citation.append(' ').append(publisher).append(endsInPunctuation(publisher) ? "" : ".");
        }
        // The title is a translation: the reader looking for the article needs to know.
        if (source.title().has(Lang.ZH) && isChinese(source.title().zh()) && !source.title().zh().equals(source.title().en())) {
            citation.append(" In Chinese.");
        }
        return citation.toString();
    }

    private static String text(Bilingual text, Lang lang) {
        return text == null ? null : text.in(lang);
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static boolean endsInPunctuation(String text) {
        return !text.isEmpty() && ".?!".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** The citation and, where the source has one, its full address: what a copied quote carries into a slide. */
    public static String withAddress(Source source, Lang lang) {
        String cited = of(source, lang);
        return source.url() == null || source.url().isBlank() ? cited : cited + " " + source.url();
    }
}
