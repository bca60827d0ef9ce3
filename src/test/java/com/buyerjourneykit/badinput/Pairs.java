package com.buyerjourneykit.badinput;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Copies of a body's key/value pairs with one thing changed: how each generator breaks a valid body. */
final class Pairs {
    private Pairs() {
    }

    /** A pair whose value may be null (a JSON null is one of the wrong values; Map.entry refuses it). */
    static <V> Map.Entry<String, V> entry(String key, V value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    static <V> List<Map.Entry<String, V>> replaced(List<Map.Entry<String, V>> pairs, int index, V value) {
        List<Map.Entry<String, V>> copy = new ArrayList<>(pairs);
        if (copy.isEmpty()) {
            copy.add(entry("unexpected", value));
        } else {
            copy.set(index, entry(copy.get(index).getKey(), value));
        }
        return copy;
    }

    static <V> List<Map.Entry<String, V>> without(List<Map.Entry<String, V>> pairs, int index) {
        List<Map.Entry<String, V>> copy = new ArrayList<>(pairs);
        if (!copy.isEmpty()) {
            copy.remove(index);
        }
        return copy;
    }

    static <V> List<Map.Entry<String, V>> with(List<Map.Entry<String, V>> pairs, String key, V value) {
        List<Map.Entry<String, V>> copy = new ArrayList<>(pairs);
        copy.add(entry(key, value));
        return copy;
    }
}
