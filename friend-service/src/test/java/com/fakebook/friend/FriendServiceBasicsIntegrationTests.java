package com.fakebook.friend;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.ServiceBasicsContract;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class FriendServiceBasicsIntegrationTests extends ServiceBasicsContract {

    @Value("${local.server.port}")
    int port;

    @Override
    protected int port() {
        return port;
    }

    @Override
    protected String apiPrefix() {
        return "/api/friends";
    }

    @Override
    protected String applicationName() {
        return "friend-service";
    }
}
