package com.buyerjourneykit.simulator;

import static com.buyerjourneykit.simulator.SelfBilledInvoiceUbl.entry;
import static com.buyerjourneykit.simulator.SelfBilledInvoiceUbl.submission;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Submit Documents, Get Submission and Get Document Details on a real simulator (INV-02 end to end). */
class MyInvoisSubmissionAcceptanceTest {
    @RegisterExtension
    static final RunningSimulator SIMULATOR = new RunningSimulator();
    private MyInvoisHttp myInvois;

    @BeforeEach
    void freshSimulator() {
        myInvois = MyInvoisHttp.afterReset(SIMULATOR.baseUrl()).login();
    }

    @Test
    void theFaqsSelfBilledInvoiceIsAcceptedAndValid() {
        MyInvoisHttp.Answer submitted = myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-1").entry("ORDER-1")));
        assertThat(submitted.status()).isEqualTo(202);
        String uid = submitted.body().path("submissionUid").asText();
        assertThat(uid).matches("[0-9A-Z]{26}");
        JsonNode accepted = submitted.body().path("acceptedDocuments");
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).path("invoiceCodeNumber").asText()).isEqualTo("ORDER-1");
        assertThat(submitted.body().path("rejectedDocuments")).isEmpty();

        JsonNode status = myInvois.get("/myinvois/api/v1.0/documentsubmissions/" + uid).body();
        assertThat(status.path("overallStatus").asText()).isEqualTo("Valid");
        assertThat(status.path("documentCount").asInt()).isEqualTo(1);
        JsonNode summary = status.path("documentSummary").get(0);
        assertThat(summary.path("uuid").asText()).isEqualTo(accepted.get(0).path("uuid").asText());
        assertThat(summary.path("internalId").asText()).isEqualTo("INV-1");
        assertThat(summary.path("typeName").asText()).isEqualTo("Self-billed Invoice");
        assertThat(summary.path("issuerTin").asText()).isEqualTo(MyInvoisHttp.TIN);
        assertThat(summary.path("receiverId").asText()).isEqualTo("EI00000000030");
        assertThat(summary.path("receiverName").asText()).isEqualTo("义乌市小商品有限公司");
        assertThat(summary.path("totalPayableAmount").decimalValue()).isEqualByComparingTo(new BigDecimal("150.50"));
        assertThat(summary.path("status").asText()).isEqualTo("Valid");
        assertThat(summary.path("longId").asText()).hasSize(40);
    }

    @Test
    void anXmlInvoiceIsAcceptedToo() {
        byte[] xml = SelfBilledInvoiceXml.of("INV-X1", "009").getBytes(StandardCharsets.UTF_8);
        MyInvoisHttp.Answer submitted = myInvois.submit(submission(entry("XML", xml, "ORDER-X1")));
        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.body().path("acceptedDocuments")).hasSize(1);
    }

    @Test
    void anXmlInvoiceWithAFourDigitClassificationIsRejected() {
        byte[] xml = SelfBilledInvoiceXml.of("INV-X2", "0091").getBytes(StandardCharsets.UTF_8);
        JsonNode body = myInvois.submit(submission(entry("XML", xml, "ORDER-X2"))).body();
        assertThat(body.path("rejectedDocuments").get(0).path("error").path("details").get(0).path("code").asText())
                .isEqualTo("CV302");
    }

    @Test
    void documentDetailsShowTheValidationSteps() {
        String uuid = myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-2").entry("ORDER-2")))
                .body().path("acceptedDocuments").get(0).path("uuid").asText();
        JsonNode details = myInvois.get("/myinvois/api/v1.0/documents/" + uuid + "/details").body();
        assertThat(details.path("internalId").asText()).isEqualTo("INV-2");
        assertThat(details.path("validationResults").path("status").asText()).isEqualTo("Valid");
        assertThat(details.path("validationResults").path("validationSteps")).hasSize(5);
        assertThat(myInvois.get("/myinvois/api/v1.0/documents/NOPE/details").status()).isEqualTo(404);
    }

    @Test
    void withAProcessingDelayTheSubmissionIsInProgressUntilTheClockPassesIt() {
        myInvois.control("POST", "/myinvois/processing", "{\"delaySeconds\":30}");
        String uid = myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-3").entry("ORDER-3"))).body().path("submissionUid").asText();
        JsonNode early = myInvois.get("/myinvois/api/v1.0/documentsubmissions/" + uid).body();
        assertThat(early.path("overallStatus").asText()).isEqualTo("InProgress");
        assertThat(early.path("documentSummary").get(0).path("status").asText()).isEqualTo("Submitted");
        assertThat(early.path("documentSummary").get(0).path("longId").isNull()).isTrue();
        myInvois.control("POST", "/clock/advance", "{\"seconds\":30}");
        assertThat(myInvois.get("/myinvois/api/v1.0/documentsubmissions/" + uid).body().path("overallStatus").asText())
                .isEqualTo("Valid");
    }

    @Test
    void theMagicInvoiceNumberIsAlwaysRejectedWhileItsNeighbourIsAccepted() {
        MyInvoisHttp.Answer submitted = myInvois.submit(submission(SelfBilledInvoiceUbl.of("REJECT-1").entry("ORDER-R"),
                SelfBilledInvoiceUbl.of("INV-4").entry("ORDER-4")));
        assertThat(submitted.status()).isEqualTo(202);
        assertThat(submitted.body().path("acceptedDocuments").get(0).path("invoiceCodeNumber").asText()).isEqualTo("ORDER-4");
        JsonNode rejected = submitted.body().path("rejectedDocuments").get(0);
        assertThat(rejected.path("invoiceCodeNumber").asText()).isEqualTo("ORDER-R");
        assertThat(rejected.path("error").path("code").asText()).isEqualTo("ERROR");
        assertThat(rejected.path("error").path("target").asText()).isEqualTo("ORDER-R");
        assertThat(rejected.path("error").path("details").get(0).path("code").asText()).isEqualTo("SIM01");
        JsonNode status = myInvois.get("/myinvois/api/v1.0/documentsubmissions/" + submitted.body().path("submissionUid").asText())
                .body();
        assertThat(status.path("documentCount").asInt()).as("rejected documents are not part of it").isEqualTo(1);
    }

    @Test
    void theSameSubmissionWithinTenMinutesIs422WithRetryAfterAndStoresNothing() {
        String body = submission(SelfBilledInvoiceUbl.of("INV-5").entry("ORDER-5"));
        assertThat(myInvois.submit(body).status()).isEqualTo(202);
        myInvois.control("POST", "/clock/advance", "{\"seconds\":60}");
        MyInvoisHttp.Answer again = myInvois.submit(body);
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.body().path("error").path("code").asText()).isEqualTo("DuplicateSubmission");
        assertThat(again.header("Retry-After")).contains("540");
        assertThat(submissions()).hasSize(1);
    }

    @Test
    void twoIdenticalSubmissionsAtOnceMakeOneSubmission() {
        String body = submission(SelfBilledInvoiceUbl.of("INV-C").entry("ORDER-C"));
        CompletableFuture<MyInvoisHttp.Answer> first = CompletableFuture.supplyAsync(() -> myInvois.submit(body));
        CompletableFuture<MyInvoisHttp.Answer> second = CompletableFuture.supplyAsync(() -> myInvois.submit(body));
        assertThat(List.of(first.join().status(), second.join().status())).containsExactlyInAnyOrder(202, 422);
        assertThat(submissions()).hasSize(1);
    }

    @Test
    void afterTheWindowTheSameDocumentIsRejectedAsADuplicate() {
        String body = submission(SelfBilledInvoiceUbl.of("INV-6").entry("ORDER-6"));
        String uuid = myInvois.submit(body).body().path("acceptedDocuments").get(0).path("uuid").asText();
        myInvois.control("POST", "/clock/advance", "{\"seconds\":600}");
        MyInvoisHttp.Answer again = myInvois.submit(body);
        assertThat(again.status()).isEqualTo(202);
        JsonNode detail = again.body().path("rejectedDocuments").get(0).path("error").path("details").get(0);
        assertThat(detail.path("code").asText()).isEqualTo("DV302");
        assertThat(detail.path("message").asText()).contains(uuid);
    }

    @Test
    void aDocumentIssuedForAnotherBuyerIs403AndStoresNothing() {
        myInvois.control("POST", "/myinvois/taxpayers", "{\"tin\":\"IG98765432101\",\"idType\":\"NRIC\",\"idValue\":\"800101015555\"}");
        SelfBilledInvoiceUbl other = SelfBilledInvoiceUbl.of("INV-7").withIdentification("AccountingCustomerParty", "TIN", "IG98765432101");
        MyInvoisHttp.Answer refused = myInvois.submit(submission(other.entry("ORDER-7")));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("error").path("code").asText()).isEqualTo("IncorrectSubmitter");
        assertThat(submissions()).isEmpty();
    }

    @Test
    void aRegisteredClientsTaxpayerMayIssueWithoutBeingSeeded() {
        myInvois.control("POST", "/myinvois/clients", "{\"clientId\":\"erp-3\",\"clientSecret\":\"another-secret-3\",\"tin\":\"C7000000000\"}");
        MyInvoisHttp erp = new MyInvoisHttp(SIMULATOR.baseUrl()).login("erp-3", "another-secret-3");
        SelfBilledInvoiceUbl invoice = SelfBilledInvoiceUbl.of("INV-E3").withIdentification("AccountingCustomerParty", "TIN", "C7000000000");
        JsonNode body = erp.submit(submission(invoice.entry("E3"))).body();
        assertThat(body.path("acceptedDocuments")).hasSize(1);
        assertThat(body.path("rejectedDocuments")).isEmpty();
    }

    @Test
    void anotherClientCannotReadTheSubmission() {
        String uid = myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-8").entry("ORDER-8"))).body().path("submissionUid").asText();
        myInvois.control("POST", "/myinvois/clients", "{\"clientId\":\"erp-2\",\"clientSecret\":\"another-secret-1\",\"tin\":\"C1234567890\"}");
        MyInvoisHttp other = new MyInvoisHttp(SIMULATOR.baseUrl()).login("erp-2", "another-secret-1");
        assertThat(other.get("/myinvois/api/v1.0/documentsubmissions/" + uid).status()).isEqualTo(404);
    }

    @Test
    void theSubmissionIsPaged() {
        String uid = myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-9").entry("A"), SelfBilledInvoiceUbl.of("INV-10").entry("B")))
                .body().path("submissionUid").asText();
        JsonNode second = myInvois.get("/myinvois/api/v1.0/documentsubmissions/" + uid + "?pageNo=2&pageSize=1").body();
        assertThat(second.path("documentCount").asInt()).isEqualTo(2);
        assertThat(second.path("documentSummary")).hasSize(1);
        assertThat(second.path("documentSummary").get(0).path("internalId").asText()).isEqualTo("INV-10");
        MyInvoisHttp.Answer tooBig = myInvois.get("/myinvois/api/v1.0/documentsubmissions/" + uid + "?pageSize=101");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.body().path("error").path("target").asText()).isEqualTo("pageSize");
    }

    @Test
    void theResetForgetsSubmissions() {
        String uid = myInvois.submit(submission(SelfBilledInvoiceUbl.of("INV-11").entry("C"))).body().path("submissionUid").asText();
        assertThat(myInvois.control("POST", "/reset", "").status()).isEqualTo(204);
        assertThat(submissions()).isEmpty();
        assertThat(myInvois.login().get("/myinvois/api/v1.0/documentsubmissions/" + uid).status()).isEqualTo(404);
    }

    private JsonNode submissions() {
        return myInvois.control("GET", "/myinvois/submissions", "").body().path("submissions");
    }
}
