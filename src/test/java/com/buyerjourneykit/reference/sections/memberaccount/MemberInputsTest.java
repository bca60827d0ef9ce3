package com.buyerjourneykit.reference.sections.memberaccount;

import com.buyerjourneykit.reference.journey.InvalidInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** REG-03's field rules at their boundaries, before 1688 is ever asked. */
class MemberInputsTest {

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "abcd                       | length-5-25",
        "abcdefghijklmnopqrstuvwxyz | length-5-25",
        "my shop                    | no-whitespace",
        "NULL                       | required"})
    void memberNamesOutsideTheRulesAreRefused(String memberName, String rule) {
        assertRefused(form(memberName, "abc123", "abc123", 300, true), "memberName", rule);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"abcde", "abcdefghijklmnopqrstuvwxy", "张伟李娜王芳"})
    void memberNamesOfFiveToTwentyFiveCharactersAreAccepted(String memberName) {
        assertThat(MemberInputs.registration(form(memberName, "abc123", "abc123", 300, true)).memberName()).isEqualTo(memberName);
    }

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "abc12                 | length-6-20",
        "abcdefghij123456789!x | length-6-20",
        "abcdefgh              | two-character-classes",
        "12345678              | two-character-classes",
        "!@#$%^&*              | two-character-classes"})
    void passwordsOutsideTheRulesAreRefused(String password, String rule) {
        assertRefused(form("shopper", password, password, 300, true), "password", rule);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"abc123", "abcdefghij123456789!", "abcdef!@", "123456!@"})
    void passwordsWithinTheRulesAreAccepted(String password) {
        assertThat(MemberInputs.registration(form("shopper", password, password, 300, true)).password()).isEqualTo(password);
    }

    @ParameterizedTest(name = "[{index}] offset {0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {"NULL | required", "-1 | range-0-300", "301 | range-0-300"})
    void sliderOffsetsOffTheTrackAreRefused(Integer offset, String rule) {
        assertRefused(form("shopper", "abc123", "abc123", offset, true), "sliderOffset", rule);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"agreeTerms", "agreePrivacy", "agreeAlipay"})
    void eachConsentIsNeeded(String consent) {
        RegistrationForm form = new RegistrationForm("personal", "shopper", "abc123", "abc123", "+60", "123456789", 300,
                !consent.equals("agreeTerms"), !consent.equals("agreePrivacy"), !consent.equals("agreeAlipay"), null);
        assertRefused(form, consent, "must-be-true");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"abc124", "ABC123"})
    void aConfirmationThatDiffersIsRefused(String confirmation) {
        assertRefused(form("shopper", "abc123", confirmation, 300, true), "confirmPassword", "equals-password");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"business", "Personal"})
    void onlyPersonalAndEnterpriseAreAccountTypes(String accountType) {
        RegistrationForm form = new RegistrationForm(accountType, "shopper", "abc123", "abc123", "+60", "123456789", 300,
                true, true, true, null);
        assertRefused(form, "accountType", "one-of");
    }

    @Test
    void thePasswordNeverShowsInTheFormsText() {
        String password = "abc123";
        RegistrationForm form = form("shopper", password, password, 300, true);
        assertThat(form.toString()).doesNotContain(password);
        assertThat(MemberInputs.registration(form).toString()).doesNotContain(password);
    }

    private static RegistrationForm form(String memberName, String password, String confirmation, Integer offset,
                                         boolean agreed) {
        return new RegistrationForm("personal", memberName, password, confirmation, "+60", "123456789", offset,
                agreed, agreed, agreed, null);
    }

    private static void assertRefused(RegistrationForm form, String field, String rule) {
        assertThatThrownBy(() -> MemberInputs.registration(form)).isInstanceOfSatisfying(InvalidInput.class,
                invalid -> assertThat(invalid.field() + " / " + invalid.rule()).isEqualTo(field + " / " + rule));
    }
}
