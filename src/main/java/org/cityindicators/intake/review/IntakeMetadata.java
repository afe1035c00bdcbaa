package org.cityindicators.intake.review;

import org.cityindicators.api.ApiException;
import org.cityindicators.api.Params;
import org.cityindicators.area.Area;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** What a steward says about a posted document, from the query parameters of its POST, checked. */
record IntakeMetadata(String title, String publisher, String published, String url, String source, String area,
                      LocalDate referenceDate) {

    private static final Pattern PUBLISHED = Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9.\\-]{0,63}");

    /** The metadata, or a 400 naming the first parameter that is missing or malformed. */
    static IntakeMetadata parse(String title, String publisher, String published, String url, String source,
                                String area, String referenceDate) {
        String checkedTitle = text("title", title, 500);
        String checkedPublisher = text("publisher", publisher, 200);
        if (published == null || !PUBLISHED.matcher(published.trim()).matches()) {
            throw ApiException.badParameter("published", published == null ? "required: 2024, 2024-02 or 2024-02-01"
                    : "a date such as 2024, 2024-02 or 2024-02-01");
        }
        if (url != null && (!url.matches("https?://\\S+") || url.length() > 2000)) {
            throw ApiException.badParameter("url", "an http or https link of at most 2000 characters");
        }
        if (source == null || !SOURCE.matcher(source.trim()).matches()) {
            throw ApiException.badParameter("source", source == null ? "required: the code its figures are published "
                    + "under (an existing source, or a new one made from this metadata)" : "lower-case letters, digits, . and -");
        }
        String checkedArea = Params.code("area", area == null ? null : area.trim(), Params.AREA_CODE);
        if (checkedArea == null) {
            throw ApiException.badParameter("area", "required: the code of the area the document is about, such as 440700");
        }
        if (Area.findById(checkedArea) == null) {
            throw ApiException.badParameter("area", "unknown area '" + checkedArea + "'");
        }
        return new IntakeMetadata(checkedTitle, checkedPublisher, published.trim(), url, source.trim(), checkedArea,
                date(referenceDate));
    }

    private static String text(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiException.badParameter(name, "required");
        }
        if (value.length() > max || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.badParameter(name, "at most " + max + " characters, without control characters");
        }
        return value.strip();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badParameter("referenceDate", "required: the document's date (2024-02-01), against which "
                    + "今年, 去年 and 全年 are read");
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("referenceDate", "a date such as 2024-02-01");
        }
    }
}
