package com.buyerjourneykit.reference.sections.alipayaccount;

import com.buyerjourneykit.phone.MobileNumber;

/** What the journey needs from Alipay to open a personal account; implemented in providers. */
public interface AlipayAccounts {

    CodeRequest sendRegistrationCode(MobileNumber mobile);

    CodeCheck checkRegistrationCode(MobileNumber mobile, String code);

    /** The Verification Center checks the buyer's identity document (ALI-04). */
    AccountStep verifyIdentity(MobileNumber mobile, IdentityDocument document);

    /** "Register location and address" (ALI-05). */
    AccountStep registerAddress(MobileNumber mobile, HomeAddress address);

    /** "Complete Personal Details" (ALI-06): the last step; the account is then complete. */
    AccountStep completePersonalDetails(MobileNumber mobile, PersonalDetails details);
}
