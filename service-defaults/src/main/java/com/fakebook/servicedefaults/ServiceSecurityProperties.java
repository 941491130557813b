package com.fakebook.servicedefaults;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service opens to anonymous callers, beyond its health and metrics endpoints.
 *
 * @param publicPaths Ant-style path patterns any caller may reach without a token (e.g. sign-up)
 */
@ConfigurationProperties("fakebook.security")
public record ServiceSecurityProperties(List<String> publicPaths) {

    public ServiceSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
