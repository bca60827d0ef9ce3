package com.buyerjourneykit.dsl;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Per-run e-invoice numbers: a scenario says "INV-0001", MyInvois sees {@code INV-0001-M0A3F9K2},
 * a number no other scenario of the run uses, since MyInvois refuses a duplicate of a document it
 * accepted. The scenario's number stays the beginning ({@code REJECT…} keeps its meaning).
 */
public final class InvoiceNumbers {
    private final Map<String, String> byAlias = new HashMap<>();
    private final MemberNameAliases names;

    public InvoiceNumbers(MemberNameAliases names) {
        this.names = names;
    }

    String of(String alias) {
        return byAlias.computeIfAbsent(alias, unused -> alias + "-" + names.ofLength(8).toUpperCase(Locale.ROOT));
    }
}
