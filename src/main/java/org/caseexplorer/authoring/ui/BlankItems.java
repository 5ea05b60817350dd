package org.caseexplorer.authoring.ui;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.caseexplorer.authoring.CaseDocument;

/** The items the editor adds to a case's lists, blank for the user to fill in. */
final class BlankItems {

    private BlankItems() {
    }

    static ObjectNode fact() {
        ObjectNode fact = CaseDocument.blank().tree().objectNode();
        fact.set("label", CaseDocument.bilingual("", ""));
        fact.set("value", CaseDocument.bilingual("", ""));
        fact.put("source", "");
        return fact;
    }

    /** A link to {@code principleId} (strength 2) with one empty quote to fill in. */
    static ObjectNode link(String principleId) {
        ObjectNode link = CaseDocument.blank().tree().objectNode();
        link.put("principle", principleId);
        link.put("strength", 2);
        link.set("explanation", CaseDocument.bilingual("", ""));
        link.putArray("evidence").add(evidence("", ""));
        return link;
    }

    static ObjectNode evidence(String sourceId, String quote) {
        ObjectNode e = CaseDocument.blank().tree().objectNode();
        e.put("source", sourceId);
        e.put("quote", quote);
        return e;
    }

    static ObjectNode webLink() {
        ObjectNode web = CaseDocument.blank().tree().objectNode();
        web.set("label", CaseDocument.bilingual("", ""));
        web.put("url", "https://");
        return web;
    }

    /** The first quote of the evidence list at {@code list} with no words yet, or -1. */
    static int firstWithoutWords(CaseDocument d, String list) {
        for (int i = 0; i < d.size(list); i++) {
            if (d.text(list + "/" + i + "/quote").isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
