package org.caseexplorer.cases.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.caseexplorer.cases.Phrase;
import org.caseexplorer.cases.ProblemKind;
import org.caseexplorer.cases.Wording;

/**
 * The JSON Schemas in {@code cases/schema/}, the same files an editor uses for completion, so the
 * app and the editor never disagree about what a valid file is. Thread-safe once built.
 */
final class LibrarySchemas {

    /** The kinds of file in a library folder: cases, principles, sources and saved views. */
    enum Kind {
        CASE("case.schema.json"), PRINCIPLES("principles.schema.json"), SOURCES("sources.schema.json"),
        VIEW("view.schema.json");

        private final String file;

        Kind(String file) {
            this.file = file;
        }
    }

    /** One schema violation: where (JSON Pointer), what kind, and its words. */
    record Violation(String pointer, ProblemKind kind, Phrase words) {
    }

    private final java.util.Map<Kind, JsonSchema> schemas = new java.util.EnumMap<>(Kind.class);

    LibrarySchemas() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(Locale.ENGLISH)
                .build();
        for (Kind kind : Kind.values()) {
            try (InputStream in = LibrarySchemas.class.getResourceAsStream("/cases/schema/" + kind.file)) {
                if (in == null) {
                    throw new IllegalStateException("schema missing from the application: " + kind.file);
                }
                JsonSchema schema = factory.getSchema(in, config);
                // Resolve every $ref now: validation then only reads, and is safe on several
                // threads at once (case files are checked in parallel).
                schema.initializeValidators();
                schemas.put(kind, schema);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    List<Violation> validate(Kind kind, JsonNode node) {
        return schemas.get(kind).validate(node).stream()
                .map(LibrarySchemas::toViolation)
                .sorted(Comparator.comparing(Violation::pointer))
                .toList();
    }

    private static Violation toViolation(ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            return new Violation(pointer + "/" + message.getProperty(), ProblemKind.REQUIRED_FIELD_MISSING,
                    Wording.SCHEMA_REQUIRED.with());
        }
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            return new Violation(pointer + "/" + message.getProperty(), ProblemKind.UNKNOWN_FIELD,
                    Wording.SCHEMA_UNKNOWN_FIELD.with());
        }
        SchemaMessages.Said said = SchemaMessages.of(message.getType(), message.getArguments(), message.getInstanceNode());
        // A rule these words do not know (enum, uniqueItems, a pattern of the views' schema): the
        // validator's own English, passed through as it says it.
        return said != null ? new Violation(pointer, said.kind(), said.words())
                : new Violation(pointer, ProblemKind.SCHEMA_OTHER, Wording.SCHEMA_OTHER.with(message.getError()));
    }
}
