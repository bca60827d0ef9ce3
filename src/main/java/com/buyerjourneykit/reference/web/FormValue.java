package com.buyerjourneykit.reference.web;

import com.buyerjourneykit.reference.journey.InvalidInput;

/** One text value of a form or a query string, read as the type a step needs; blank counts as not given. */
record FormValue(String field, String value) {

    Integer integer() {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInput(field, "integer", field + " must be a whole number");
        }
    }
}
