package com.buyerjourneykit.simulator.alipay;

/**
 * One buyer's Alipay personal account: how far registration has got and what each step recorded
 * (null until that step is done). Replaced, never mutated.
 */
record PersonalAccount(AccountStatus status, String alipayUserId, Identity identity, PostalAddress address,
                       PersonalDetails details) {

    static PersonalAccount none(String e164) {
        return new PersonalAccount(AccountStatus.NONE, AlipayUserId.of(e164), null, null, null);
    }

    PersonalAccount reaching(AccountStatus reached) {
        return new PersonalAccount(status.furthest(reached), alipayUserId, identity, address, details);
    }

    PersonalAccount withIdentity(Identity verified) {
        return new PersonalAccount(status, alipayUserId, verified, address, details);
    }

    PersonalAccount withAddress(PostalAddress registered) {
        return new PersonalAccount(status, alipayUserId, identity, registered, details);
    }

    PersonalAccount withDetails(PersonalDetails completed) {
        return new PersonalAccount(status, alipayUserId, identity, address, completed);
    }
}
