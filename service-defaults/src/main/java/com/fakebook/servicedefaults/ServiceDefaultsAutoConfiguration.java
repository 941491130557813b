package com.fakebook.servicedefaults;

import static org.springframework.security.config.Customizer.withDefaults;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.time.Clock;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Every API call carries a Keycloak access token (the gateway relays the user's); the acting user is its
 * {@code sub}. Health and metrics are open on the service port, which only the gateway and operators reach.
 * No sessions and no CSRF here: the gateway guards the browser's cookie session. The OpenAPI document
 * ({@code /v3/api-docs}) is open on the service port too: the web client's types are generated from it.
 */
@AutoConfiguration(
        before = {
            ServletWebSecurityAutoConfiguration.class,
            ManagementWebSecurityAutoConfiguration.class,
            WebMvcAutoConfiguration.class
        })
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class ServiceDefaultsAutoConfiguration {

    // The caller's token (an @AuthenticationPrincipal Jwt) is no parameter of any operation. Registered when the
    // class loads, before springdoc's beans exist, so the document never depends on the order beans are made in.
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Jwt.class);
    }

    @Bean
    SecurityFilterChain apiSecurity(
            HttpSecurity http, ServiceSecurityProperties properties, SecurityProblemHandler problems) {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/actuator/health/**", "/actuator/prometheus", "/actuator/info", "/v3/api-docs")
                        .permitAll()
                        .requestMatchers(properties.publicPaths().toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(withDefaults())
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .build();
    }

    /**
     * The document names the service and is served from the gateway's origin ({@code /}), not from the address a
     * caller happened to use, so it is the same on every machine and port. The caller's token is no parameter
     * (a page's cursor and size are: {@code PageQuery} is a {@code @ParameterObject}).
     */
    @Bean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String applicationName) {
        return new OpenAPI()
                .info(new Info().title(applicationName).version("v1"))
                .addServersItem(new Server().url("/"));
    }

    /**
     * Each access token is checked once and kept until it expires ({@link VerifiedTokens}), up to
     * {@code fakebook.security.verified-tokens} of them (2,000: a few KiB each). Wraps the decoder Boot makes from
     * the issuer, so its checks (signature, issuer, audience, times) are the ones that decide.
     */
    @Bean
    static BeanPostProcessor verifiedTokens(Environment environment) {
        var capacity = environment.getProperty("fakebook.security.verified-tokens", Long.class, 2_000L);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokens)
                        ? new VerifiedTokens(decoder, capacity, Clock.systemUTC())
                        : bean;
            }
        };
    }

    @Bean
    SecurityProblemHandler securityProblemHandler(
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return new SecurityProblemHandler(resolver);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }
}
