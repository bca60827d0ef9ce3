package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.SelfBilledInvoiceUbl.entry;
import static com.buyerjourneykit.simulator.SelfBilledInvoiceUbl.submission;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad submissions: refused whole (BadStructure and friends, nothing stored) or per document (DS30x). */
class MyInvoisSubmissionInputAcceptanceTest {
    private static final String HASH = "a".repeat(64);

    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();
    private MyInvoisHttp myInvois;

    @BeforeEach
    void freshSimulator() {
        myInvois = MyInvoisHttp.afterReset(SIMULATOR.baseUrl()).login();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not JSON|nonsense|body",
        "two objects|{\"documents\":[]} {}|body",
        "repeated key|{\"documents\":[],\"documents\":[]}|documents",
        "no documents|{}|documents",
        "empty list|{\"documents\":[]}|documents",
        "unknown key|{\"documents\":[],\"extra\":1}|extra",
        "entry no object|{\"documents\":[1]}|documents[0]",
        "unknown format|{\"documents\":[{\"format\":\"PDF\",\"document\":\"e30=\",\"documentHash\":\"HASH\",\"codeNumber\":\"A\"}]}|documents[0].format",
        "short hash|{\"documents\":[{\"format\":\"JSON\",\"document\":\"e30=\",\"documentHash\":\"abc\",\"codeNumber\":\"A\"}]}|documents[0].documentHash",
        "no code number|{\"documents\":[{\"format\":\"JSON\",\"document\":\"e30=\",\"documentHash\":\"HASH\"}]}|documents[0].codeNumber",
        "hash as number|{\"documents\":[{\"format\":\"JSON\",\"document\":\"e30=\",\"documentHash\":12,\"codeNumber\":\"A\"}]}|documents[0].documentHash"})
    void aBrokenBodyIsBadStructureAndStoresNothing(String what, String body, String target) {
        MyInvoisHttp.Answer refused = myInvois.submit(body.replace("HASH", HASH));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("BadStructure");
        assertThat(refused.body().path("error").path("target").asText()).isEqualTo(target);
        assertThat(submissions()).isEmpty();
    }

    @Test
    void mixedFormatsAndRepeatedCodeNumbersAreBadStructure() {
        byte[] xml = SelfBilledInvoiceXml.of("INV-M", "009").getBytes(StandardCharsets.UTF_8);
        assertThat(target(myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-J").entry("A"), entry("XML", xml, "B")))))
                .isEqualTo("format");
        assertThat(target(myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-1").entry("A"), SelfBilledInvoiceUbl.of("INV-2").entry("A")))))
                .isEqualTo("codeNumber");
    }

    @Test
    void moreThanAHundredDocumentsExceedTheMaximum() {
        String tiny = "{\"format\":\"JSON\",\"document\":\"e30=\",\"documentHash\":\"" + HASH + "\",\"codeNumber\":\"N\"}";
        String[] entries = new String[101];
        for (int index = 0; index < entries.length; index++) {
            entries[index] = tiny.replace("\"N\"", "\"N" + index + "\"");
        }
        MyInvoisHttp.Answer refused = myInvois.submit(submission(entries));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("MaximumSizeExceeded");
    }

    @Test
    void aBodyOver64KiBIs413InMyInvoisShape() {
        MyInvoisHttp.Answer refused = myInvois.submit("{\"documents\":[],\"padding\":\"" + "x".repeat(64 * 1024) + "\"}");
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("MaximumSizeExceeded");
        assertThat(refused.body().path("error").path("details").get(0).path("code").asText()).isEqualTo("max-size-65536");
    }

    @Test
    void aSubmissionNotInJsonIs415() {
        MyInvoisHttp.Answer refused = myInvois.submit("<documents/>", "application/xml");
        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("UnsupportedMediaType");
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "not base64|JSON|!!!|DS301",
        "not JSON|JSON|bm90IGpzb24=|DS302",
        "no Invoice|JSON|e30=|DS302",
        "XML with a DOCTYPE|XML|PD94bWwgdmVyc2lvbj0iMS4wIj8+PCFET0NUWVBFIHg+PEludm9pY2UvPg==|DS302"})
    void anUnreadableDocumentIsRejectedAlone(String what, String format, String base64, String code) {
        String hash = SelfBilledInvoiceUbl.sha256(base64Bytes(base64));
        String body = "{\"documents\":[{\"format\":\"" + format + "\",\"document\":\"" + base64 + "\",\"documentHash\":\""
                + hash + "\",\"codeNumber\":\"BAD\"}]}";
        MyInvoisHttp.Answer answer = myInvois.submit(body);
        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.body().path("rejectedDocuments").get(0).path("error").path("details").get(0).path("code").asText())
                .isEqualTo(code);
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRejected() {
        String good = SelfBilledInvoiceUbl.of("INV-H").entry("H");
        JsonNode body = myInvois.submit(submission(good.replaceAll("\"documentHash\":\"[0-9a-f]+\"", "\"documentHash\":\"" + HASH + "\"")))
                .body();
        assertThat(body.path("rejectedDocuments").get(0).path("error").path("details").get(0).path("code").asText()).isEqualTo("DS303");
    }

    private static byte[] base64Bytes(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return base64.getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static String target(MyInvoisHttp.Answer answer) {
        assertThat(answer.status()).isEqualTo(400);
        return answer.body().path("error").path("target").asText();
    }

    private JsonNode submissions() {
        return myInvois.control("GET", "/myinvois/submissions", "").body().path("submissions");
    }
}
