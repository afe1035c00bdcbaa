package org.cityindicators.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * A closed vocabulary: its members have a stable lower-case code (the enum name in lower case) and labels in
 * Chinese and English, kept in {@code vocabulary-zh.properties} and {@code vocabulary-en.properties}.
 */
public interface Coded {

    @JsonValue
    default String code() {
        Enum<?> member = (Enum<?>) this;
        return Table.of(member.getDeclaringClass()).codes[member.ordinal()];
    }

    default String label(Lang lang) {
        Enum<?> member = (Enum<?>) this;
        Table table = Table.of(member.getDeclaringClass());
        return (lang == Lang.EN ? table.en : table.zh)[member.ordinal()];
    }

    /** The member with the given code, or null. */
    static <E extends Enum<E> & Coded> E find(Class<E> type, String code) {
        Integer ordinal = code == null ? null : Table.of(type).ordinals.get(code);
        return ordinal == null ? null : type.cast(Table.of(type).members[ordinal]);
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

    /** The codes, labels and code-to-member map of one vocabulary, made once: every row a read maps looks them up. */
    final class Table {
        private static final ClassValue<Table> TABLES = new ClassValue<>() {
            @Override
            protected Table computeValue(Class<?> type) {
                return new Table(type);
            }
        };
        final Object[] members;
        final String[] codes;
        final String[] zh;
        final String[] en;
        final Map<String, Integer> ordinals;

        private Table(Class<?> type) {
            members = type.getEnumConstants();
            codes = new String[members.length];
            zh = new String[members.length];
            en = new String[members.length];
            Map<String, Integer> byCode = new HashMap<>();
            for (int i = 0; i < members.length; i++) {
                codes[i] = ((Enum<?>) members[i]).name().toLowerCase(Locale.ROOT);
                String key = type.getSimpleName() + "." + codes[i];
                zh[i] = Labels.ZH.getProperty(key, codes[i]);
                en[i] = Labels.EN.getProperty(key, codes[i]);
                byCode.putIfAbsent(codes[i], i);
            }
            ordinals = Map.copyOf(byCode);
        }

        static Table of(Class<?> type) {
            return TABLES.get(type);
        }
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
