package dev.facet.shared.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Puts {@link AsksFirst} in front of every page action, lets controllers take an {@link HtmxRequest},
 * and serves the static files.
 */
@Configuration(proxyBeanMethods = false)
class SharedWebConfiguration implements WebMvcConfigurer {

    /**
     * Static files live under these paths only. Spring Boot's default maps {@code /**} to the static
     * folders, and then every link a page draws ({@code @{/accounts/…}}) is first looked up as a file
     * in the jar by the resource URL filter, a third of a simple page's time; with the property
     * {@code spring.web.resources.add-mappings=false} only these paths are.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ConfirmationInterceptor());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new HtmxRequestArgumentResolver());
    }
}
