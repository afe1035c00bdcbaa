package org.cityindicators.observation;

import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The newest figure of every indicator, scope, measure and frequency for one area: a dashboard's snapshot. */
@Schema(name = "LatestSnapshot")
record LatestDto(
        @Schema(example = "440700") String area,
        @Schema(example = "江门市") String areaName,
        @Schema(description = "Figures ordered by indicator code, scope and measure") List<ObservationDto> items) {

    static LatestDto of(CatalogueLookup.AreaRef area, List<StoredObservation> rows, Lang lang) {
        return new LatestDto(area.code(), area.name(lang), rows.stream().map(r -> ObservationDto.from(r, lang)).toList());
    }
}
