package org.caseexplorer.cases;

/** One of the articles the library is drawn from; origin is null when the article names none. */
public record Source(String id, String file, Bilingual title, String origin) {
}
