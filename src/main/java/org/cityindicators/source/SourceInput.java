package org.cityindicators.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Objects;

/** A source document as an administrator writes it. */
@Schema(name = "SourceInput")
record SourceInput(
        @NotBlank @Size(max = 500) @Schema(required = true, example = "2023年GDP突破4000亿元 成功争先进阶") String title,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "江门日报 (Jiangmen Daily)") String publisher,
        @Size(max = 200) String author,
        @NotBlank @Pattern(regexp = "[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?",
                message = "must be a date to the precision known: 2024, 2024-02 or 2024-02-02")
        @Schema(required = true, example = "2024-02") String published,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http or https link") String url,
        @NotBlank @Size(max = 500) @Schema(required = true) String licence,
        @Size(max = 2000) String note) {

    boolean sameAs(Source s) {
        return title.equals(s.title) && publisher.equals(s.publisher) && Objects.equals(author, s.author)
                && published.equals(s.published) && Objects.equals(url, s.url) && licence.equals(s.licence)
                && Objects.equals(note, s.note);
    }

    void applyTo(Source s, String code) {
        s.code = code;
        s.title = title;
        s.publisher = publisher;
        s.author = author;
        s.published = published;
        s.url = url;
        s.licence = licence;
        s.note = note;
    }
}
