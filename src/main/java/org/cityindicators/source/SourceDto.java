package org.cityindicators.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source document as clients see it. */
@Schema(name = "Source")
record SourceDto(
        @Schema(example = "jmdaily-2024-02-gdp") String code,
        @Schema(example = "2023年GDP突破4000亿元 成功争先进阶") String title,
        @Schema(example = "江门日报 (Jiangmen Daily)") String publisher,
        @Schema(nullable = true, example = "张浩洋") String author,
        @Schema(description = "Publication date (ISO 8601) to the precision known", example = "2024-02") String published,
        @Schema(nullable = true, description = "Link to the document, where one exists") String url,
        @Schema(example = "Figures are official statistics quoted for reference; article text © 江门日报") String licence,
        @Schema(nullable = true) String note) {

    public static SourceDto from(Source s) {
        return new SourceDto(s.code, s.title, s.publisher, s.author, s.published, s.url, s.licence, s.note);
    }
}
