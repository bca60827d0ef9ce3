package com.buyerjourneykit.simulator.myinvois;

/**
 * The TINs a document may name as a party: the general TINs, seeded taxpayers, and the taxpayer of
 * every registered client (who logs in as that taxpayer, so MyInvois knows it). Never the magic
 * invalid TIN.
 */
final class KnownTins {
    private final Taxpayers taxpayers;
    private final Clients clients;

    KnownTins(Taxpayers taxpayers, Clients clients) {
        this.taxpayers = taxpayers;
        this.clients = clients;
    }

    boolean contains(String tin) {
        return !MagicValues.INVALID_TIN.equals(tin) && (taxpayers.isKnown(tin) || clients.hasTin(tin));
    }
}
