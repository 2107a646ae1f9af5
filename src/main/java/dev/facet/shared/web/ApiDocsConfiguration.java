package dev.facet.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Objects;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs and drawn at /swagger-ui/index.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI facetOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Facet API")
                        .version("v1")
                        .description("The CRM's door into Facet. Authenticate with 'Authorization: Bearer <api token>';"
                                + " errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(
                                "apiToken",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")));
    }

    /** Every POST, PUT and PATCH of the API takes an optional key (see {@link IdempotencyFilter}). */
    @Bean
    OpenApiCustomizer idempotencyKeyHeader() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> {
                if (path.startsWith("/api/")) {
                    Stream.of(item.getPost(), item.getPut(), item.getPatch())
                            .filter(Objects::nonNull)
                            .forEach(ApiDocsConfiguration::addIdempotencyKey);
                }
            });
        };
    }

    private static void addIdempotencyKey(Operation operation) {
        boolean present = operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(p -> IdempotencyFilter.KEY_HEADER.equalsIgnoreCase(p.getName()));
        if (!present) {
            operation.addParametersItem(new HeaderParameter()
                    .name(IdempotencyFilter.KEY_HEADER)
                    .required(false)
                    .description("Makes a retry safe: a repeat with the same key, method, path and body within"
                            + " 24 hours gets the first answer again, marked 'Idempotent-Replayed: true'."
                            + " The same key on another request: 422; while the first still runs: 409.")
                    .schema(new StringSchema().minLength(1).maxLength(255).pattern("^[\\x20-\\x7E]+$")));
        }
    }
}
