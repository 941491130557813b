package com.fakebook.profile;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.ServiceBasicsContract;
import com.fakebook.testsupport.openapi.OpenApiDocumentContract;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class UserProfileServiceBasicsIntegrationTests extends ServiceBasicsContract implements OpenApiDocumentContract {

    @Override
    protected String apiPrefix() {
        return "/api/profiles";
    }

    @Override
    public String openApiDocumentName() {
        return "user-profile-service";
    }
}
