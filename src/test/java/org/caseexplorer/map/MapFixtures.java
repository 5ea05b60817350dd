package org.caseexplorer.map;

import java.util.List;
import java.util.Optional;
import org.caseexplorer.cases.Bilingual;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.Evidence;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.Principle;
import org.caseexplorer.cases.PrincipleLink;
import org.caseexplorer.cases.io.LibraryLoader;

/** Libraries for the map's tests: the built-in one and small hand-made ones. */
final class MapFixtures {

    private MapFixtures() {
    }

    static Library builtIn() {
        return new LibraryLoader().open(Optional.empty());
    }

    static Principle principle(String id, String en, String zh) {
        return new Principle(id, new Bilingual(en, zh), new Bilingual(en, zh), null, null);
    }

    static PrincipleLink link(String principle, int strength) {
        return new PrincipleLink(principle, strength, new Bilingual("why", "为什么"),
                List.of(new Evidence("src", "引文")));
    }

    static Case aCase(String id, String en, String zh, PrincipleLink... links) {
        return new Case(id, new Bilingual(en, zh), new Bilingual("i", "业"), new Bilingual("t", "语"),
                new Bilingual("s", "概"), "#AA3300", null, List.of(), List.of(links), List.of(), id + ".json");
    }
}
