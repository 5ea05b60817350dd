package org.caseexplorer.cases;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * A web page a case points to ("web" in a case file). Only absolute http and https addresses
 * with a host are kept: the loader reports anything else (javascript:, file:, mailto:, relative
 * paths) and leaves it out, so the app never hands such an address to the system.
 */
public record WebLink(Bilingual label, URI address) {

    public static final int MAX_ADDRESS_LENGTH = 2048;

    public WebLink {
        if (checkAddress(address.toString()).isPresent()) {
            throw new IllegalArgumentException("not an http(s) address: " + address);
        }
    }

    /**
     * Why {@code address} cannot be a web link, or empty when it can. Why a URI does not parse is
     * the JDK's reason, in its English, given as it is.
     */
    public static Optional<Phrase> checkAddress(String address) {
        if (address.length() > MAX_ADDRESS_LENGTH) {
            return Optional.of(Wording.WEB_TOO_LONG.with(MAX_ADDRESS_LENGTH));
        }
        URI uri;
        try {
            uri = new URI(address);
        } catch (URISyntaxException e) {
            return Optional.of(Wording.WEB_INVALID.with(shorten(address), e.getReason()));
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of(Wording.WEB_NOT_WEB.with(shorten(address)));
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of(Wording.WEB_NO_HOST.with(shorten(address)));
        }
        return Optional.empty();
    }

    private static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
