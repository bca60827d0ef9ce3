package com.buyerjourneykit.dsl;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A step's form filled with valid defaults, of which a scenario names only what it changes
 * ("documentNumber" = "FAIL12345"); an empty value leaves the field empty. A field the form
 * does not have is a mistake in the scenario, said at once.
 */
final class FormDefaults {
    private final Map<String, String> values;

    private FormDefaults(Map<String, String> defaults) {
        this.values = new LinkedHashMap<>(defaults);
    }

    static FormDefaults defaults(Map<String, String> defaults) {
        return new FormDefaults(defaults);
    }

    FormDefaults with(String field, String value) {
        if (!values.containsKey(field)) {
            throw new IllegalArgumentException("No field '" + field + "' on this form; its fields are " + values.keySet());
        }
        values.put(field, value);
        return this;
    }

    String get(String field) {
        return values.get(field);
    }
}
