package com.buyerjourneykit.simulator.worldfirst;

import com.buyerjourneykit.simulator.control.InvalidControlField;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A control field naming one constant of an enum ({@code when}: AFTER_… or BEFORE_…); anything else is refused naming them all. */
final class ControlChoice {
    private ControlChoice() {
    }

    static <E extends Enum<E>> E of(String field, Class<E> choices, String text) {
        E[] all = choices.getEnumConstants();
        return Arrays.stream(all).filter(choice -> choice.name().equals(text)).findFirst().orElseThrow(() -> {
            String names = Arrays.stream(all).map(Enum::name).collect(Collectors.joining("-or-"));
            return new InvalidControlField(field, names, field + " must be " + names.replace("-or-", " or "));
        });
    }
}
