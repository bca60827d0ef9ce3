package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.catalogue.ChosenRule;
import java.util.List;

/** The rules the seeds leave open for section 1 (Alipay personal account), and what we chose, for the generated catalogue. */
public final class AlipayAccountChoices {
    private AlipayAccountChoices() {
    }

    public static List<ChosenRule> choices() {
        return List.of(
                new ChosenRule("Phone numbers",
                        "Country calling code + national number, valid **mobile** number for that code (libphonenumber); "
                        + "stored as E.164",
                        "ALI-02"),
                new ChosenRule("Identity document",
                        "`documentType` `PASSPORT` or `NATIONAL_ID`; `documentNumber` 5–20 capitals A–Z or digits; "
                        + "`fullName` 1–100 characters (code points); `nationality` ISO 3166-1 alpha-2 in capitals; "
                        + "`dateOfBirth` `YYYY-MM-DD`, at least " + IdentityDocument.ADULT_AGE + " years old. The app checks age by its own clock first; "
                        + "Alipay (the simulator's virtual clock, which starts on 2026-01-05) has the last word, and its "
                        + "refusal reaches the buyer as the same field and rule (`dateOfBirth` / `adult`). A document "
                        + "number starting `FAIL` is one the Verification Center cannot verify (422 "
                        + "`identity-verification-failed`)",
                        "ALI-04"),
                new ChosenRule("Address",
                        "`country` alpha-2; `region`, `city` 1–60 characters; `addressLine` 1–200; `postalCode` optional,"
                        + " at most 12 letters, digits, spaces or dashes",
                        "ALI-05"),
                new ChosenRule("Personal details",
                        "`occupation` 1–60 characters; `email` optional (`local@domain.tld`, at most 254 characters)",
                        "ALI-06"));
    }
}
