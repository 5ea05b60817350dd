package org.caseexplorer.cases;

/**
 * Every piece of words a problem is said with, each a key in the problems bundle
 * ({@code org/caseexplorer/cases/problems.properties}, English; a {@code problems_zh} beside it is
 * read first for Chinese): whole messages, which a {@link ProblemKind} names as its own, and the
 * parts they are put together from (a type's name, what a pattern asks for, a file's kind). Code
 * names a wording and gives its arguments; only {@link ProblemWords} turns it into words.
 */
public enum Wording {
    // Files that cannot be read
    FILE_TOO_LARGE("file.tooLarge"),
    FILE_GREW_TOO_LARGE("file.grewTooLarge"),
    SIZE_MEGABYTES("size.megabytes"),
    SIZE_BYTES("size.bytes"),
    SIZE_LIMIT("size.limit"),
    FILE_NOT_REGULAR("file.notRegular"),
    FILE_LINK_TO_NOTHING("file.linkToNothing"),
    FILE_LINK_OUTSIDE("file.linkOutside"),
    FILE_LINK_TO_NOT_REGULAR("file.linkToNotRegular"),
    FILE_KIND_FOLDER("fileKind.folder"),
    FILE_KIND_LINK("fileKind.symbolicLink"),
    FILE_KIND_PIPE("fileKind.namedPipe"),
    FILE_KIND_CHARACTER_DEVICE("fileKind.characterDevice"),
    FILE_KIND_BLOCK_DEVICE("fileKind.blockDevice"),
    FILE_KIND_SOCKET("fileKind.socket"),
    FILE_KIND_SPECIAL("fileKind.special"),
    FILE_TOO_SLOW("file.tooSlow"),
    TIME_SECONDS("time.seconds"),
    TIME_MILLISECONDS("time.milliseconds"),
    FILE_CANNOT_BE_READ("file.cannotBeRead"),
    FOLDER_CANNOT_BE_READ("folder.cannotBeRead"),
    FOLDER_GONE("folder.gone"),
    IO_PERMISSION_DENIED("io.permissionDenied"),
    IO_NO_SUCH_FILE("io.noSuchFile"),
    FILE_NOT_UTF8("file.notUtf8"),
    FILE_EMPTY("file.empty"),

    // JSON that cannot be parsed
    JSON_INVALID("json.invalid"),
    JSON_INVALID_BARE("json.invalidBare"),
    JSON_TRAILING("json.trailing"),
    JSON_TOO_DEEP("json.tooDeep"),
    JSON_TEXT_TOO_LONG("json.textTooLong"),
    JSON_NUMBER_TOO_LONG("json.numberTooLong"),
    JSON_ENDS_EARLY("json.endsEarly"),
    JSON_EXPECTED_COMMA_IN_OBJECT("json.expectedCommaInObject"),
    JSON_EXPECTED_COMMA_IN_LIST("json.expectedCommaInList"),
    JSON_COMMA_AFTER_LAST_FIELD("json.commaAfterLastField"),
    JSON_UNQUOTED_NAME("json.unquotedName"),
    JSON_EXPECTED_COLON("json.expectedColon"),
    JSON_COMMA_AFTER_LAST_ENTRY("json.commaAfterLastEntry"),
    JSON_SINGLE_QUOTES("json.singleQuotes"),
    JSON_EXPECTED_VALUE("json.expectedValue"),
    JSON_COMMENT("json.comment"),
    JSON_BAD_NUMBER("json.badNumber"),
    JSON_NOT_A_VALUE("json.notAValue"),
    JSON_WORD_STARTING("json.wordStarting"),
    JSON_NOT_ALLOWED("json.notAllowed"),
    JSON_LINE_BREAK_IN_TEXT("json.lineBreakInText"),
    JSON_TAB_IN_TEXT("json.tabInText"),
    JSON_CONTROL_IN_TEXT("json.controlInText"),
    JSON_CONTROL_CHARACTER("json.controlCharacter"),
    JSON_LEADING_ZERO("json.leadingZero"),
    JSON_UNKNOWN_ESCAPE("json.unknownEscape"),
    JSON_DUPLICATE_FIELD("json.duplicateField"),
    JSON_ONE_TOO_MANY("json.oneTooMany"),
    JSON_WRONG_CLOSE("json.wrongClose"),
    JSON_THE_LIST("json.theList"),
    JSON_THE_OBJECT("json.theObject"),
    JSON_AT_LINE("json.atLine"),
    JSON_AT_LINE_AND_COLUMN("json.atLineAndColumn"),

    // Values quoted in messages
    QUOTED("value.quoted"),
    CURLY_QUOTED("value.curlyQuoted"),
    SHORTENED("value.shortened"),
    LIST_COMMA("list.comma"),
    LIST_OR("list.or"),

    // The schema
    SCHEMA_REQUIRED("schema.required"),
    SCHEMA_UNKNOWN_FIELD("schema.unknownField"),
    SCHEMA_TYPE("schema.type"),
    TYPE_STRING("type.string"),
    TYPE_INTEGER("type.integer"),
    TYPE_NUMBER("type.number"),
    TYPE_OBJECT("type.object"),
    TYPE_ARRAY("type.array"),
    TYPE_BOOLEAN("type.boolean"),
    TYPE_NULL("type.null"),
    SCHEMA_PATTERN("schema.pattern"),
    SCHEMA_PATTERN_WANTED("schema.patternWanted"),
    PATTERN_ID("pattern.id"),
    PATTERN_COLOUR("pattern.colour"),
    PATTERN_ADDRESS("pattern.address"),
    TEXT_EMPTY("text.empty"),
    TEXT_BLANK("text.blank"),
    SCHEMA_MIN_LENGTH("schema.minLength"),
    SCHEMA_MAX_LENGTH("schema.maxLength"),
    SCHEMA_EMPTY_LIST("schema.emptyList"),
    SCHEMA_MIN_ITEMS("schema.minItems"),
    SCHEMA_MAX_ITEMS("schema.maxItems"),
    SCHEMA_MINIMUM("schema.minimum"),
    SCHEMA_TOO_SMALL("schema.tooSmall"),
    SCHEMA_MAXIMUM("schema.maximum"),
    SCHEMA_TOO_LARGE("schema.tooLarge"),
    SCHEMA_NO_LANGUAGE("schema.noLanguage"),
    SCHEMA_OTHER("schema.other"),

    // The binding of files the schema did not check (the built-in library)
    BINDING_BILINGUAL("binding.bilingual"),
    BINDING_NEITHER_LANGUAGE("binding.neitherLanguage"),
    BINDING_TEXT("binding.text"),
    BINDING_WHOLE_NUMBER("binding.wholeNumber"),
    BINDING_LIST("binding.list"),
    BINDING_OBJECT("binding.object"),

    // The content checks
    TEXT_NO_CHINESE("text.noChinese"),

    // Ids
    DUPLICATE_PRINCIPLE("duplicate.principle"),
    DUPLICATE_SOURCE("duplicate.source"),
    DUPLICATE_CASE("duplicate.case"),
    DUPLICATE_BUILT_IN_CASE("duplicate.builtInCase"),
    DUPLICATE_ANOTHER_CASE("duplicate.anotherCase"),
    UNKNOWN_PRINCIPLE("unknown.principle"),
    UNKNOWN_PARENT_PRINCIPLE("unknown.parentPrinciple"),
    UNKNOWN_SOURCE("unknown.source"),
    UNKNOWN_CASE("unknown.case"),
    CONSEQUENCE_LINK_LEFT_OUT("unknown.linkLeftOut"),
    CONSEQUENCE_TOP_LEVEL("unknown.shownAtTopLevel"),
    CONSEQUENCE_LEFT_OUT_OF_VIEW("unknown.leftOutOfView"),
    DID_YOU_MEAN("unknown.didYouMean"),
    PRINCIPLE_NAMED("unknown.principleNamed"),
    NO_PRINCIPLES("known.principles.none"),
    THE_PRINCIPLES("known.principles.all"),
    PRINCIPLES_DEFINED("known.principles.count"),
    NO_SOURCES("known.sources.none"),
    THE_SOURCES("known.sources.all"),
    SOURCES_DEFINED("known.sources.count"),
    NO_CASES("known.cases.none"),
    THE_CASES("known.cases.all"),
    CASES_DEFINED("known.cases.count"),
    LINKED_TWICE("link.twice"),

    // Sources' texts and the quotes checked against them
    SOURCE_TEXT_UNUSABLE("sourceText.unusable"),
    SOURCE_TEXT_NOT_RELATIVE("sourceText.notRelative"),
    /** A path with a character no file name can hold here (a NUL, half a surrogate pair, or one the locale cannot encode). */
    PATH_NOT_A_NAME("path.notAName"),
    /** The same, said of a source's text after its path (which the message names already). */
    SOURCE_TEXT_NOT_A_NAME("sourceText.notAName"),

    // The file format: a newer one refused, an earlier one read
    FORMAT_NEWER("format.newer"),
    FORMAT_ORIGIN_AS_URL("format.originAsUrl"),
    FORMAT_ORIGIN_LEFT_OUT("format.originLeftOut"),
    FORMAT_ORIGIN_EMPTY("format.originEmpty"),
    SOURCE_TEXT_OUTSIDE("sourceText.outside"),
    SOURCE_TEXT_MISSING("sourceText.missing"),
    SOURCE_TEXT_ENCRYPTED_PDF("sourceText.encryptedPdf"),
    SOURCE_TEXT_UNREADABLE_PDF("sourceText.unreadablePdf"),
    SOURCE_TEXT_EMPTY_PDF("sourceText.emptyPdf"),
    SOURCE_TEXT_PDF_TOO_MANY_PAGES("sourceText.pdfTooManyPages"),
    SOURCE_TEXT_PDF_TOO_LONG("sourceText.pdfTooLong"),
    SOURCE_TEXT_PDF_TOO_INTRICATE("sourceText.pdfTooIntricate"),
    SOURCE_TEXT_PDF_TOO_SLOW("sourceText.pdfTooSlow"),
    SOURCE_TEXT_PDF_TOO_DEEP("sourceText.pdfTooDeep"),
    SOURCE_TEXT_PDF_CUT_SHORT("sourceText.pdfCutShort"),
    SOURCE_TEXT_NOT_UTF8("sourceText.notUtf8"),
    SOURCE_TEXT_NUL_BYTES("sourceText.nulBytes"),
    QUOTE_NOT_IN_SOURCE("quote.notInSource"),
    QUOTE_NOT_IN_SOURCE_CLOSEST("quote.notInSourceClosest"),
    QUOTE_IN_ANOTHER_FORM("quote.inAnotherForm"),
    SOURCE_TEXT("quote.sourceText"),
    SOURCE_TEXT_AT("quote.sourceTextAt"),
    UNCHECKED_ONE("unchecked.one"),
    UNCHECKED_MANY("unchecked.many"),
    UNCHECKED_BOTH("unchecked.both"),
    OWN_SOURCE_IT("unchecked.ownSource.it"),
    OWN_SOURCE_THEM("unchecked.ownSource.them"),
    OWN_SOURCES_IT("unchecked.ownSources.it"),
    OWN_SOURCES_THEM("unchecked.ownSources.them"),
    BUILT_IN_SOURCE_IT("unchecked.builtInSource.it"),
    BUILT_IN_SOURCE_THEM("unchecked.builtInSource.them"),
    BUILT_IN_SOURCES_IT("unchecked.builtInSources.it"),
    BUILT_IN_SOURCES_THEM("unchecked.builtInSources.them"),
    SOURCE_NAMED("unchecked.sourceNamed"),
    SOURCES_NAMED("unchecked.sourcesNamed"),

    // A case in one language
    CHINESE_ONLY("oneLanguage.chineseOnly"),
    ENGLISH_ONLY("oneLanguage.englishOnly"),
    ONE_TEXT_NO_ENGLISH("oneLanguage.noEnglish.one"),
    TEXTS_NO_ENGLISH("oneLanguage.noEnglish.many"),
    ONE_TEXT_NO_CHINESE("oneLanguage.noChinese.one"),
    TEXTS_NO_CHINESE("oneLanguage.noChinese.many"),
    SOME_IN_ONE_LANGUAGE("oneLanguage.both"),

    // Web links
    WEB_LEFT_OUT("web.leftOut"),
    WEB_TOO_LONG("web.tooLong"),
    WEB_INVALID("web.invalid"),
    WEB_NOT_WEB("web.notWeb"),
    WEB_NO_HOST("web.noHost"),

    // Pictures
    IMAGE_NOT_RELATIVE("image.notRelative"),
    IMAGE_OUTSIDE("image.outside"),
    IMAGE_NOT_FOUND("image.notFound"),
    IMAGE_LINK_OUTSIDE("image.linkOutside"),
    IMAGE_UNREADABLE("image.unreadable"),
    IMAGE_UNREADABLE_BECAUSE("image.unreadableBecause"),
    IMAGE_NOT_SHOWN("image.notShown"),
    PICTURE_UNREADABLE("picture.unreadable"),
    PICTURE_FORMAT("picture.format"),
    PICTURE_TOO_MANY_PIXELS("picture.tooManyPixels"),

    // Saved views and the library as a whole
    VIEW_BASELINE_NOT_COMPARED("view.baselineNotCompared"),
    LIBRARY_NOT_LOADED("library.notLoaded");

    private final String key;

    Wording(String key) {
        this.key = key;
    }

    /** The key in the problems bundle. */
    public String key() {
        return key;
    }

    /** These words with these arguments: text (kept printable), numbers, or other phrases. */
    public Phrase with(Object... arguments) {
        return new Phrase(this, java.util.Arrays.asList(arguments));
    }
}
