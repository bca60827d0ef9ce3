package com.buyerjourneykit.reference.sections.memberaccount;

/** What 1688 said to 支付宝账户管理 → 现在去认证: the status it now shows (已绑定已认证), or why not. */
public record AlipayVerification(Result result, String status) {

    /** Each result's identifier is what the REST API and the pages report. */
    public enum Result {
        BOUND_AND_VERIFIED("bound-and-verified"),
        ALIPAY_ACCOUNT_NOT_VERIFIED("alipay-account-not-verified"),
        MEMBER_UNKNOWN("member-unknown");

        private final String id;

        Result(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public static AlipayVerification boundAndVerified(String status) {
        return new AlipayVerification(Result.BOUND_AND_VERIFIED, status);
    }

    public static AlipayVerification refused(Result result) {
        return new AlipayVerification(result, "");
    }

    public boolean isBoundAndVerified() {
        return result == Result.BOUND_AND_VERIFIED;
    }
}
