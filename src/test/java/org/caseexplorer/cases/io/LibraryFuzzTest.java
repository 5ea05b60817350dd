package org.caseexplorer.cases.io;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates valid case files (byte flips, truncations, type swaps, deletions, duplications) and
 * loads them as a user library. Every mutated file must either load as a case or be reported
 * with its file name and a position; nothing may throw, hang or run out of memory. Seeds are
 * fixed: a failure names the seed and the mutations, and re-running reproduces it.
 */
@Tag("slow") // fuzzing: thousands of generated files
class LibraryFuzzTest {

    static final int BATCHES = 20;
    static final int FILES_PER_BATCH = 500;
    static final long SEED = 20261123L;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<byte[]> BASES = new ArrayList<>();
    private static LibraryFolder builtIn;

    @TempDir
    Path dir;
    private int loadedFiles;
    private int reportedFiles;

    @BeforeAll
    static void readBases() throws IOException {
        builtIn = BuiltInLibrary.folder();
        for (Path file : LibraryLoader.caseFiles(builtIn.path())) {
            BASES.add(Files.readAllBytes(file));
        }
    }

    @Test
    void tenThousandMutatedCaseFilesEachLoadOrAreReportedWithFileAndPosition() {
        LibraryLoader loader = new LibraryLoader();
        // A guard against a hang, far above the few seconds the run takes; not a timing test.
        assertTimeoutPreemptively(Duration.ofMinutes(10), () -> {
            for (int batch = 0; batch < BATCHES; batch++) {
                runBatch(loader, batch);
            }
        });
        System.out.printf("fuzz: %d mutated files, %d loaded, %d reported%n",
                BATCHES * FILES_PER_BATCH, loadedFiles, reportedFiles);
        // Both outcomes must occur, or the mutations (or the loader) are not doing their job.
        if (loadedFiles < 100 || reportedFiles < BATCHES * FILES_PER_BATCH / 2) {
            fail("loaded " + loadedFiles + ", reported " + reportedFiles);
        }
    }

    private void runBatch(LibraryLoader loader, int batch) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("batch-" + batch));
        Map<String, String> recipes = new HashMap<>();
        for (int i = 0; i < FILES_PER_BATCH; i++) {
            long seed = SEED + (long) batch * FILES_PER_BATCH + i;
            List<String> steps = new ArrayList<>();
            byte[] mutated = mutate(new SplittableRandom(seed), "m" + seed, steps);
            String name = String.format("f%04d.json", i);
            Files.write(folder.resolve(name), mutated);
            recipes.put(name, "seed " + seed + ": " + steps);
        }
        Library library;
        try {
            library = loader.load(builtIn, Optional.of(LibraryFolder.of(folder)));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new AssertionError("loading batch " + batch + " threw " + e, e);
        }
        Map<String, List<Problem>> problemsByFile = new HashMap<>();
        for (Problem p : library.problems()) {
            String name = p.file().substring(p.file().lastIndexOf('/') + 1);
            if (!recipes.containsKey(name)) {
                fail("a problem names no mutated file: " + p.format());
            }
            if (p.line() < 1 || p.column() < 1) {
                fail("no position for " + p.format() + " (" + recipes.get(name) + ")");
            }
            problemsByFile.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
        }
        for (Map.Entry<String, String> file : recipes.entrySet()) {
            String name = file.getKey();
            boolean loaded = library.cases().stream().anyMatch(c -> c.file().endsWith("/" + name));
            if (!loaded && !problemsByFile.containsKey(name)) {
                fail(name + " neither loaded nor was reported (" + file.getValue() + ")");
            }
            loadedFiles += loaded ? 1 : 0;
            reportedFiles += problemsByFile.containsKey(name) ? 1 : 0;
        }
    }

    /**
     * One to three mutations of one of the built-in case files, given {@code id} first so that
     * an unbroken file is a new case rather than a duplicate of the built-in one.
     */
    private static byte[] mutate(SplittableRandom random, String id, List<String> steps) {
        return mutate(withId(BASES.get(random.nextInt(BASES.size())), id), random, steps);
    }

    /** One to three mutations of {@code base}, any JSON file: the fuzzer's steps, for the other files it reaches. */
    static byte[] mutate(byte[] base, SplittableRandom random, List<String> steps) {
        byte[] bytes = base;
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(6);
            bytes = switch (kind) {
                case 0 -> flipBytes(bytes, random, steps);
                case 1 -> truncate(bytes, random, steps);
                case 2 -> treeMutation(bytes, random, steps, Mutation.SWAP_TYPE);
                case 3 -> treeMutation(bytes, random, steps, Mutation.DELETE);
                case 4 -> treeMutation(bytes, random, steps, Mutation.DUPLICATE);
                default -> spliceBytes(bytes, random, steps);
            };
        }
        return bytes;
    }

    private static byte[] withId(byte[] base, String id) {
        String text = new String(base, StandardCharsets.UTF_8);
        return text.replaceFirst("\"id\": \"[a-z0-9-]+\"", "\"id\": \"" + id + "\"").getBytes(StandardCharsets.UTF_8);
    }

    static byte[] flipBytes(byte[] bytes, SplittableRandom random, List<String> steps) {
        if (bytes.length == 0) {
            return bytes;
        }
        byte[] special = {0, '"', '{', '}', '[', ']', ',', ':', '\\', (byte) 0xFF, (byte) 0xC3, (byte) 0xE4, '\n'};
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(bytes.length);
            bytes[at] = random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
            steps.add("flip@" + at);
        }
        return bytes;
    }

    static byte[] truncate(byte[] bytes, SplittableRandom random, List<String> steps) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        steps.add("truncate@" + at);
        return Arrays.copyOf(bytes, at);
    }

    /** Deletes or repeats a random range of bytes (a duplicated key, a doubled line, a gap). */
    private static byte[] spliceBytes(byte[] bytes, SplittableRandom random, List<String> steps) {
        if (bytes.length < 2) {
            return bytes;
        }
        int from = random.nextInt(bytes.length - 1);
        int to = Math.min(bytes.length, from + 1 + random.nextInt(200));
        byte[] range = Arrays.copyOfRange(bytes, from, to);
        boolean delete = random.nextBoolean();
        steps.add((delete ? "cut" : "repeat") + "@" + from + "-" + to);
        byte[] rest = Arrays.copyOfRange(bytes, to, bytes.length);
        byte[] head = Arrays.copyOf(bytes, delete ? from : to);
        byte[] out = Arrays.copyOf(head, head.length + (delete ? 0 : range.length) + rest.length);
        if (!delete) {
            System.arraycopy(range, 0, out, head.length, range.length);
        }
        System.arraycopy(rest, 0, out, out.length - rest.length, rest.length);
        return out;
    }

    private enum Mutation { SWAP_TYPE, DELETE, DUPLICATE }

    /** Parses the file (if it still parses) and changes one node of its tree. */
    private static byte[] treeMutation(byte[] bytes, SplittableRandom random, List<String> steps, Mutation mutation) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            return flipBytes(bytes, random, steps);
        }
        if (!(root instanceof ContainerNode<?>)) {
            return flipBytes(bytes, random, steps);
        }
        List<ContainerNode<?>> containers = new ArrayList<>();
        collect(root, containers);
        ContainerNode<?> parent = containers.get(random.nextInt(containers.size()));
        if (parent.size() == 0) {
            return bytes;
        }
        int index = random.nextInt(parent.size());
        steps.add(mutation + "#" + index);
        if (parent instanceof ObjectNode object) {
            String field = fieldAt(object, index);
            switch (mutation) {
                case SWAP_TYPE -> object.set(field, otherType(object.get(field), random));
                case DELETE -> object.remove(field);
                case DUPLICATE -> {
                    // A textual duplicate key, which a JSON tree cannot hold: written by hand.
                    String text = write(object);
                    String copy = JSON.valueToTree(Map.of(field, object.get(field))).toString();
                    String inner = copy.substring(1, copy.length() - 1);
                    String doubled = text.length() > 2 ? "{" + inner + "," + text.substring(1) : copy;
                    return write(root).replace(text, doubled).getBytes(StandardCharsets.UTF_8);
                }
                default -> throw new IllegalStateException();
            }
        } else if (parent instanceof ArrayNode array) {
            switch (mutation) {
                case SWAP_TYPE -> array.set(index, otherType(array.get(index), random));
                case DELETE -> array.remove(index);
                case DUPLICATE -> array.insert(index, array.get(index).deepCopy());
                default -> throw new IllegalStateException();
            }
        }
        return write(root).getBytes(StandardCharsets.UTF_8);
    }

    private static void collect(JsonNode node, List<ContainerNode<?>> containers) {
        if (node instanceof ContainerNode<?> container) {
            containers.add(container);
            node.elements().forEachRemaining(child -> collect(child, containers));
        }
    }

    private static String fieldAt(ObjectNode object, int index) {
        Iterator<String> names = object.fieldNames();
        for (int i = 0; i < index; i++) {
            names.next();
        }
        return names.next();
    }

    /** A value of another JSON type than {@code node}, including awkward ones. */
    private static JsonNode otherType(JsonNode node, SplittableRandom random) {
        List<JsonNode> options = new ArrayList<>(List.of(
                NODES.textNode("swapped"), NODES.textNode(""), NODES.numberNode(7),
                NODES.numberNode(new BigInteger("123456789012345678901234567890")),
                NODES.numberNode(-1.5e300), NODES.booleanNode(true), NODES.nullNode(),
                NODES.arrayNode().add(1).add("x"), NODES.objectNode().put("en", 1),
                NODES.textNode("../../etc/passwd"), NODES.textNode("\u0000\uFEFF\uD83D\uDE00")));
        options.removeIf(o -> o.getNodeType() == node.getNodeType());
        return options.get(random.nextInt(options.size()));
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theMutatorReallyBreaksFiles() throws IOException {
        // A fuzz test whose mutations were all harmless would prove nothing: most must fail to
        // load as they are, and every kind of mutation must occur.
        int broken = 0;
        Map<String, Integer> kinds = new HashMap<>();
        for (int i = 0; i < 500; i++) {
            List<String> steps = new ArrayList<>();
            byte[] mutated = mutate(new SplittableRandom(SEED + i), "m" + i, steps);
            steps.forEach(s -> kinds.merge(s.replaceAll("[@#].*", ""), 1, Integer::sum));
            try {
                JSON.readTree(mutated);
                if (!new String(mutated, StandardCharsets.UTF_8).contains("\"links\"")) {
                    broken++;
                }
            } catch (IOException e) {
                broken++;
            }
        }
        if (broken < 200) {
            fail("only " + broken + " of 500 mutated files are visibly broken");
        }
        for (String kind : List.of("flip", "truncate", "cut", "repeat", "SWAP_TYPE", "DELETE", "DUPLICATE")) {
            if (!kinds.containsKey(kind)) {
                fail("no mutation of kind " + kind + ": " + kinds);
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.findAny().isPresent()) {
                fail("the mutator wrote files");
            }
        }
    }
}
