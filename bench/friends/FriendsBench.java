import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * bench/friends' load, run by bench/friends/run with the friend-service jar's libraries on the class path (JDBC,
 * Kafka client, Jackson): no build needed. Straight to a friend-service instance (no gateway), with real Keycloak
 * access tokens:
 * <ol>
 *   <li>makes {@code users} people in Keycloak and gives each, in the service's database, the friends of a
 *       generated person chosen at random (so their degrees are the graph's), and {@code requests} pending requests
 *       from generated people; queues their suggestion lists and times the worker computing them;</li>
 *   <li>logs each in (authorization code with PKCE, the gateway's client, as the gateway does) for an access
 *       token;</li>
 *   <li>runs each phase: {@code users} virtual users at once, each calling, thinking (uniform, half to one and a
 *       half times {@code thinkMillis}), calling again; {@code warmUp} seconds uncounted, then {@code seconds}
 *       measured. Phases: {@code friends} (GET /api/friends, first page), {@code suggestions}
 *       (GET /api/friends/suggestions), {@code accept} (POST /api/friends/requests/{id}/accept, each user through
 *       their pending requests, while a consumer reads fakebook.friendship.v1 and times each FriendRequestAccepted
 *       from the start of its accept call to the moment the consumer has it);</li>
 *   <li>prints one {@code BENCH} line per phase and deletes its Keycloak users (the database is the run's copy).</li>
 * </ol>
 */
public class FriendsBench {

    static final ObjectMapper JSON = new ObjectMapper();
    static final SecureRandom RANDOM = new SecureRandom();

    static String setting(String key, String fallback) {
        var value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    static final String SERVICE = setting("bench.service", "http://127.0.0.1:8093");
    static final String KEYCLOAK = setting("bench.keycloak", "http://localhost:8180");
    static final String PUBLIC_URL = setting("bench.publicUrl", "http://localhost:8080");
    static final String JDBC = setting("bench.jdbc", "jdbc:postgresql://127.0.0.1:5432/fakebook_friend_bench");
    static final String KAFKA = setting("bench.kafka", "127.0.0.1:9092");
    static final int USERS = Integer.parseInt(setting("bench.users", "100"));
    static final int PEOPLE = Integer.parseInt(setting("bench.people", "100000"));
    static final int REQUESTS = Integer.parseInt(setting("bench.requests", "120"));
    static final long WARM_UP = Long.parseLong(setting("bench.warmUpSeconds", "15"));
    static final long SECONDS = Long.parseLong(setting("bench.seconds", "60"));
    static final String PHASES = setting("bench.phases", "friends:1000,suggestions:1000,accept:1000");
    static final String RUN = setting("bench.runId", "manual");
    static final String REALM = "fakebook";

    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(
                    4, Thread.ofPlatform().name("http-", 0).daemon().factory()))
            .build();

    record User(UUID id, String email, String password) {}

    public static void main(String[] args) throws Exception {
        var password = "Bench-" + UUID.randomUUID();
        var admin = adminToken();
        var users = parallel(
                java.util.stream.IntStream.range(0, USERS).boxed().toList(),
                n -> createUser(admin, "bench-friends-" + RUN + "-" + n + "@bench.fakebook.test", password));
        try (var db = DriverManager.getConnection(JDBC, dbProperties())) {
            prepare(db, users);
            for (var phase : PHASES.split(",")) {
                var name = phase.split(":")[0];
                var think = Long.parseLong(phase.split(":")[1]);
                var tokens = parallel(users, FriendsBench::accessToken);
                switch (name) {
                    case "friends" -> reads(name, think, tokens, "/api/friends?size=20");
                    case "suggestions" -> reads(name, think, tokens, "/api/friends/suggestions");
                    case "accept" -> accepts(db, think, users, tokens);
                    default -> throw new IllegalArgumentException("unknown phase " + name);
                }
            }
        } finally {
            var fresh = adminToken();
            parallel(users, user -> deleteUser(fresh, user));
        }
    }

    // --- the people, their friends and requests -------------------------------------------------------------------

    static Properties dbProperties() {
        var properties = new Properties();
        properties.setProperty("user", setting("bench.dbUser", "fakebook_friend"));
        properties.setProperty("password", System.getenv("FAKEBOOK_FRIEND_DB_PASSWORD"));
        return properties;
    }

    /** Each user gets the friends of a generated person, pending requests, and a queued suggestion list. */
    static void prepare(Connection db, List<User> users) throws SQLException {
        var random = new java.util.Random(42);
        db.setAutoCommit(false);
        try (var person = db.prepareStatement("""
                        insert into people (id, display_name, avatar_url, registered_at)
                        values (?, ?, 'https://img.fakebook.test/bench.webp', now())""");
                var friends = db.prepareStatement("""
                        insert into friendships (user_id, friend_id, since)
                        select ?, friend_id, since from friendships where user_id = md5(?)::uuid
                        union all
                        select friend_id, ?, since from friendships where user_id = md5(?)::uuid""");
                var requests = db.prepareStatement("""
                        insert into friend_requests (id, sender_id, recipient_id, pair_low, pair_high, status,
                                                     sent_at, version)
                        select gen_random_uuid(), s.id, r.id, least(s.id, r.id), greatest(s.id, r.id), 'PENDING',
                               now() - interval '1 hour' + n * interval '1 second', 0
                        from (select distinct on (id) id, n
                              from (select md5((1 + floor(random() * ?))::int::text)::uuid as id, n
                                    from generate_series(1, ?) n) drawn) s
                        cross join (select cast(? as uuid) as id) r
                        where not exists (select 1 from friendships f where f.user_id = r.id and f.friend_id = s.id)
                        on conflict do nothing""");
                var queue = db.prepareStatement("""
                        insert into suggestion_refreshes (user_id, priority, due_at) values (?, 0, now())""")) {
            var number = 0;
            for (var user : users) {
                var generated = String.valueOf(1 + random.nextInt(PEOPLE));
                person.setObject(1, user.id());
                person.setString(2, "Bench Friend " + number++);
                person.executeUpdate();
                friends.setObject(1, user.id());
                friends.setString(2, generated);
                friends.setObject(3, user.id());
                friends.setString(4, generated);
                friends.executeUpdate();
                requests.setInt(1, PEOPLE);
                requests.setInt(2, REQUESTS);
                requests.setObject(3, user.id());
                requests.executeUpdate();
                queue.setObject(1, user.id());
                queue.executeUpdate();
            }
        }
        db.commit();
        db.setAutoCommit(true);
        var ids = users.stream().map(User::id).toArray(UUID[]::new);
        try (var degrees = db.prepareStatement("""
                select percentile_disc(0.5) within group (order by d), max(d), sum(d)
                from (select count(*) d from friendships where user_id = any(?) group by user_id) x""")) {
            degrees.setArray(1, db.createArrayOf("uuid", ids));
            try (var rs = degrees.executeQuery()) {
                rs.next();
                System.out.printf(
                        "BENCH users=%d friends_p50=%d friends_max=%d friends_total=%d%n",
                        users.size(), rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        }
        var started = System.nanoTime();
        try (var computed = db.prepareStatement("select count(*) from suggestion_lists where user_id = any(?)")) {
            computed.setArray(1, db.createArrayOf("uuid", ids));
            while (true) {
                try (var rs = computed.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) == users.size()) {
                        break;
                    }
                }
                if (System.nanoTime() - started > Duration.ofMinutes(10).toNanos()) {
                    throw new IllegalStateException("the worker did not compute the lists within 10 minutes");
                }
                Thread.sleep(100); // polling the database for a condition, not waiting instead of one
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        var seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "BENCH worker lists=%d seconds=%.1f per_list_ms=%.1f%n",
                users.size(), seconds, seconds * 1000 / users.size());
    }

    // --- phases -----------------------------------------------------------------------------------------------------

    record Outcome(long endedAtNanos, long micros, boolean ok) {}

    /** A closed loop of virtual users, each calling {@code call} and thinking; outcomes in the measured window. */
    static List<Outcome> load(long thinkMillis, List<String> tokens, Function<Integer, Boolean> call)
            throws InterruptedException {
        var outcomes = new ConcurrentLinkedQueue<Outcome>();
        var start = System.nanoTime();
        var measureFrom = start + Duration.ofSeconds(WARM_UP).toNanos();
        var end = measureFrom + Duration.ofSeconds(SECONDS).toNanos();
        var threads = new ArrayList<Thread>();
        for (var n = 0; n < tokens.size(); n++) {
            var user = n;
            threads.add(Thread.ofPlatform().start(() -> {
                var random = ThreadLocalRandom.current();
                // Spread the first calls over one think time, so the users do not start in step.
                pause(thinkMillis == 0 ? 0 : random.nextLong(thinkMillis));
                while (System.nanoTime() < end) {
                    var before = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.apply(user);
                    } catch (RuntimeException e) {
                        ok = false;
                    }
                    var after = System.nanoTime();
                    if (after >= measureFrom && after < end) {
                        outcomes.add(new Outcome(after, (after - before) / 1000, ok));
                    }
                    if (thinkMillis > 0) {
                        pause(thinkMillis / 2 + random.nextLong(thinkMillis + 1));
                    }
                }
            }));
        }
        for (var thread : threads) {
            thread.join();
        }
        return new ArrayList<>(outcomes);
    }

    static void reads(String name, long thinkMillis, List<String> tokens, String path) throws InterruptedException {
        var outcomes = load(thinkMillis, tokens, user -> {
            var response = send(HttpRequest.newBuilder(URI.create(SERVICE + path))
                    .header("Authorization", "Bearer " + tokens.get(user))
                    .header("Accept", "application/json")
                    .GET());
            return response.statusCode() == 200;
        });
        report(name, thinkMillis, tokens.size(), outcomes);
    }

    static void accepts(Connection db, long thinkMillis, List<User> users, List<String> tokens) throws Exception {
        var pending = new ArrayList<ConcurrentLinkedQueue<UUID>>();
        try (var statement = db.prepareStatement("""
                select id from friend_requests where recipient_id = ? and status = 'PENDING' order by sent_at""")) {
            for (var user : users) {
                var queue = new ConcurrentLinkedQueue<UUID>();
                statement.setObject(1, user.id());
                try (var rs = statement.executeQuery()) {
                    while (rs.next()) {
                        queue.add(rs.getObject(1, UUID.class));
                    }
                }
                pending.add(queue);
            }
        }
        var startedAt = new ConcurrentHashMap<UUID, long[]>();
        var onTopic = new ConcurrentHashMap<UUID, long[]>();
        var reading = new AtomicBoolean(true);
        var consumerReady = new java.util.concurrent.CountDownLatch(1);
        var consumer = Thread.ofPlatform().start(() -> consume(reading, consumerReady, onTopic));
        consumerReady.await();
        var exhausted = new AtomicInteger();
        var outcomes = load(thinkMillis, tokens, user -> {
            var request = pending.get(user).poll();
            if (request == null) {
                exhausted.incrementAndGet();
                return false;
            }
            startedAt.put(request, new long[] {System.nanoTime(), System.currentTimeMillis()});
            var response = send(HttpRequest.newBuilder(
                            URI.create(SERVICE + "/api/friends/requests/" + request + "/accept"))
                    .header("Authorization", "Bearer " + tokens.get(user))
                    .POST(HttpRequest.BodyPublishers.noBody()));
            return response.statusCode() == 204;
        });
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!onTopic.keySet().containsAll(startedAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100); // waiting for the last records to be read, bounded
        }
        reading.set(false);
        consumer.join();
        report("accept", thinkMillis, tokens.size(), outcomes);
        if (exhausted.get() > 0) {
            System.out.printf("BENCH accept users_out_of_requests=%d%n", exhausted.get());
        }
        // End to end: from the start of the accept call to the consumer holding the record; and to the record's
        // timestamp (the producer's clock when the relay sent it, after the commit).
        var readMicros = new ArrayList<Long>();
        var stampMillis = new ArrayList<Long>();
        var missing = 0;
        for (var entry : startedAt.entrySet()) {
            var seen = onTopic.get(entry.getKey());
            if (seen == null) {
                missing++;
                continue;
            }
            readMicros.add((seen[0] - entry.getValue()[0]) / 1000);
            stampMillis.add(seen[1] - entry.getValue()[1]);
        }
        readMicros.sort(null);
        stampMillis.sort(null);
        System.out.printf(
                Locale.ROOT,
                "BENCH accept_end_to_end accepts=%d missing=%d p50_ms=%.1f p99_ms=%.1f max_ms=%.1f"
                        + " to_record_timestamp_p50_ms=%d to_record_timestamp_p99_ms=%d%n",
                startedAt.size(),
                missing,
                percentile(readMicros, 0.50) / 1000.0,
                percentile(readMicros, 0.99) / 1000.0,
                readMicros.isEmpty() ? 0 : readMicros.getLast() / 1000.0,
                percentile(stampMillis, 0.50),
                percentile(stampMillis, 0.99));
    }

    /**
     * Reads fakebook.friendship.v1 from its end as it stands, keeping for each FriendRequestAccepted its request id
     * with {when read (nanoTime), the record's timestamp (epoch ms)}.
     */
    static void consume(
            AtomicBoolean reading, java.util.concurrent.CountDownLatch ready, Map<UUID, long[]> onTopic) {
        var config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        try (var consumer = new KafkaConsumer<String, byte[]>(config)) {
            var partitions = consumer.partitionsFor("fakebook.friendship.v1").stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            ready.countDown();
            while (reading.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                var nanos = System.nanoTime();
                for (var record : records) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type == null
                            || !new String(type.value(), StandardCharsets.UTF_8)
                                    .equals("fakebook.friendship.FriendRequestAccepted")) {
                        continue;
                    }
                    try {
                        var requestId =
                                UUID.fromString(JSON.readTree(record.value()).path("requestId").asText());
                        onTopic.putIfAbsent(requestId, new long[] {nanos, record.timestamp()});
                    } catch (IOException | IllegalArgumentException e) {
                        // not one of ours
                    }
                }
            }
        }
    }

    static void report(String name, long thinkMillis, int users, List<Outcome> outcomes) {
        var latencies = outcomes.stream()
                .filter(Outcome::ok)
                .map(Outcome::micros)
                .sorted()
                .toList();
        var failed = outcomes.stream().filter(outcome -> !outcome.ok()).count();
        System.out.printf(
                Locale.ROOT,
                "BENCH %s users=%d think_ms=%d seconds=%d ok=%d ko=%d per_second=%.1f p50_ms=%.2f p99_ms=%.2f"
                        + " max_ms=%.2f%n",
                name,
                users,
                thinkMillis,
                SECONDS,
                latencies.size(),
                failed,
                latencies.size() / (double) SECONDS,
                percentile(latencies, 0.50) / 1000.0,
                percentile(latencies, 0.99) / 1000.0,
                latencies.isEmpty() ? 0 : latencies.getLast() / 1000.0);
    }

    /** Nearest rank. */
    static long percentile(List<Long> sorted, double fraction) {
        if (sorted.isEmpty()) {
            return 0;
        }
        var rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    // --- Keycloak -----------------------------------------------------------------------------------------------

    static String adminToken() {
        var response = send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/" + REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of(
                        "grant_type", "client_credentials",
                        "client_id", "fakebook-auth-service",
                        "client_secret", System.getenv("FAKEBOOK_AUTH_ADMIN_CLIENT_SECRET")))));
        return field(response, "access_token");
    }

    static User createUser(String admin, String email, String password) {
        var body = Map.of(
                "username", email,
                "email", email,
                "enabled", true,
                "emailVerified", true,
                "firstName", "Bench",
                "lastName", "Friend",
                "credentials", List.of(Map.of("type", "password", "value", password, "temporary", false)));
        var response = send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/" + REALM + "/users"))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused " + email + ": " + response.statusCode());
        }
        var location = response.headers().firstValue("Location").orElseThrow();
        return new User(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)), email, password);
    }

    static Void deleteUser(String admin, User user) {
        send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/admin/realms/" + REALM + "/users/" + user.id()))
                .header("Authorization", "Bearer " + admin)
                .DELETE());
        return null;
    }

    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    /** The gateway's login, made by hand: authorization code with PKCE, the code exchanged with its secret. */
    static String accessToken(User user) {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new LoopbackIsSecure())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        var verifier = urlSafe(32);
        var redirect = PUBLIC_URL + "/login/oauth2/code/keycloak";
        var oidc = KEYCLOAK + "/realms/" + REALM + "/protocol/openid-connect/";
        var page = send(
                browser,
                HttpRequest.newBuilder(URI.create(oidc + "auth?"
                                + query(Map.of(
                                        "client_id", "fakebook-gateway",
                                        "response_type", "code",
                                        "scope", "openid email profile",
                                        "redirect_uri", redirect,
                                        "state", urlSafe(16),
                                        "code_challenge", challenge(verifier),
                                        "code_challenge_method", "S256"))))
                        .GET());
        var action = FORM_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no login form for " + user.email() + ": " + page.statusCode());
        }
        var answer = send(
                browser,
                HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of("username", user.email(), "password", user.password()))));
        var location = answer.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "login of " + user.email() + " failed: " + answer.statusCode()));
        var code = Arrays.stream(URI.create(location).getRawQuery().split("&"))
                .filter(pair -> pair.startsWith("code="))
                .map(pair -> URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8))
                .findFirst()
                .orElseThrow();
        var tokens = send(
                browser,
                HttpRequest.newBuilder(URI.create(oidc + "token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(form(Map.of(
                                "grant_type", "authorization_code",
                                "code", code,
                                "redirect_uri", redirect,
                                "client_id", "fakebook-gateway",
                                "client_secret", System.getenv("FAKEBOOK_GATEWAY_CLIENT_SECRET"),
                                "code_verifier", verifier))));
        return field(tokens, "access_token");
    }

    /**
     * Browsers treat {@code http://localhost} as a secure context and send it the {@code Secure} cookies Keycloak
     * sets; the JDK's cookie manager does not, so do as browsers do (as test-support's BrowserSession).
     */
    static final class LoopbackIsSecure extends CookieManager {

        LoopbackIsSecure() {
            super(null, java.net.CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            var loopback = "http".equals(uri.getScheme())
                    && ("localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost()));
            try {
                var asSecure = loopback
                        ? new URI("https", uri.getRawAuthority(), uri.getRawPath(), uri.getRawQuery(), null)
                        : uri;
                return super.get(asSecure, headers);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    static <T, R> List<R> parallel(List<T> items, Function<T, R> call) {
        try (var pool = Executors.newFixedThreadPool(6)) {
            var futures = items.stream().map(item -> pool.submit(() -> call.apply(item))).toList();
            var results = new ArrayList<R>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis); // a virtual user's think time
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(HTTP, request);
    }

    static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String field(HttpResponse<String> response, String name) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token request failed: " + response.statusCode() + " " + response.body());
        }
        try {
            return JSON.readTree(response.body()).path(name).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        return HttpRequest.BodyPublishers.ofString(query(fields));
    }

    static String query(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String urlSafe(int bytes) {
        var buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }

    static String challenge(String verifier) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
