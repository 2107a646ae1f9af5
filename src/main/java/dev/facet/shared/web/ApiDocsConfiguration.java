package dev.facet.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
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
}
