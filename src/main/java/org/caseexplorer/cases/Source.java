package org.caseexplorer.cases;

/**
 * One of the articles the library is drawn from. {@code file} names the article's text for the
 * content check and is never shown; author, publisher and url are null where the article names
 * none. {@code text} is the path, inside the library folder, of the article's text that quotes
 * are checked against (null where there is none); {@link Library#sourceText} holds what it says.
 */
public record Source(String id, String file, Bilingual title, Bilingual author, Bilingual publisher, String url,
                     String text) {

    public Source(String id, String file, Bilingual title, Bilingual author, Bilingual publisher, String url) {
        this(id, file, title, author, publisher, url, null);
    }
}
