package com.fakebook.friend;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.ServiceBasicsContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class FriendServiceBasicsIntegrationTests extends ServiceBasicsContract {

    @Override
    protected String apiPrefix() {
        return "/api/friends";
    }
}
