package org.caseexplorer.cases;

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

/**
 * Reads one library file into a {@link LocatedJson}, turning every way it can fail (too large,
 * not UTF-8, empty, malformed, too deep) into a {@link Problem} with a position where one exists.
 */
final class JsonFileReader {

    /** Files larger than this are refused before they are read. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    /** A file not read in this time is given up (a local file of 5 MB takes milliseconds). */
    static final Duration READ_DEADLINE = Duration.ofSeconds(5);
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
            problems.accept(Problem.inFile(displayName, e.getMessage()));
            return null;
        } catch (IOException e) {
            problems.accept(Problem.inFile(displayName, "cannot be read: " + describe(e)));
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
                problems.accept(new Problem(displayName, 1, 1, "", "the file is empty; expected a JSON object"));
            }
            return json;
        } catch (LocatedJson.TrailingContentException e) {
            problems.accept(at(displayName, e.location(), "", e.getMessage()));
        } catch (JsonProcessingException e) {
            problems.accept(at(displayName, e.getLocation(), "", jsonMessage(e)));
        } catch (IOException e) {
            problems.accept(Problem.inFile(displayName, "cannot be read: " + describe(e)));
        }
        return null;
    }

    static Problem at(String file, JsonLocation location, String field, String message) {
        return at(file, location == null ? null : LocatedJson.Position.of(location), field, message);
    }

    /** A problem at {@code position}, or in the file as a whole when the position is unknown. */
    static Problem at(String file, LocatedJson.Position position, String field, String message) {
        if (position == null || position.line() < 1) {
            return new Problem(file, 0, 0, field, message);
        }
        return new Problem(file, position.line(), position.column(), field, message);
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
            problems.accept(new Problem(displayName, line, column, "", String.format(
                    "is not valid UTF-8 (byte 0x%02X at offset %d); save the file as UTF-8",
                    bytes[in.position()] & 0xFF, in.position())));
            return null;
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String jsonMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message != null && message.contains("Document nesting depth")) {
            return "the JSON is nested more than " + MAX_NESTING_DEPTH + " levels deep";
        }
        if (message != null && message.contains("String value length")) {
            return "a text value is longer than " + MAX_STRING_LENGTH + " characters";
        }
        if (message != null && message.contains("Number value length")) {
            return "a number is longer than " + MAX_NUMBER_LENGTH + " digits";
        }
        return JsonSyntaxMessages.of(message);
    }

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
