package org.caseexplorer.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Counted English words agree with their numbers: no message says "1 cases" or "2 case". Each
 * message is formatted with every argument 1, then 2 (words in an argument's place read as "1"
 * or "2" too), and the result searched for a number beside a noun of the wrong form.
 */
class PluralFormsTest {

    private static final String NOUNS = "case|principle|page|quote|problem|field|card|note|source|row|view|file|law|word|language|item";
    private static final Pattern ONE_MANY = Pattern.compile("\\b1 (" + NOUNS + ")s\\b");
    private static final Pattern TWO_ONE = Pattern.compile("\\b2 (" + NOUNS + ")\\b(?!s)");

    @Test
    void everyCountedNounAgreesWithOneAndWithTwo() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("/org/caseexplorer/i18n/messages.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        int counted = 0;
        for (String key : messages.stringPropertyNames()) {
            String pattern = messages.getProperty(key);
            if (!pattern.contains("{")) {
                continue;
            }
            MessageFormat format = new MessageFormat(pattern, Locale.ENGLISH);
            int arguments = format.getFormatsByArgumentIndex().length;
            for (int n : new int[] {1, 2}) {
                Object[] args = new Object[arguments];
                Arrays.fill(args, n);
                String text = format.format(args);
                if (text.matches("(?s).*\\b" + n + " (" + NOUNS + ").*")) {
                    counted++;
                }
                if ((n == 1 ? ONE_MANY : TWO_ONE).matcher(text).find()) {
                    wrong.add(key + ": " + text);
                }
            }
        }
        assertTrue(counted > 20, "the counting messages were found: " + counted);
        assertEquals(List.of(), wrong);
    }
}
