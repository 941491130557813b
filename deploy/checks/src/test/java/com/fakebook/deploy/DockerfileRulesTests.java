package com.fakebook.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules every Fakebook image keeps, read from its Dockerfile (no image can be built here): a base pinned to a
 * release, an unprivileged user, a health check, a port, nothing fetched from the network by ADD.
 */
class DockerfileRulesTests {

    private static final Pattern PINNED = Pattern.compile(".+:(\\d+[.\\d_]*\\d[-\\w.]*)(@sha256:[0-9a-f]{64})?");

    @ParameterizedTest
    @ValueSource(strings = {"deploy/docker/Dockerfile", "deploy/docker/keycloak/Dockerfile"})
    void pinsEveryBaseImageToARelease(String file) {
        Dockerfile dockerfile = Dockerfile.parse(Repository.read(file));
        assertThat(dockerfile.baseImages())
                .isNotEmpty()
                .allSatisfy(image -> assertThat(image)
                        .as("base image of %s", file)
                        .matches(PINNED)
                        .doesNotContain(":latest"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/docker/Dockerfile", "deploy/docker/keycloak/Dockerfile"})
    void runsAsAnUnprivilegedNumericUser(String file) {
        List<String> user = Dockerfile.parse(Repository.read(file)).finalStage("USER");
        assertThat(user).as("USER in the last stage of %s", file).isNotEmpty();
        assertThat(user.getLast()).matches("[1-9]\\d*(:[1-9]\\d*)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/docker/Dockerfile", "deploy/docker/keycloak/Dockerfile"})
    void checksItsOwnHealthAndExposesAPort(String file) {
        Dockerfile dockerfile = Dockerfile.parse(Repository.read(file));
        assertThat(dockerfile.finalStage("HEALTHCHECK"))
                .as("HEALTHCHECK in %s", file)
                .hasSize(1);
        assertThat(dockerfile.finalStage("HEALTHCHECK").getFirst()).contains("CMD");
        assertThat(dockerfile.finalStage("EXPOSE")).as("EXPOSE in %s", file).isNotEmpty();
        assertThat(dockerfile.finalStage("ENTRYPOINT"))
                .as("ENTRYPOINT in %s", file)
                .hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"deploy/docker/Dockerfile", "deploy/docker/keycloak/Dockerfile"})
    void fetchesNothingWithAdd(String file) {
        assertThat(Dockerfile.parse(Repository.read(file)).all("ADD")).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void runsTheServicesFromTheLayersOfTheirJar() {
        Dockerfile dockerfile = Dockerfile.parse(Repository.read("deploy/docker/Dockerfile"));
        assertThat(dockerfile.all("RUN"))
                .anySatisfy(run -> assertThat(run).contains("-Djarmode=tools").contains("extract --layers --launcher"));
        assertThat(dockerfile.finalStage("COPY"))
                .filteredOn(copy -> copy.startsWith("--from="))
                .hasSize(4);
        assertThat(dockerfile.finalStage("ENTRYPOINT").getFirst())
                .contains("org.springframework.boot.loader.launch.JarLauncher");
        assertThat(dockerfile.finalStage("ENV").getFirst()).contains("-Djava.io.tmpdir=/tmp");
    }

    /** A Dockerfile's instructions (continuation lines joined), by stage, with ARG defaults substituted in FROM. */
    record Dockerfile(List<List<String[]>> stages, List<String> baseImages) {

        static Dockerfile parse(String text) {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : text.split("\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                    continue;
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                } else {
                    lines.add(current.append(trimmed).toString());
                    current.setLength(0);
                }
            }
            Map<String, String> args = new HashMap<>();
            List<String> stageNames = new ArrayList<>();
            List<List<String[]>> stages = new ArrayList<>();
            List<String> bases = new ArrayList<>();
            for (String line : lines) {
                String[] parts = line.split("\\s+", 2);
                String instruction = parts[0].toUpperCase();
                String rest = parts.length > 1 ? parts[1] : "";
                if (instruction.equals("ARG") && stages.isEmpty() && rest.contains("=")) {
                    args.put(rest.substring(0, rest.indexOf('=')), rest.substring(rest.indexOf('=') + 1));
                }
                if (instruction.equals("FROM")) {
                    String[] from = rest.split("\\s+");
                    String image = substitute(from[0], args);
                    if (!stageNames.contains(image)) {
                        bases.add(image);
                    }
                    if (from.length == 3 && from[1].equalsIgnoreCase("AS")) {
                        stageNames.add(from[2]);
                    }
                    stages.add(new ArrayList<>());
                }
                if (!stages.isEmpty()) {
                    stages.getLast().add(new String[] {instruction, rest});
                }
            }
            return new Dockerfile(stages, bases);
        }

        private static String substitute(String value, Map<String, String> args) {
            Matcher matcher = Pattern.compile("\\$\\{(\\w+)}").matcher(value);
            return matcher.replaceAll(match -> Matcher.quoteReplacement(args.getOrDefault(match.group(1), "")));
        }

        List<String> finalStage(String instruction) {
            return stages.getLast().stream()
                    .filter(entry -> entry[0].equals(instruction))
                    .map(entry -> entry[1])
                    .toList();
        }

        List<String> all(String instruction) {
            return stages.stream()
                    .flatMap(List::stream)
                    .filter(entry -> entry[0].equals(instruction))
                    .map(entry -> entry[1])
                    .toList();
        }
    }
}
