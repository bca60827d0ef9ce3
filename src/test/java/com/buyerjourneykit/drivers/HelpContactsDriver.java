package com.buyerjourneykit.drivers;

/**
 * The help page (SUP-01, SUP-02): who answers the buyer's questions and when. Facts are named
 * {@code <line>.<fact>}: {@code worldfirst-sea.email}, {@code 1688-hotline.phone},
 * {@code worldfirst-sea.open} (true/false), {@code …days} (MONDAY,…,FRIDAY), {@code …opens},
 * {@code …closes}, {@code …timeZone}, {@code worldfirst-sea.replyWithinWorkingDays}.
 */
public interface HelpContactsDriver {

    /** Outcome help-contacts, as of now. */
    Answer helpContacts();

    /** Outcome help-contacts as of {@code moment} (ISO-8601 with offset); or invalid-field naming {@code at}. */
    Answer helpContactsAt(String moment);
}
