package org.cityindicators;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A steward's whole flow on the seed budget article: post, list, review, publish, read the figures back. */
@QuarkusTest
class IntakeResourceTest {

    @Inject
    DataSource dataSource;

    @AfterEach
    void clear() {
        Intakes.clear(dataSource);
    }

    @Test
    void stewardDraftsReviewsAndPublishesTheSeedBudgetReport() {
        String document = Intakes.document("seed-budget-report.txt");
        Response posted = Intakes.post(document);
        posted.then().statusCode(201).header("Location", org.hamcrest.Matchers.containsString("/api/v1/intakes/"))
                .body("status", equalTo("draft")).body("area", equalTo(Intakes.AREA)).body("candidateCount", greaterThan(10));
        JsonPath draft = posted.jsonPath();
        long id = draft.getLong("id");
        String text = draft.getString("document");
        List<Map<String, Object>> candidates = draft.getList("candidates");
        for (Map<String, Object> c : candidates) {
            assertEquals(c.get("quote"), text.substring((int) c.get("start"), (int) c.get("end")), c.toString());
        }
        Map<String, Object> revenue = Intakes.candidate(candidates, "budget.general.revenue", "actual", "277.09");
        assertEquals(List.of(Intakes.AREA, "consolidated", "2023", "CNY_100M", "exact"), List.of(revenue.get("area"),
                revenue.get("scope"), revenue.get("period"), revenue.get("unit"), revenue.get("qualifier")));
        Map<String, Object> growth = Intakes.candidate(candidates, "budget.general.revenue", "yoy_growth", "5.4");
        Map<String, Object> expenditure = Intakes.candidate(candidates, "budget.general.expenditure", "actual", "454.51");

        given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes").then().statusCode(200)
                .body("items[0].id", equalTo((int) id)).body("items[0].document", org.hamcrest.Matchers.nullValue())
                .body("items[0].candidateCount", equalTo(candidates.size()));
        given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes/" + id).then().statusCode(200)
                .header("ETag", not(org.hamcrest.Matchers.emptyOrNullString())).body("document", equalTo(text))
                .body("candidates", hasSize(candidates.size()));

        String etag = (String) revenue.get("etag");
        Intakes.patch(id, revenue.get("ordinal"), null, "{\"status\":\"accepted\"}").then().statusCode(428);
        Response accepted = Intakes.patch(id, revenue.get("ordinal"), etag, "{\"status\":\"accepted\"}");
        accepted.then().statusCode(200).body("status", equalTo("accepted")).body("updatedBy", equalTo("erin.editor"));
        Intakes.patch(id, revenue.get("ordinal"), etag, "{\"status\":\"rejected\"}").then().statusCode(412);
        Intakes.patch(id, growth.get("ordinal"), (String) growth.get("etag"), "{\"status\":\"rejected\"}").then().statusCode(200)
                .body("status", equalTo("rejected"));
        Intakes.patch(id, expenditure.get("ordinal"), (String) expenditure.get("etag"), "{\"qualifier\":\"about\",\"value\":454.51}")
                .then().statusCode(200).body("qualifier", equalTo("about")).body("value", equalTo("454.51"))
                .body("edited", contains("qualifier")).body("status", equalTo("proposed"));

        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                .body(Map.of("ordinals", List.of(expenditure.get("ordinal"), growth.get("ordinal"))))
                .when().post("/api/v1/intakes/" + id + "/accept").then().statusCode(200)
                .body("accepted", contains(expenditure.get("ordinal")));

        long before = figures();
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(200)
                .body("accepted", equalTo(2)).body("inserted", equalTo(2)).body("unchanged", equalTo(0))
                .body("status", equalTo("published"));
        assertEquals(before + 2, figures());
        given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes").then().statusCode(200)
                .body("items[0].candidateCount", equalTo(candidates.size())).body("items[0].acceptedCount", equalTo(2));
        given().when().get("/api/v1/observations?indicator=budget.general.revenue,budget.general.expenditure&area="
                        + Intakes.AREA).then().statusCode(200)
                .body("items.value", org.hamcrest.Matchers.containsInAnyOrder(277.09f, 454.51f))
                .body("items.source", everyItem(equalTo(Intakes.SOURCE)))
                .body("items.qualifier", hasItem("about"))
                .body("items.quote", hasItem((String) revenue.get("quote")));
        given().when().get("/api/v1/sources/" + Intakes.SOURCE).then().statusCode(200).body("title", equalTo("测试报告"));

        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(200)
                .body("inserted", equalTo(0)).body("revised", equalTo(0)).body("unchanged", equalTo(2));
        assertEquals(before + 2, figures());

        given().auth().oauth2(JwtTestResource.editor()).queryParam("reason", "posted twice").when()
                .post("/api/v1/intakes/" + id + "/withdraw").then().statusCode(200).body("status", equalTo("withdrawn"));
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(409);
        Intakes.patch(id, growth.get("ordinal"), "*", "{\"status\":\"accepted\"}").then().statusCode(409);

        List<Map<String, Object>> audit = given().auth().oauth2(JwtTestResource.admin()).queryParam("size", 1000)
                .when().get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("items");
        List<String> actions = audit.stream().filter(a -> "intake".equals(a.get("resource")))
                .filter(a -> "erin.editor".equals(a.get("actor")) && a.get("at") != null)
                .map(a -> a.get("action") + " " + a.get("code")).toList();
        for (String expected : List.of("create " + id, "update " + id + "/" + revenue.get("ordinal"), "update " + id,
                "publish " + id, "withdraw " + id)) {
            assertTrue(actions.contains(expected), expected + " in " + actions);
        }
        assertTrue(audit.stream().anyMatch(a -> "source".equals(a.get("resource")) && Intakes.SOURCE.equals(a.get("code"))));
    }

    @Test
    void invalidAcceptedCandidatesAreListedAndNothingIsWritten() {
        JsonPath draft = Intakes.post(Intakes.document("seed-budget-report.txt")).then().statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        List<Map<String, Object>> candidates = draft.getList("candidates");
        Map<String, Object> good = Intakes.candidate(candidates, "budget.general.revenue", "actual", "277.09");
        Map<String, Object> bad = Intakes.candidate(candidates, "budget.general.expenditure", "actual", "454.51");
        Map<String, Object> unplaced = candidates.stream().filter(c -> c.get("indicator") == null).findFirst().orElseThrow();
        Intakes.patch(id, bad.get("ordinal"), (String) bad.get("etag"), "{\"status\":\"accepted\",\"measure\":\"total\"}")
                .then().statusCode(200);
        given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                .body(Map.of("ordinals", List.of(good.get("ordinal"), unplaced.get("ordinal"))))
                .when().post("/api/v1/intakes/" + id + "/accept").then().statusCode(200);
        long before = figures();
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("violations.field", hasItem("candidates[" + bad.get("ordinal") + "].measure"))
                .body("violations.field", hasItem("candidates[" + unplaced.get("ordinal") + "].indicator"))
                .body("violations.field", not(hasItem(startsWith("candidates[" + good.get("ordinal") + "]"))));
        assertEquals(before, figures());
        given().when().get("/api/v1/sources/" + Intakes.SOURCE).then().statusCode(404);
        given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes/" + id).then().body("status", equalTo("draft"));
    }

    @Test
    void acceptingConfidentCandidatesLeavesRejectedOnesAndUnplacedNumbers() {
        JsonPath draft = Intakes.post(Intakes.document("seed-budget-report.txt")).then().statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        List<Map<String, Object>> candidates = draft.getList("candidates");
        Map<String, Object> growth = Intakes.candidate(candidates, "budget.general.revenue", "yoy_growth", "5.4");
        Intakes.patch(id, growth.get("ordinal"), (String) growth.get("etag"), "{\"status\":\"rejected\"}").then().statusCode(200);
        List<Integer> accepted = given().auth().oauth2(JwtTestResource.editor()).contentType("application/json")
                .body(Map.of("minConfidence", 0.9)).when().post("/api/v1/intakes/" + id + "/accept").then().statusCode(200)
                .extract().jsonPath().getList("accepted");
        List<Map<String, Object>> after = given().auth().oauth2(JwtTestResource.editor()).when().get("/api/v1/intakes/" + id)
                .then().statusCode(200).extract().jsonPath().getList("candidates");
        assertFalse(accepted.isEmpty());
        for (Map<String, Object> c : after) {
            boolean confident = c.get("indicator") != null && new java.math.BigDecimal(c.get("confidence").toString()).compareTo(new java.math.BigDecimal("0.9")) >= 0
                    && !c.get("ordinal").equals(growth.get("ordinal"));
            assertEquals(confident, accepted.contains((Integer) c.get("ordinal")), c.toString());
            assertEquals(confident ? "accepted" : c.get("ordinal").equals(growth.get("ordinal")) ? "rejected" : "proposed",
                    c.get("status"), c.toString());
        }
    }

    @Test
    void republishingAnEditedFigureAddsAVersionWithItsReason() {
        JsonPath draft = Intakes.post(Intakes.document("seed-budget-report.txt")).then().statusCode(201).extract().jsonPath();
        long id = draft.getLong("id");
        Map<String, Object> revenue = Intakes.candidate(draft.getList("candidates"), "budget.general.revenue", "actual", "277.09");
        String etag = Intakes.patch(id, revenue.get("ordinal"), (String) revenue.get("etag"), "{\"status\":\"accepted\"}")
                .then().statusCode(200).extract().jsonPath().getString("etag");
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(200)
                .body("inserted", equalTo(1));
        Intakes.patch(id, revenue.get("ordinal"), etag, "{\"value\":\"277.10\"}").then().statusCode(200)
                .body("edited", contains("value"));
        given().auth().oauth2(JwtTestResource.editor()).when().post("/api/v1/intakes/" + id + "/publish").then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        given().auth().oauth2(JwtTestResource.editor()).queryParam("reason", "typo in the draft").when()
                .post("/api/v1/intakes/" + id + "/publish").then().statusCode(200).body("revised", equalTo(1))
                .body("inserted", equalTo(0));
        long figure = given().when().get("/api/v1/observations?indicator=budget.general.revenue&measure=actual&area="
                + Intakes.AREA).then().statusCode(200).body("items.value", contains(277.10f)).extract().jsonPath()
                .getLong("items[0].id");
        given().when().get("/api/v1/observations/" + figure + "/history").then().statusCode(200)
                .body("reason", hasItem("typo in the draft"));
    }

    @Test
    void aReportOfAHundredThousandCharactersIsDraftedAndStoredWhole() {
        String seed = Intakes.document("seed-budget-report.txt");
        StringBuilder report = new StringBuilder();
        while (report.length() < 100_000) {
            report.append(seed).append('\n');
        }
        long started = System.nanoTime();
        JsonPath draft = Intakes.post(report.toString()).then().statusCode(201).extract().jsonPath();
        System.out.printf("POST /api/v1/intakes of %,d characters: %d candidates drafted and stored in %d ms%n",
                report.length(), draft.getInt("candidateCount"), (System.nanoTime() - started) / 1_000_000);
        String text = draft.getString("document");
        List<Map<String, Object>> candidates = draft.getList("candidates");
        assertEquals(draft.getInt("candidateCount"), candidates.size());
        for (Map<String, Object> c : candidates) {
            assertEquals(c.get("quote"), text.substring((int) c.get("start"), (int) c.get("end")));
        }
    }

    @Test
    void aDocumentWithoutFiguresGivesAnEmptyDraft() {
        Intakes.post("这是一份没有任何数字的说明。\n只有文字。").then().statusCode(201).body("candidateCount", equalTo(0))
                .body("candidates", hasSize(0));
    }

    @Test
    void htmlIsReadAsTextAndScriptsAreDropped() {
        String html = "<html><head><script>alert('x')</script></head><body><p>2023年全市一般公共预算收入完成277.09亿元。</p>"
                + "<script>document.title='pwned'</script></body></html>";
        Intakes.post("text/html; charset=utf-8", html.getBytes(java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(201)
                .body("contentType", equalTo("text/html")).body("document", not(org.hamcrest.Matchers.containsString("<")))
                .body("document", not(org.hamcrest.Matchers.containsString("alert")))
                .body("candidates.value", contains("277.09"));
    }

    private long figures() {
        return given().when().get("/api/v1/observations?size=1").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
