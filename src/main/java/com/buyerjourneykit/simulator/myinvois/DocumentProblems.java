package com.buyerjourneykit.simulator.myinvois;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every problem found in one document, so the caller can mend them all before submitting again
 * (MyInvois returns all errors in one go). Fields are named by their UBL element ({@code target})
 * and their path from {@code Invoice} ({@code propertyPath}).
 */
final class DocumentProblems {
    private final List<Problem> found = new ArrayList<>();

    void add(String code, String target, String propertyPath, String message) {
        found.add(new Problem(code, message, target, propertyPath));
    }

    /** The text at {@code path} under {@code node}; a {@code CF301} problem when absent or blank. */
    Optional<String> required(UblNode node, String where, String... path) {
        Optional<String> text = node.textAt(path);
        if (text.isEmpty()) {
            add(ErrorCodes.REQUIRED, last(path), where + "." + String.join(".", path), last(path) + " is required");
        }
        return text;
    }

    /** As {@link #required}, and a {@code CF302} problem when the text breaks {@code rule} (described by {@code expected}). */
    Optional<String> requiredMatching(UblNode node, String where, Predicate<String> rule, String expected, String... path) {
        Optional<String> text = required(node, where, path);
        if (text.isPresent() && !rule.test(text.get())) {
            add(ErrorCodes.FORMAT, last(path), where + "." + String.join(".", path), last(path) + " must be " + expected);
            return Optional.empty();
        }
        return text;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }

    private static String last(String... path) {
        return path[path.length - 1];
    }
}
