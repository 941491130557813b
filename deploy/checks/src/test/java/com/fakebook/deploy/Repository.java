package com.fakebook.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The checkout the tests read, and the command-line tools they run on it (docker-compose, kubectl). */
final class Repository {

    static final Path ROOT = findRoot();

    private Repository() {}

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + relative, e);
        }
    }

    /** kubectl: $FAKEBOOK_KUBECTL when set (deploy/checks/install-tools says which), else the one on the PATH. */
    static String kubectl() {
        String chosen = System.getenv("FAKEBOOK_KUBECTL");
        return chosen == null || chosen.isBlank() ? "kubectl" : chosen;
    }

    record Result(int exitCode, String stdout, String stderr) {}

    /** Runs a command in the repository's root; a missing tool fails with what installs it. */
    static Result run(List<String> command) {
        try {
            Path out = Files.createTempFile("deploy-check", ".out");
            Path err = Files.createTempFile("deploy-check", ".err");
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .directory(ROOT.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " took longer than 60 s");
            }
            Result result = new Result(
                    process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run " + command.get(0) + " (" + e.getMessage() + "): run deploy/checks/install-tools", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("not inside the Fakebook repository");
        }
        return dir;
    }
}
