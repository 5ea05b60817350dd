package org.caseexplorer.comparison;

import java.util.Optional;
import org.caseexplorer.cases.Case;
import org.caseexplorer.cases.PrincipleLink;

/**
 * One case against one principle. A missing link is "no evidence", which is not the same as a
 * weak link (strength 1): {@link #strength()} is 0 for it, and {@link #hasEvidence()} says so.
 */
public record ComparisonCell(Case subject, Optional<PrincipleLink> link) {

    public int strength() {
        return link.map(PrincipleLink::strength).orElse(0);
    }

    public boolean hasEvidence() {
        return link.isPresent();
    }
}
