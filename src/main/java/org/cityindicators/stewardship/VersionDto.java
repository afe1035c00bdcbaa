package org.cityindicators.stewardship;

import org.cityindicators.domain.Lang;
import org.cityindicators.observation.ObservationDto;
import org.cityindicators.observation.StoredObservation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** One version of a figure: the figure as it was, when it was recorded and replaced, and why. */
@Schema(name = "FigureVersion")
record VersionDto(
        @Schema(description = "Version id; while this version is current, the figure's ETags start with it (\"7-…\")", example = "7") long version,
        @Schema(description = "When a later version replaced this one; null for the current version", nullable = true)
        OffsetDateTime supersededAt,
        @Schema(description = "Why this version was recorded", nullable = true, example = "Corrected after the statistics bureau's revision")
        String reason,
        @Schema(description = "The figure as this version had it") ObservationDto figure) {

    static VersionDto from(StoredObservation row, Lang lang) {
        return new VersionDto(row.id(), row.supersededAt(), row.reason(), ObservationDto.from(row, lang));
    }
}
