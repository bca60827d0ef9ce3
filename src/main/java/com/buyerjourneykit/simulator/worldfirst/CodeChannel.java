package com.buyerjourneykit.simulator.worldfirst;

/** Where a code goes: the mobile (SMS, the default) or the e-mail address ("Change Method"). */
enum CodeChannel {
    MOBILE, EMAIL;

    static CodeChannel read(WorldFirstRequest request) {
        String given = request.optionalText("codeChannel").orElse("MOBILE");
        for (CodeChannel channel : values()) {
            if (channel.name().equals(given)) {
                return channel;
            }
        }
        throw new InvalidField("codeChannel", "MOBILE-or-EMAIL", "codeChannel must be MOBILE or EMAIL");
    }
}
