package org.cityindicators.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words to look up in a text by longest match at a position; each word carries one or more values. Immutable once built. */
final class Lexicon<T> {

    /** A word found at a position: where it ends and what it means. */
    record Match<T>(int start, int end, List<T> values) {
    }

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    /** Adds a word (ignored when blank); only while the lexicon is being built by its owner. */
    void add(String word, T value) {
        if (word == null || word.isBlank()) {
            return;
        }
        Node<T> node = root;
        for (int i = 0; i < word.length(); i++) {
            node = node.next.computeIfAbsent(word.charAt(i), c -> new Node<>());
        }
        if (!node.values.contains(value)) {
            node.values.add(value);
        }
    }

    /** The longest word starting at {@code from}, or null. */
    Match<T> longest(CharSequence text, int from) {
        Node<T> node = root;
        Match<T> best = null;
        for (int i = from; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            if (!node.values.isEmpty()) {
                best = new Match<>(from, i + 1, List.copyOf(node.values));
            }
        }
        return best;
    }

    /** The end of the longest run from {@code from} that starts some word without being one, or {@code from}. */
    int prefixEnd(CharSequence text, int from) {
        Node<T> node = root;
        int end = from;
        for (int i = from; i < text.length(); i++) {
            node = node.next.get(text.charAt(i));
            if (node == null) {
                break;
            }
            end = i + 1;
        }
        return end;
    }

    /** The values of exactly this word, empty when it is not one. */
    List<T> exactly(String word) {
        Match<T> match = longest(word, 0);
        return match != null && match.end() == word.length() ? match.values() : List.of();
    }
}
