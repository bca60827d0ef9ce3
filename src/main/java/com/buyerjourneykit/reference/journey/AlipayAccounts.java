package com.buyerjourneykit.reference.journey;

import com.buyerjourneykit.phone.MobileNumber;

/** What the journey needs from Alipay to open a personal account; implemented in providers. */
public interface AlipayAccounts {

    CodeRequest sendRegistrationCode(MobileNumber mobile);

    CodeCheck checkRegistrationCode(MobileNumber mobile, String code);
}
