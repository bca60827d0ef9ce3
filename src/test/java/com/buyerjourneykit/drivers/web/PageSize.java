package com.buyerjourneykit.drivers.web;

import java.util.Map;

/** A document's size and its window's height, in CSS pixels (fractions included), as the page's script read them. */
record PageSize(Number width, Number height, Number windowHeight) {

    static PageSize of(Map<?, ?> read) {
        return new PageSize((Number) read.get("width"), (Number) read.get("height"), (Number) read.get("window"));
    }

    boolean tallerThanTheWindow() {
        return height.doubleValue() > windowHeight.doubleValue();
    }
}
