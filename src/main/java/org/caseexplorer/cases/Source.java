package org.caseexplorer.cases;

/**
 * One of the articles the library is drawn from. {@code file} names the article's text for the
 * content check and is never shown; author, publisher and url are null where the article names
 * none.
 */
public record Source(String id, String file, Bilingual title, Bilingual author, Bilingual publisher, String url) {
}
