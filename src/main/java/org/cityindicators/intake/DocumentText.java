package org.cityindicators.intake;

import java.util.Locale;

/**
 * The text of a document as the intake reads it: plain text as sent (line ends made LF), or an HTML page reduced to
 * its visible text. Candidates' offsets and quotes refer to {@link #text()}.
 */
public record DocumentText(String text) {

    public DocumentText {
        if (text == null) {
            throw new IllegalArgumentException("a document needs a text");
        }
    }

    /** A text/plain document (already decoded from UTF-8). */
    public static DocumentText plain(String body) {
        return new DocumentText(body.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * A text/html document (already decoded from UTF-8): scripts, styles and markup dropped, entities decoded, each
     * block element on a line of its own, each table row on one line with its cells separated by a tab.
     */
    public static DocumentText html(String body) {
        return new DocumentText(HtmlText.visibleText(body));
    }

    /** A document by its media type: HTML for text/html (parameters such as charset ignored), plain text otherwise. */
    public static DocumentText of(String mediaType, String body) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT).split(";")[0].trim();
        return type.equals("text/html") || type.equals("application/xhtml+xml") ? html(body) : plain(body);
    }
}
