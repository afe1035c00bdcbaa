package org.cityindicators;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * A signing key made for this test run only (no key is committed): the service gets the public half by
 * configuration, the tests sign tokens with the private half.
 */
@QuarkusTestResource(JwtTestResource.class)
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    static final String ISSUER = "city-indicators";
    static final String AUDIENCE = "city-indicators-api";
    static final KeyPair KEYS = generate();

    @Override
    public Map<String, String> start() {
        try {
            Path publicKey = Files.createTempFile("indicators-test-jwt", ".pem");
            Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
            return Map.of("mp.jwt.verify.publickey.location", publicKey.toUri().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }

    /** A valid bearer token for {@code name} with {@code roles}. */
    static String token(String name, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(name).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).sign(KEYS.getPrivate());
    }

    /** A token with the claims of {@link #token} signed by a key the service does not know. */
    static String forged(String name, String... roles) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).upn(name).groups(Set.of(roles))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300)).sign(generate().getPrivate());
    }

    static String editor() {
        return token("erin.editor", "editor");
    }

    static String admin() {
        return token("ada.admin", "admin");
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
