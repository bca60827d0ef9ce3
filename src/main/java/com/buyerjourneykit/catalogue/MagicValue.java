package com.buyerjourneykit.catalogue;

/**
 * An input that picks an outcome without any switch in the request, as Stripe's and Twilio's test
 * values do. Built from the constant the code checks, so the documentation cannot drift from it.
 *
 * @param value   the input as a tester types it, e.g. {@code mobiles +60 19-000 NNN9}
 * @param where   which provider call or screen honours it
 * @param outcome what happens instead of the usual answer
 */
public record MagicValue(String value, String where, String outcome) {
}
