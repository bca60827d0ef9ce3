package com.buyerjourneykit.drivers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The fields a buyer fills in on one step, by their REST names, in the form's order; a field left empty is absent. */
public interface FormInput {

    Map<String, String> fields();

    /** The fields that are ticks (true/false): JSON carries them as booleans, a page as checkboxes. */
    default Set<String> flags() {
        return Set.of();
    }

    /** A tick as a form shows it: "true", "false", or absent. */
    static String tick(Boolean ticked) {
        return ticked == null ? null : ticked.toString();
    }

    /** Only what the buyer typed: {@code null} and blank values are left out, as an empty form field is. */
    static Map<String, String> typed(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            String value = namesAndValues[index + 1];
            if (value != null && !value.isEmpty()) {
                fields.put(namesAndValues[index], value);
            }
        }
        return fields;
    }
}
