package org.caseexplorer.cases.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.Problem;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * Reads one library file into a {@link LocatedJson}, turning every way it can fail (too large,
 * not UTF-8, empty, malformed, too deep) into a {@link Problem} with a position where one exists.
 */
final class JsonFileReader {

    /** Files larger than this are refused before they are read. */
    static final long MAX_FILE_BYTES = LibraryFile.JSON_MAX_BYTES;
    /** A file not read in this time is given up (a local file of 5 MB takes milliseconds). */
    static final Duration READ_DEADLINE = LibraryFile.JSON_DEADLINE;
    static final int MAX_NESTING_DEPTH = 64;
    static final int MAX_STRING_LENGTH = 1_000_000;
    static final int MAX_NUMBER_LENGTH = 100;

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            .build();
    private final Duration deadline;

    JsonFileReader() {
        this(READ_DEADLINE);
    }

    JsonFileReader(Duration deadline) {
        this.deadline = deadline;
    }

    /** Returns the parsed file, or null after reporting why it could not be parsed. */
    LocatedJson read(Path path, Path folder, String displayName, Consumer<Problem> problems) {
        byte[] bytes;
        try (LibraryFile file = LibraryFile.open(path, folder, MAX_FILE_BYTES, deadline)) {
            bytes = file.readAll();
        } catch (LibraryFile.Refused e) {
            problems.accept(Problem.inFile(displayName, e.kind(), e.reason()));
            return null;
        } catch (IOException e) {
            problems.accept(cannotBeRead(displayName, e));
            return null;
        }
        String text = decodeUtf8(bytes, displayName, problems);
        if (text == null) {
            return null;
        }
        try {
            LocatedJson json = LocatedJson.parse(factory, text, bytes);
            if (json == null) {
                // Whitespace only, or nothing: the place a JSON object should start is 1:1.
                problems.accept(new Problem(displayName, 1, 1, "", ProblemKind.EMPTY_FILE, Wording.FILE_EMPTY.with()));
            }
            return json;
        } catch (LocatedJson.TrailingContentException e) {
            problems.accept(at(displayName, e.location(), "", ProblemKind.NOT_VALID_JSON, Wording.JSON_TRAILING.with()));
        } catch (JsonProcessingException e) {
            problems.accept(jsonProblem(displayName, e));
        } catch (IOException e) {
            problems.accept(cannotBeRead(displayName, e));
        }
        return null;
    }

    private static Problem cannotBeRead(String displayName, IOException e) {
        return Problem.inFile(displayName, ProblemKind.CANNOT_BE_READ, Wording.FILE_CANNOT_BE_READ.with(describe(e)));
    }

    static Problem at(String file, JsonLocation location, String pointer, ProblemKind kind, Phrase words) {
        return at(file, location == null ? null : LocatedJson.Position.of(location), pointer, kind, words);
    }

    /** A problem at the value {@code pointer}, found at {@code position}, or in the file as a whole when that is unknown. */
    static Problem at(String file, LocatedJson.Position position, String pointer, ProblemKind kind, Phrase words) {
        if (position == null || position.line() < 1) {
            return new Problem(file, 0, 0, pointer, kind, words);
        }
        return new Problem(file, position.line(), position.column(), pointer, kind, words);
    }

    /** Strict UTF-8: a file in GBK or Latin-1 is reported at the first bad byte, not silently garbled. */
    private static String decodeUtf8(byte[] bytes, String displayName, Consumer<Problem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            problems.accept(new Problem(displayName, line, column, "", ProblemKind.NOT_UTF8, Wording.FILE_NOT_UTF8.with(
                    String.format("%02X", bytes[in.position()] & 0xFF), in.position())));
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A file Jackson could not parse: past one of the reader's limits, or not JSON. Jackson's
     * English is read to tell which (it has no codes for them); it is not what the problem says.
     */
    private static Problem jsonProblem(String file, JsonProcessingException e) {
        String message = e.getOriginalMessage();
        Phrase beyond = null;
        if (message != null && message.contains("Document nesting depth")) {
            beyond = Wording.JSON_TOO_DEEP.with(MAX_NESTING_DEPTH);
        } else if (message != null && message.contains("String value length")) {
            beyond = Wording.JSON_TEXT_TOO_LONG.with(MAX_STRING_LENGTH);
        } else if (message != null && message.contains("Number value length")) {
            beyond = Wording.JSON_NUMBER_TOO_LONG.with(MAX_NUMBER_LENGTH);
        }
        return beyond != null ? at(file, e.getLocation(), "", ProblemKind.JSON_BEYOND_LIMITS, beyond)
                : at(file, e.getLocation(), "", ProblemKind.NOT_VALID_JSON, JsonSyntaxMessages.of(message));
    }

    /** Why the system would not read a file: words of ours where we know the reason, else the system's own. */
    static Object describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Wording.IO_PERMISSION_DENIED.with();
        }
        if (e instanceof NoSuchFileException) {
            return Wording.IO_NO_SUCH_FILE.with();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
