package com.buyerjourneykit.drivers;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fields a buyer fills in on one step, by their REST names, in the form's order; a field left empty is absent. */
public interface FormInput {

    Map<String, String> fields();

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
