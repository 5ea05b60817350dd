package org.caseexplorer.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.caseexplorer.bench.SyntheticLibrary;
import org.caseexplorer.cases.Library;
import org.caseexplorer.cases.io.BuiltInLibrary;
import org.caseexplorer.cases.io.LibraryLoader;
import org.caseexplorer.text.SearchText;

/** The index must answer exactly what a plain substring scan would. */
class TextIndexTest {

    @org.junit.jupiter.params.ParameterizedTest(name = "split in two from {0} cases")
    @org.junit.jupiter.params.provider.ValueSource(ints = {TextIndex.SHARD_FROM, 100})
    void indexAgreesWithAPlainScanForRandomWordsInEveryScript(int shardFrom) {
        Library builtIn = new LibraryLoader().load(BuiltInLibrary.folder(), Optional.empty());
        Library library = SyntheticLibrary.generate(400, builtIn.principles(), 7);
        List<String> texts = new ArrayList<>();
        library.cases().forEach(c -> texts.add(SearchText.normalize(CaseIndex.searchableText(c))));
        builtIn.cases().forEach(c -> texts.add(SearchText.normalize(CaseIndex.searchableText(c))));
        String[] array = texts.toArray(String[]::new);
        TextIndex index = new TextIndex(array, shardFrom);

        Random random = new Random(11);
        int checked = 0;
        while (checked < 2000) {
            String text = array[random.nextInt(array.length)];
            int start = random.nextInt(text.length());
            int end = Math.min(text.length(), start + 1 + random.nextInt(8));
            String term = text.substring(start, end);
            if (term.isBlank() || term.chars().anyMatch(Character::isWhitespace)) {
                continue;
            }
            assertEquals(scan(array, term), index.casesContaining(term), () -> "term '" + term + "'");
            checked++;
        }
        assertEquals(scan(array, "zzqq"), index.casesContaining("zzqq"));
        assertEquals(scan(array, "鶴"), index.casesContaining("鶴"));
    }

    private static BitSet scan(String[] texts, String term) {
        BitSet expected = new BitSet();
        for (int i = 0; i < texts.length; i++) {
            if (texts[i].contains(term)) {
                expected.set(i);
            }
        }
        return expected;
    }
}
