package org.cityindicators.intake.review;

import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Problem;
import org.cityindicators.domain.InvalidValue;
import org.cityindicators.intake.DocumentText;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The body of a posted document: UTF-8 text only (a declared charset other than UTF-8 is 415), decoded strictly so
 * that bytes which are not UTF-8 are refused rather than stored as U+FFFD, bounded by indicators.limits.intake-bytes,
 * and refused as binary when it holds control characters other than tab, line feed, form feed and carriage return.
 */
final class DocumentBody {

    private DocumentBody() {
    }

    static DocumentText read(MediaType type, InputStream body, long limit) {
        String charset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (charset != null && !charset.trim().equalsIgnoreCase("utf-8") && !charset.trim().equalsIgnoreCase("utf8")) {
            throw unsupported("charset '" + InvalidValue.clip(charset) + "' is not accepted: send the document as UTF-8");
        }
        byte[] bytes = bounded(body, limit);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unsupported("the body is not UTF-8 text; convert the document to UTF-8 and send it again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw ApiException.badParameter("body", "the document is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f' || ch == 0x7f) {
                throw ApiException.badParameter("body", "the document is not text: it holds the control character U+"
                        + String.format("%04X", (int) ch) + " at character " + i + " (a binary file?)");
            }
        }
        return DocumentText.of(type == null ? null : type.toString(), text);
    }

    private static byte[] bounded(InputStream body, long limit) {
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new ApiException(413, "Content too large", "The document has more than " + limit
                        + " bytes, the most an intake accepts (indicators.limits.intake-bytes)", List.of());
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiException unsupported(String message) {
        return new ApiException(415, "Unsupported media type", "Content-Type: " + message,
                List.of(new Problem.Violation("Content-Type", message)));
    }
}
