package com.fakebook.gateway.routing;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Tells the services who the client is, in {@code Fakebook-Client-Address}: the address the gateway resolved for
 * the request (the socket's, or the one the proxy in front reported: {@code forward-headers-strategy}); a value the
 * client sent is replaced. Spring Cloud Gateway strips {@code X-Forwarded-For} on the way out unless proxies are
 * configured as trusted, so without this auth-service saw every sign-up come from the gateway itself and its
 * per-address limit counted the whole site.
 */
@Component
class ClientAddressRelay implements GlobalFilter, Ordered {

    static final String HEADER = "Fakebook-Client-Address";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        var client = exchange.getRequest().getRemoteAddress();
        var relayed = exchange.getRequest()
                .mutate()
                .headers(headers -> {
                    headers.remove(HEADER);
                    if (client != null) {
                        headers.set(HEADER, client.getHostString());
                    }
                })
                .build();
        return chain.filter(exchange.mutate().request(relayed).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
