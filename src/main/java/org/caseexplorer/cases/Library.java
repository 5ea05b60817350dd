package org.caseexplorer.cases;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.caseexplorer.provenance.SourceText;

/**
 * Everything loaded from one or more library folders, and what was wrong with them; with the
 * text of each source that names one, by source id, and which sources came with the app.
 */
public record Library(List<Principle> principles, List<Source> sources, List<Case> cases, List<Problem> problems,
                      Map<String, SourceText> sourceTexts, java.util.Set<String> builtInSources) {

    public static final Library EMPTY = new Library(List.of(), List.of(), List.of(), List.of());

    public Library {
        principles = List.copyOf(principles);
        sources = List.copyOf(sources);
        cases = List.copyOf(cases);
        problems = List.copyOf(problems);
        sourceTexts = Map.copyOf(sourceTexts);
        builtInSources = java.util.Set.copyOf(builtInSources);
    }

    public Library(List<Principle> principles, List<Source> sources, List<Case> cases, List<Problem> problems,
                   Map<String, SourceText> sourceTexts) {
        this(principles, sources, cases, problems, sourceTexts, java.util.Set.of());
    }

    public Library(List<Principle> principles, List<Source> sources, List<Case> cases, List<Problem> problems) {
        this(principles, sources, cases, problems, Map.of());
    }

    /** The text of a source, where its entry names one that could be read. */
    public Optional<SourceText> sourceText(String sourceId) {
        return Optional.ofNullable(sourceTexts.get(sourceId));
    }

    /** Only the mistakes to fix, without the notes. */
    public long problemCount() {
        return problems.stream().filter(p -> !p.isNote()).count();
    }

    public Optional<Principle> principle(String id) {
        return principles.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<Case> caseById(String id) {
        return cases.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The principles directly below this one, in library order. */
    public List<Principle> children(String principleId) {
        return principles.stream().filter(p -> principleId.equals(p.parent())).toList();
    }

    /** The principle and every principle below it in the hierarchy. */
    public List<String> withDescendants(String principleId) {
        List<String> result = new ArrayList<>();
        result.add(principleId);
        for (int i = 0; i < result.size(); i++) {
            children(result.get(i)).stream()
                    .map(Principle::id)
                    .filter(id -> !result.contains(id))
                    .forEach(result::add);
        }
        return Collections.unmodifiableList(result);
    }
}
