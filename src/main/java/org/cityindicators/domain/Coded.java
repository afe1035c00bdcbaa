package org.cityindicators.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A closed vocabulary: its members have a stable lower-case code (the enum name in lower case) and labels in
 * Chinese and English, kept in {@code vocabulary-zh.properties} and {@code vocabulary-en.properties}.
 */
public interface Coded {

    @JsonValue
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT);
    }

    default String label(Lang lang) {
        String key = getClass().getSimpleName() + "." + code();
        return (lang == Lang.EN ? Labels.EN : Labels.ZH).getProperty(key, code());
    }

    /** The member with the given code, or null. */
    static <E extends Enum<E> & Coded> E find(Class<E> type, String code) {
        for (E member : type.getEnumConstants()) {
            if (member.code().equals(code)) {
                return member;
            }
        }
        return null;
    }

    /** The member with the given code; a 400 naming the parameter and the allowed codes otherwise. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text, String parameter) {
        E member = find(type, text);
        if (member == null) {
            throw new InvalidValue(parameter, "unknown value '" + InvalidValue.clip(text) + "'; allowed: " + codes(type));
        }
        return member;
    }

    /** A code read from the database, where the schema guarantees it is known; null stays null. */
    static <E extends Enum<E> & Coded> E stored(Class<E> type, String code) {
        E member = find(type, code);
        if (member == null && code != null) {
            throw new IllegalStateException("Unknown " + type.getSimpleName() + " code in the database: " + code);
        }
        return member;
    }

    static <E extends Enum<E> & Coded> String codes(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }

    /** The label files, read once. */
    final class Labels {
        static final Properties ZH = load("vocabulary-zh.properties");
        static final Properties EN = load("vocabulary-en.properties");

        private Labels() {
        }

        private static Properties load(String name) {
            Properties labels = new Properties();
            try (InputStream in = Coded.class.getClassLoader().getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException(name + " is missing");
                }
                labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return labels;
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read the labels in " + name, e);
            }
        }
    }
}
