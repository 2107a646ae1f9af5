package dev.facet;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FacetApplication {

    public static void main(String[] args) {
        SpringApplication.run(FacetApplication.class, args);
    }
}
