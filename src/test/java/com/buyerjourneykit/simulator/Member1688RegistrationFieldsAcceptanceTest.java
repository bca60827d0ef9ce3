package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.Member1688Buyer.newMobile;
import static com.buyerjourneykit.simulator.Member1688RegistrationAcceptanceTest.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REG-02/03 field rules at their boundaries, on a real, running simulator: bad input names its field and rule. */
class Member1688RegistrationFieldsAcceptanceTest {
    private static Member1688Buyer buyer;

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();

    @BeforeAll
    static void start() {
        buyer = new Member1688Buyer(new SimulatorHttp(SIMULATOR.baseUrl()));
    }

    @ParameterizedTest(name = "会员名 \"{0}\" ({1} characters)")
    @CsvSource({
        "abcde,                     5",
        "abcdefghijklmnopqrstuvwxy, 25",
        "张伟李娜王,                 5",
        "张伟李娜王张伟李娜王张伟李娜王张伟李娜王张伟李娜王, 25",
        "𠀀𠀁𠀂𠀃𠀄,                 5",
        "buyer.张伟-01,             11"})
    void acceptsMemberNamesOfFiveToTwentyFiveCharacters(String memberName, int characters) {
        assertThat(memberName.codePointCount(0, memberName.length())).isEqualTo(characters);
        assertThat(register(memberName, Member1688Buyer.PASSWORD).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "会员名 \"{0}\" → {1}")
    @CsvSource({
        "abcd,                       length-5-25",
        "abcdefghijklmnopqrstuvwxyz, length-5-25",
        "张伟李娜,                   length-5-25",
        "张伟李娜王张伟李娜王张伟李娜王张伟李娜王张伟李娜王张, length-5-25",
        "'mei lin',                  no-whitespace",
        "'mei　lin',                 no-whitespace",
        "'   ',                      required"})
    void refusesMemberNamesOutsideTheRules(String memberName, String rule) {
        assertInvalid(register(memberName, Member1688Buyer.PASSWORD), "memberName", rule);
    }

    @Test
    void refusesAnAbsurdlyLongMemberName() {
        assertInvalid(register("x".repeat(10_000), Member1688Buyer.PASSWORD), "memberName", "length-5-25");
    }

    @ParameterizedTest(name = "登录密码 \"{0}\"")
    @ValueSource(strings = {"abc123", "abcdefghij0123456789", "abc!@#", "123!@#", "密码密码12", "Pass word1"})
    void acceptsPasswordsOfSixToTwentyCharactersMixingTwoClasses(String password) {
        assertThat(register(uniqueName(), password).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "登录密码 \"{0}\" → {1}")
    @CsvSource({
        "abc12,                 length-6-20",
        "abcdefghij0123456789x, length-6-20",
        "abcdef,                two-character-classes",
        "123456,                two-character-classes",
        "!@#$%^,                two-character-classes",
        "密码密码密码,           two-character-classes",
        "'abc   ',              two-character-classes"})
    void refusesPasswordsOutsideTheRules(String password, String rule) {
        assertInvalid(register(uniqueName(), password), "password", rule);
    }

    @Test
    void refusesAConfirmationThatDiffersOrIsMissing() {
        Map<String, String> form = buyer.form(uniqueName(), newMobile());
        form.put("confirmPassword", Member1688Buyer.PASSWORD + "x");
        assertInvalid(buyer.register(form), "confirmPassword", "equals-password");
        form.remove("confirmPassword");
        assertInvalid(buyer.register(form), "confirmPassword", "required");
    }

    @ParameterizedTest(name = "{0} = \"{1}\"")
    @CsvSource({
        "agreeTerms,   false",
        "agreeTerms,   yes",
        "agreePrivacy, TRUE",
        "agreePrivacy, 1",
        "agreeAlipay,  false"})
    void refusesRegistrationWithoutEveryConsent(String consent, String value) {
        Map<String, String> form = buyer.form(uniqueName(), newMobile());
        form.put(consent, value);
        assertInvalid(buyer.register(form), consent, "must-be-true");
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"agreeTerms", "agreePrivacy", "agreeAlipay"})
    void treatsAnUntickedConsentAsNotGiven(String consent) {
        Map<String, String> form = buyer.form(uniqueName(), newMobile());
        form.remove(consent);
        assertInvalid(buyer.register(form), consent, "must-be-true");
    }

    @ParameterizedTest(name = "{0} = \"{1}\" → {2}")
    @CsvSource({
        "accountType, company,               one-of",
        "accountType, PERSONAL,              one-of",
        "countryCode, +999,                  known-country-code",
        "countryCode, 60,                    known-country-code",
        "mobile,      2025550123,            mobile-number-for-country",
        "mobile,      12-345-abc,            digits-only",
        "mobile,      123456789012345678901, length-4-20",
        "businessLicence, 9135010000000000000000000000000000000000000000000000000000000000X, max-length-64"})
    void refusesFieldsOfTheWrongShape(String field, String value, String rule) {
        Map<String, String> form = buyer.form(uniqueName(), newMobile());
        form.put(field, value);
        assertInvalid(buyer.register(form), field, rule);
    }

    @ParameterizedTest(name = "without {0}")
    @ValueSource(strings = {"accountType", "memberName", "password", "mobile"})
    void refusesAMissingField(String field) {
        Map<String, String> form = buyer.form(uniqueName(), newMobile());
        form.remove(field);
        assertInvalid(buyer.register(form), field, "required");
    }

    @Test
    void refusesAFieldSentTwice() {
        String[] twice = {"accountType", "personal", "memberName", "first_name", "memberName", "second_name"};
        assertInvalid(buyer.aop().call(Member1688Buyer.REGISTER, twice), "memberName", "single-value");
    }

    private static SimulatorHttp.Reply register(String memberName, String password) {
        Map<String, String> form = buyer.form(memberName, newMobile());
        form.put("password", password);
        form.put("confirmPassword", password);
        return buyer.register(form);
    }

    private static String uniqueName() {
        return "field_rule_" + newMobile();
    }
}
