package com.fakebook.profile.images;

import static com.fakebook.profile.images.TestImages.dimensions;
import static com.fakebook.profile.images.TestImages.png;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.awt.Color;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;
import tools.jackson.databind.JsonNode;

/**
 * The production image store, chosen by configuration ({@code fakebook.images.store=s3}), against a real
 * S3-compatible server (S3Mock, run as a process): uploads land in the bucket, are served from it, and leave it
 * when replaced or when their owner goes; a store that cannot be reached is a 503.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "fakebook.images.store=s3",
            "fakebook.images.s3.bucket=" + S3MockServer.BUCKET,
            "fakebook.images.s3.path-style=true",
            "fakebook.images.s3.access-key=test-access-key",
            "fakebook.images.s3.secret-key=test-secret-key"
        })
@LocalServers
class S3ImageStoreIntegrationTests {

    static KeycloakTestUsers users;

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add(
                "fakebook.images.s3.endpoint",
                () -> S3MockServer.shared().endpoint().toString());
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient db;

    @Autowired
    ImageStore store;

    @Autowired
    S3Client s3;

    @Autowired
    ProfileImages images;

    RestTestClient client;

    ImagesApi api;

    @BeforeAll
    static void connect() {
        users = KeycloakTestUsers.connect();
    }

    @AfterAll
    static void disconnect() {
        users.close();
    }

    @BeforeEach
    void client() {
        api = new ImagesApi(port, db, users);
        client = api.client();
    }

    @Test
    void anAvatarIsKeptInTheBucketAndServedFromIt() {
        assertThat(store).isInstanceOf(S3ImageStore.class);
        var person = api.personWithProfile();

        var avatar = api.avatarOf(api.upload(person, "avatar", png(900, 600, Color.ORANGE), "photo.png"));

        var objects = objectsUnder("avatars/" + person.user().id() + "/");
        assertThat(objects).hasSize(3);
        var large = avatar.path("large").asString();
        var key = large.substring("/api/profiles/images/".length());
        var head = s3.headObject(request -> request.bucket(S3MockServer.BUCKET).key(key));
        assertThat(head.contentType()).isEqualTo("image/jpeg");
        assertThat(head.cacheControl()).contains("max-age=31536000").contains("immutable");
        var served = api.fetch(person, large);
        assertThat(dimensions(served)).isEqualTo("512x512");
        assertThat(served)
                .isEqualTo(s3.getObjectAsBytes(
                                request -> request.bucket(S3MockServer.BUCKET).key(key))
                        .asByteArray());
    }

    @Test
    void aReplacedAvatarLeavesTheBucket() {
        var person = api.personWithProfile();
        var first = api.avatarOf(api.upload(person, "avatar", png(300, 300, Color.RED), "red.png"));

        var second = api.avatarOf(api.upload(person, "avatar", png(300, 300, Color.BLUE), "blue.png"));

        assertThat(objectsUnder("avatars/" + person.user().id() + "/"))
                .hasSize(3)
                .allSatisfy(key -> assertThat(key).contains(hashOf(second)))
                .noneSatisfy(key -> assertThat(key).contains(hashOf(first)));
        client.get()
                .uri(first.path("large").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void everyImageOfAPersonWhoLeftIsRemovedAndNoOneElses() {
        var leaving = UUID.randomUUID();
        var staying = UUID.randomUUID();
        images.store(leaving, ImageKind.AVATAR, png(200, 200, Color.GREEN));
        images.store(leaving, ImageKind.COVER, png(2000, 800, Color.GREEN));
        images.store(staying, ImageKind.AVATAR, png(200, 200, Color.GRAY));

        images.removeAll(leaving);

        assertThat(objectsUnder("avatars/" + leaving + "/")).isEmpty();
        assertThat(objectsUnder("covers/" + leaving + "/")).isEmpty();
        assertThat(objectsUnder("avatars/" + staying + "/")).hasSize(3);
    }

    @Test
    void anImageNotInTheBucketIsNotFound() {
        var person = api.personWithProfile();

        client.get()
                .uri("/api/profiles/images/avatars/" + person.user().id() + "/0123456789abcdef-512.jpg")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void aStoreThatCannotBeReachedIsUnavailable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var unreachable = S3Client.builder()
                .endpointOverride(URI.create("http://127.0.0.1:" + closedPort))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
                .build()) {
            var down = new S3ImageStore(unreachable, S3MockServer.BUCKET);
            var key = ImageKind.AVATAR.keyOf(UUID.randomUUID(), "0123456789abcdef", 40);

            assertThatExceptionOfType(ImageStoreUnavailable.class)
                    .isThrownBy(() -> down.put(key, new byte[] {1, 2, 3}))
                    .satisfies(refused -> {
                        assertThat(refused.getStatusCode().value()).isEqualTo(503);
                        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER))
                                .isNotNull();
                    });
            assertThatExceptionOfType(ImageStoreUnavailable.class).isThrownBy(() -> down.get(key));
        }
    }

    private List<String> objectsUnder(String prefix) {
        return s3
                .listObjectsV2Paginator(
                        request -> request.bucket(S3MockServer.BUCKET).prefix(prefix))
                .contents()
                .stream()
                .map(S3Object::key)
                .toList();
    }

    private static String hashOf(JsonNode avatar) {
        return avatar.path("large").asString().replaceAll(".*/([0-9a-f]{16})-512\\.jpg$", "$1");
    }
}
