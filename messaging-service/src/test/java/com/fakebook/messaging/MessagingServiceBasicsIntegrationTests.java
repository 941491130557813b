package com.fakebook.messaging;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.ServiceBasicsContract;
import com.fakebook.testsupport.openapi.OpenApiDocumentContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class MessagingServiceBasicsIntegrationTests extends ServiceBasicsContract implements OpenApiDocumentContract {

    @Override
    protected String apiPrefix() {
        return "/api/conversations";
    }

    @Override
    public String openApiDocumentName() {
        return "messaging-service";
    }
}
