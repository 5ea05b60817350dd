package org.caseexplorer.cases;

import static org.caseexplorer.cases.Wording.*;

import java.util.List;

/**
 * What a {@link Problem} is about, one constant for each kind of finding, with the whole
 * messages ({@link Wording}s) a problem of that kind may be said with. Code that needs to know
 * what a problem is (the editor asking to choose a principle for an empty one, a test counting
 * notes) asks its kind, never its words: those are for people, and change with the language.
 */
public enum ProblemKind {
    // A file that cannot be read, or read as JSON.
    /** Larger than the most a library file may be. */
    FILE_TOO_LARGE(Wording.FILE_TOO_LARGE, FILE_GREW_TOO_LARGE),
    /** A folder, a named pipe, a device, or a link that leads nowhere, out of the folder or to one of those. */
    NOT_A_REGULAR_FILE(FILE_NOT_REGULAR, FILE_LINK_TO_NOTHING, FILE_LINK_OUTSIDE, FILE_LINK_TO_NOT_REGULAR),
    /** Not read within its deadline (a stalled drive). */
    READ_TIMED_OUT(FILE_TOO_SLOW),
    /** The system would not read a file or the library folder. */
    CANNOT_BE_READ(FILE_CANNOT_BE_READ, FOLDER_CANNOT_BE_READ),
    /** Bytes that are not UTF-8. */
    NOT_UTF8(FILE_NOT_UTF8),
    /** Nothing but white space. */
    EMPTY_FILE(FILE_EMPTY),
    /** Not JSON: a syntax error, or something after the JSON value. */
    NOT_VALID_JSON(JSON_INVALID, JSON_INVALID_BARE, JSON_TRAILING),
    /** JSON nested too deep, or with a text or a number longer than the reader takes. */
    JSON_BEYOND_LIMITS(JSON_TOO_DEEP, JSON_TEXT_TOO_LONG, JSON_NUMBER_TOO_LONG),

    /** A file written by a newer Case Explorer: left out, never overwritten. */
    NEWER_FORMAT(FORMAT_NEWER),
    /** A note: a field of an earlier format, read in the current one in memory. */
    EARLIER_FORMAT(FORMAT_ORIGIN_AS_URL, FORMAT_ORIGIN_LEFT_OUT, FORMAT_ORIGIN_EMPTY),

    // What the schema (or, for the built-in library, the binding) finds.
    REQUIRED_FIELD_MISSING(SCHEMA_REQUIRED),
    /** A field the schema does not have: a misspelt name, most likely. */
    UNKNOWN_FIELD(SCHEMA_UNKNOWN_FIELD),
    WRONG_TYPE(SCHEMA_TYPE, BINDING_BILINGUAL, BINDING_TEXT, BINDING_WHOLE_NUMBER, BINDING_LIST, BINDING_OBJECT),
    /** A text not written as its pattern asks: an id with capitals, a colour in words. */
    PATTERN(SCHEMA_PATTERN, SCHEMA_PATTERN_WANTED),
    /** A text that is empty or only white space: "write the text here". */
    EMPTY_TEXT(TEXT_EMPTY, TEXT_BLANK),
    TOO_SHORT(SCHEMA_MIN_LENGTH),
    TOO_LONG(SCHEMA_MAX_LENGTH),
    TOO_FEW_ITEMS(SCHEMA_EMPTY_LIST, SCHEMA_MIN_ITEMS),
    TOO_MANY_ITEMS(SCHEMA_MAX_ITEMS),
    /** A number below its minimum or above its maximum. */
    OUT_OF_RANGE(SCHEMA_TOO_SMALL, SCHEMA_MINIMUM, Wording.SCHEMA_TOO_LARGE, SCHEMA_MAXIMUM),
    /** A text given in neither language. */
    NO_LANGUAGE(SCHEMA_NO_LANGUAGE, BINDING_NEITHER_LANGUAGE),
    /**
     * A rule of the schema these words do not know: the validator's own English, passed through
     * as the argument (a saved view's "mode" that is neither "any" nor "all", say).
     */
    SCHEMA_OTHER(Wording.SCHEMA_OTHER),

    // What the content checks find.
    /** A {@code zh} text with no Chinese in it. */
    NO_CHINESE(TEXT_NO_CHINESE),

    // What only the whole library tells.
    /** A principle, source or case id defined twice. */
    DUPLICATE_ID(DUPLICATE_PRINCIPLE, DUPLICATE_SOURCE, DUPLICATE_CASE, DUPLICATE_BUILT_IN_CASE, DUPLICATE_ANOTHER_CASE),
    /** A source's text that cannot be used: its quotes go unchecked. */
    SOURCE_TEXT_UNUSABLE(Wording.SOURCE_TEXT_UNUSABLE),
    UNKNOWN_PARENT_PRINCIPLE(Wording.UNKNOWN_PARENT_PRINCIPLE),
    /** A link to a principle the library does not have. */
    UNKNOWN_PRINCIPLE(Wording.UNKNOWN_PRINCIPLE),
    PRINCIPLE_LINKED_TWICE(LINKED_TWICE),
    /** A quote or fact citing a source the library does not have. */
    UNKNOWN_SOURCE(Wording.UNKNOWN_SOURCE),
    QUOTE_NOT_IN_SOURCE(Wording.QUOTE_NOT_IN_SOURCE, QUOTE_NOT_IN_SOURCE_CLOSEST),
    /** A note: the quote is in its source once scripts, widths and white space are folded. */
    QUOTE_IN_ANOTHER_FORM(Wording.QUOTE_IN_ANOTHER_FORM),
    /** A note: a case's quotes that cite sources with no text to check them against. */
    UNCHECKED_QUOTES(UNCHECKED_ONE, UNCHECKED_MANY),
    /** A case written in one language, in whole or in part: a note for a user's case. */
    ONE_LANGUAGE(CHINESE_ONLY, ENGLISH_ONLY, ONE_TEXT_NO_ENGLISH, TEXTS_NO_ENGLISH, ONE_TEXT_NO_CHINESE,
            TEXTS_NO_CHINESE, SOME_IN_ONE_LANGUAGE),
    /** A web link's address that is not an http(s) address: the link is left out. */
    BAD_WEB_ADDRESS(WEB_LEFT_OUT),
    IMAGE_NOT_RELATIVE(Wording.IMAGE_NOT_RELATIVE, Wording.PATH_NOT_A_NAME),
    IMAGE_OUTSIDE_FOLDER(IMAGE_OUTSIDE),
    IMAGE_NOT_FOUND(Wording.IMAGE_NOT_FOUND),
    /** An image that is a link leading out of the library folder. */
    IMAGE_LINK_OUTSIDE_FOLDER(IMAGE_LINK_OUTSIDE),
    IMAGE_UNREADABLE(Wording.IMAGE_UNREADABLE, IMAGE_UNREADABLE_BECAUSE),
    /** An image that is not a picture the app shows (its format, its size, its kind of file). */
    IMAGE_NOT_USABLE(IMAGE_NOT_SHOWN),

    // Saved views, and the library as a whole.
    /** A saved view naming a case or principle the library does not have. */
    UNKNOWN_ID_IN_VIEW(Wording.UNKNOWN_PRINCIPLE, UNKNOWN_CASE),
    BASELINE_NOT_COMPARED(VIEW_BASELINE_NOT_COMPARED),
    /** Loading failed as a whole (a bug, or no memory left): the window still says so. */
    LOAD_FAILED(LIBRARY_NOT_LOADED);

    private final List<Wording> wordings;

    ProblemKind(Wording... wordings) {
        this.wordings = List.of(wordings);
    }

    /** The whole messages a problem of this kind is said with; the first is the usual one. */
    public List<Wording> wordings() {
        return wordings;
    }

    /** The key of this kind's usual message in the problems bundle. */
    public String key() {
        return wordings.get(0).key();
    }
}
