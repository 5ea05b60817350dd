package org.caseexplorer.cases;

import java.util.List;

/**
 * How a case illustrates a principle: strength 1 (mentioned) to 3 (a defining example),
 * an explanation, and the evidence.
 */
public record PrincipleLink(String principle, int strength, Bilingual explanation, List<Evidence> evidence) {

    public static final int MIN_STRENGTH = 1;
    public static final int MAX_STRENGTH = 3;

    public PrincipleLink {
        evidence = List.copyOf(evidence);
    }
}
