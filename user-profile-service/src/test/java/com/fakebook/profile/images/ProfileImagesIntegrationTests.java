package com.fakebook.profile.images;

import static com.fakebook.profile.images.TestImages.dimensions;
import static com.fakebook.profile.images.TestImages.encode;
import static com.fakebook.profile.images.TestImages.fixture;
import static com.fakebook.profile.images.TestImages.named;
import static com.fakebook.profile.images.TestImages.png;
import static org.assertj.core.api.Assertions.assertThat;

import com.fakebook.events.profile.ProfileEvent;
import com.fakebook.profile.images.ImagesApi.Person;
import com.fakebook.testsupport.LocalServers;
import com.fakebook.testsupport.kafka.TopicWatcher;
import com.fakebook.testsupport.keycloak.KeycloakTestUsers;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Avatars and covers against the running service and its file store: what comes out is a clean JPEG of the right
 * size whatever went in, and what is not an image, too big or a bomb is refused with nothing stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@LocalServers
class ProfileImagesIntegrationTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    static KeycloakTestUsers users;

    @Value("${local.server.port}")
    int port;

    @Autowired
    JdbcClient db;

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
    void anAvatarIsKeptInThreeSquareSizesServedForAYear() {
        var person = api.personWithProfile();

        var profile = api.upload(person, "avatar", png(1200, 800, Color.ORANGE), "me.png")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        var avatar = ImagesApi.JSON.readTree(profile).path("avatar");
        assertThat(dimensions(api.fetch(person, avatar.path("small").asString())))
                .isEqualTo("40x40");
        assertThat(dimensions(api.fetch(person, avatar.path("medium").asString())))
                .isEqualTo("160x160");
        client.get()
                .uri(avatar.path("large").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType(MediaType.IMAGE_JPEG)
                .expectHeader()
                .value(
                        HttpHeaders.CACHE_CONTROL,
                        value -> assertThat(value).contains("max-age=31536000").contains("immutable"));
    }

    @Test
    void aRenameIsPublishedWithTheAvatarStillShown() {
        var person = api.personWithProfile();
        var medium = api.avatarOf(api.upload(person, "avatar", png(300, 300, Color.GREEN), "me.png"))
                .path("medium")
                .asString();
        var etag = client.get()
                .uri("/api/profiles/me")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .exchange()
                .returnResult(String.class)
                .getResponseHeaders()
                .getETag();

        try (var profileEvents = TopicWatcher.watch(ProfileEvent.TOPIC)) {
            client.patch()
                    .uri("/api/profiles/me")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                    .header(HttpHeaders.IF_MATCH, etag)
                    .contentType(MediaType.valueOf("application/merge-patch+json"))
                    .body("{\"displayName\": \"Renamed Tester\"}")
                    .exchange()
                    .expectStatus()
                    .isOk();

            var renamed = ImagesApi.JSON.readTree(profileEvents
                    .await(
                            record -> ImagesApi.JSON
                                    .readTree(record.value())
                                    .path("displayName")
                                    .asString()
                                    .equals("Renamed Tester"),
                            PATIENCE)
                    .value());
            assertThat(renamed.path("accountId").asString())
                    .isEqualTo(person.user().id().toString());
            assertThat(renamed.path("avatarUrl").asString())
                    .as("a rename says the avatar as it is, not none")
                    .isEqualTo(medium);
        }
    }

    @Test
    void aCoverIsCroppedToTheBannerShape() {
        var person = api.personWithProfile();

        var profile = ImagesApi.JSON.readTree(api.upload(person, "cover", png(3000, 3000, Color.BLUE), "cover.png")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody());

        assertThat(dimensions(api.fetch(person, profile.path("cover").asString())))
                .isEqualTo("1640x624");
    }

    @Test
    void aWebPPhotoBecomesAJpegAvatar() {
        var person = api.personWithProfile();

        var avatar = api.avatarOf(api.upload(person, "avatar", fixture("photo.webp"), "photo.webp"));

        assertThat(dimensions(api.fetch(person, avatar.path("large").asString())))
                .isEqualTo("512x512");
    }

    @Test
    void aWebPDecompressionBombIsRefused() {
        var person = api.personWithProfile();

        api.upload(person, "cover", fixture("bomb.webp"), "bomb.webp")
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:image-too-large");

        assertThat(db.sql("select cover_hash from profiles where id = ?")
                        .param(person.user().id())
                        .query(String.class)
                        .optional())
                .isEmpty();
    }

    @Test
    void locationAndOtherMetadataAreStripped() {
        var person = api.personWithProfile();
        var photo = withExif(jpeg(800, 600), "GPSLatitude=41.1579;GPSLongitude=-8.6291;Camera=Phone");

        var avatar = api.avatarOf(api.upload(person, "avatar", photo, "photo.jpg"));

        var stored = new String(api.fetch(person, avatar.path("large").asString()), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("Exif").doesNotContain("GPSLatitude");
    }

    @Test
    void aScriptAppendedToAnImageDoesNotSurvive() {
        var person = api.personWithProfile();
        var polyglot = concat(png(300, 300, Color.GREEN), "<script>alert(document.cookie)</script>".getBytes());

        var avatar = api.avatarOf(api.upload(person, "avatar", polyglot, "cute.png"));

        var stored = new String(api.fetch(person, avatar.path("large").asString()), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("<script");
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItsNameAndNothingIsStored() {
        var person = api.personWithProfile();

        api.upload(person, "avatar", "just some text, not a picture".getBytes(), "photo.jpg")
                .expectStatus()
                .isEqualTo(415)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);

        assertThat(avatarHashOf(person)).isNull();
    }

    @Test
    void aFileOverTenMebibytesIsRefused() {
        var person = api.personWithProfile();

        api.upload(person, "avatar", concat(png(10, 10, Color.RED), new byte[11 * 1024 * 1024]), "huge.png")
                .expectStatus()
                .isEqualTo(413);

        assertThat(avatarHashOf(person)).isNull();
    }

    @Test
    void aDecompressionBombIsRefusedBeforeItIsDecoded() {
        var person = api.personWithProfile();
        var bomb = new BufferedImage(8000, 6000, BufferedImage.TYPE_BYTE_BINARY);

        api.upload(person, "avatar", encode(bomb, "png"), "bomb.png")
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("urn:problem-type:fakebook:image-too-large");

        assertThat(avatarHashOf(person)).isNull();
    }

    @Test
    void aReplacedAvatarsFilesAreRemoved() {
        var person = api.personWithProfile();
        var first = api.avatarOf(api.upload(person, "avatar", png(200, 200, Color.RED), "a.png"));

        api.avatarOf(api.upload(person, "avatar", png(200, 200, Color.CYAN), "b.png"));

        client.get()
                .uri(first.path("large").asString())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + person.token())
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void anonymousCallersCanNeitherUploadNorFetch() {
        var person = api.personWithProfile();
        var avatar = api.avatarOf(api.upload(person, "avatar", png(100, 100, Color.PINK), "p.png"));

        client.get()
                .uri(avatar.path("large").asString())
                .exchange()
                .expectStatus()
                .isUnauthorized();
        var form = new LinkedMultiValueMap<String, Object>();
        form.add("file", named(png(100, 100, Color.PINK), "p.png"));
        client.put()
                .uri("/api/profiles/me/avatar")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(form)
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private String avatarHashOf(Person person) {
        return db.sql("select avatar_hash from profiles where id = ?")
                .param(person.user().id())
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private static byte[] jpeg(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        return encode(image, "jpeg");
    }

    /** The JPEG with an EXIF segment (APP1) right after its start marker, as a phone camera writes one. */
    private static byte[] withExif(byte[] jpeg, String metadata) {
        var payload = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), metadata.getBytes());
        var length = payload.length + 2;
        var segment = concat(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length}, payload);
        var result = new byte[jpeg.length + segment.length];
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(segment, 0, result, 2, segment.length);
        System.arraycopy(jpeg, 2, result, 2 + segment.length, jpeg.length - 2);
        return result;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        var result = new byte[first.length + second.length];
        System.arraycopy(first, 0, result, 0, first.length);
        System.arraycopy(second, 0, result, first.length, second.length);
        return result;
    }
}
