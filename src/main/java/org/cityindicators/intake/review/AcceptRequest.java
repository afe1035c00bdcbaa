package org.cityindicators.intake.review;

import org.cityindicators.api.ApiException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** Which candidates to accept at once: by ordinal, or every one with an indicator at or above a confidence. */
@Schema(name = "IntakeAcceptRequest")
record AcceptRequest(
        @Schema(description = "The ordinals of the candidates to accept", nullable = true, example = "[1, 2, 5]") List<Integer> ordinals,
        @Schema(description = "Accept every proposed candidate with an indicator and at least this confidence (0 to 1)",
                nullable = true, example = "0.9") BigDecimal minConfidence) {

    /** The ordinals accepted by the request. */
    @Schema(name = "IntakeAccepted")
    record Accepted(@Schema(example = "[1, 2, 5]") List<Integer> accepted) {
    }

    /** The request, or a 400 when it names neither or both, or a confidence outside 0 to 1. */
    static AcceptRequest checked(AcceptRequest request) {
        if (request == null || (request.ordinals() == null) == (request.minConfidence() == null)) {
            throw ApiException.badParameter("body", "give either ordinals or minConfidence");
        }
        if (request.ordinals() != null && (request.ordinals().size() > 100_000 || request.ordinals().contains(null))) {
            throw ApiException.badParameter("ordinals", "a list of candidate ordinals");
        }
        if (request.minConfidence() != null && (request.minConfidence().signum() < 0
                || request.minConfidence().compareTo(BigDecimal.ONE) > 0)) {
            throw ApiException.badParameter("minConfidence", "between 0 and 1");
        }
        return request;
    }
}
