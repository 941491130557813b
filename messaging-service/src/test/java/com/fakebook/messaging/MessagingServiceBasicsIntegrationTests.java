package com.fakebook.messaging;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.ServiceBasicsContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class MessagingServiceBasicsIntegrationTests extends ServiceBasicsContract {

    @Override
    protected String apiPrefix() {
        return "/api/conversations";
    }
}
