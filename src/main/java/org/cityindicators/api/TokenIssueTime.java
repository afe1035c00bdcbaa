package org.cityindicators.api;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses a bearer token issued in the future (iat later than now plus mp.jwt.verify.clock.skew), which smallrye-jwt
 * accepts; its lifetime (exp - iat) is bounded by smallrye-jwt itself (smallrye.jwt.time-to-live). Decorates the one
 * token parser, so that authentication and the rate limiter's reading of the subject apply the same rules.
 */
@Decorator
@Priority(10)
abstract class TokenIssueTime implements JWTParser {

    @Inject
    @Delegate
    JWTParser parser;

    @Inject
    JWTAuthContextInfo settings;

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken parsed = parser.parse(token);
        long latest = System.currentTimeMillis() / 1000 + settings.getClockSkew();
        if (parsed.getIssuedAtTime() > latest) {
            throw new ParseException("The token is issued in the future (iat beyond the allowed clock skew)");
        }
        return parsed;
    }
}
