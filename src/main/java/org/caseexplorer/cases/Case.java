package org.caseexplorer.cases;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One business case. {@code image} is already resolved inside the library folder, or null;
 * {@code web} holds only checked http(s) addresses; {@code file} is where the case was read
 * from, for messages. Links are kept strongest first.
 */
public record Case(String id, Bilingual name, Bilingual industry, Bilingual tagline, Bilingual summary,
                   String accent, Path image, List<Fact> facts, List<PrincipleLink> links, List<WebLink> web,
                   String file) {

    public Case {
        facts = List.copyOf(facts);
        web = List.copyOf(web);
        links = links.stream()
                .sorted(Comparator.comparingInt(PrincipleLink::strength).reversed())
                .toList();
    }

    public Optional<PrincipleLink> link(String principleId) {
        return links.stream().filter(l -> l.principle().equals(principleId)).findFirst();
    }
}
