package dev.facet.support;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API as the CRM calls it: a bearer token, JSON in, JSON out, the expected status checked. */
public final class CrmApi {

    private final RestTestClient http;
    private final JsonMapper json;
    private final String token;

    public CrmApi(RestTestClient http, JsonMapper json, String token) {
        this.http = http;
        this.json = json;
        this.token = token;
    }

    public JsonNode put(String path, @Nullable String body, int status) {
        return send(HttpMethod.PUT, path, body, status);
    }

    public JsonNode post(String path, String body, int status) {
        return send(HttpMethod.POST, path, body, status);
    }

    public JsonNode get(String path, int status) {
        return send(HttpMethod.GET, path, null, status);
    }

    private JsonNode send(HttpMethod method, String path, @Nullable String body, int status) {
        RestTestClient.RequestBodySpec request = http.method(method).uri(path);
        request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        byte[] response = request.exchange()
                .expectStatus()
                .isEqualTo(status)
                .expectBody()
                .returnResult()
                .getResponseBody();
        return response == null || response.length == 0 ? json.nullNode() : json.readTree(response);
    }

    /** An account payload; ARR, segment, deployment and pilot flag vary, the rest is plain. */
    public static String account(
            String name,
            String segment,
            boolean publicSector,
            String deploymentType,
            int seats,
            long arr,
            boolean pilot,
            @Nullable String tamUsername) {
        return """
                {"name": "%s", "segment": "%s", "region": "EMEA", "publicSector": %s, "deploymentType": "%s",
                 "productTier": "PREMIUM", "seats": %d, "arr": %d, "originalContractDate": "2026-11-01",
                 "onboardingPilot": %s, "tam": %s}""".formatted(
                        name,
                        segment,
                        publicSector,
                        deploymentType,
                        seats,
                        arr,
                        pilot,
                        tamUsername == null ? "null" : "\"" + tamUsername + "\"");
    }
}
