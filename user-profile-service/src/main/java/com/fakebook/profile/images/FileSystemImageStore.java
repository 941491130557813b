package com.fakebook.profile.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;

/** Images as files under one directory, written atomically (a temporary file, then a rename). */
class FileSystemImageStore implements ImageStore {

    private final Path root;

    FileSystemImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] jpeg) {
        var target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            var temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temporary, jpeg);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteAll(String prefix) {
        var start = resolve(prefix);
        if (!Files.exists(start)) {
            return;
        }
        try (var paths = Files.walk(start)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        var path = root.resolve(ImageKeys.requireValid(key)).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not an image key");
        }
        return path;
    }
}
