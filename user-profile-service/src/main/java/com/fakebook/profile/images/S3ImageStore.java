package com.fakebook.profile.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Images as objects in one bucket of an S3-compatible store (AWS S3, MinIO, Ceph, R2...), keyed as everywhere else.
 * Each object carries its content type and the same year-long cache header the service answers with, so a CDN in
 * front of the bucket could serve them as they are. A store that fails or cannot be reached is a 503: nothing the
 * request asked for was done.
 */
class S3ImageStore implements ImageStore {

    /** DeleteObjects takes at most this many keys at once. */
    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;

    S3ImageStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, byte[] jpeg) {
        var valid = ImageKeys.requireValid(key);
        call(() -> s3.putObject(
                request -> request.bucket(bucket)
                        .key(valid)
                        .contentType("image/jpeg")
                        .cacheControl(ImageController.CACHE_CONTROL.getHeaderValue()),
                RequestBody.fromBytes(jpeg)));
    }

    @Override
    public Optional<byte[]> get(String key) {
        var valid = ImageKeys.requireValid(key);
        return call(() -> {
            try {
                return Optional.of(
                        s3.getObjectAsBytes(request -> request.bucket(bucket).key(valid))
                                .asByteArray());
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void delete(String key) {
        var valid = ImageKeys.requireValid(key);
        call(() -> s3.deleteObject(request -> request.bucket(bucket).key(valid)));
    }

    @Override
    public void deleteAll(String prefix) {
        var valid = ImageKeys.requireValid(prefix);
        call(() -> {
            var keys = new ArrayList<ObjectIdentifier>();
            for (S3Object object : s3.listObjectsV2Paginator(
                            request -> request.bucket(bucket).prefix(valid))
                    .contents()) {
                keys.add(ObjectIdentifier.builder().key(object.key()).build());
                if (keys.size() == DELETE_BATCH) {
                    deleteObjects(keys);
                    keys.clear();
                }
            }
            if (!keys.isEmpty()) {
                deleteObjects(keys);
            }
            return null;
        });
    }

    private void deleteObjects(List<ObjectIdentifier> keys) {
        var response = s3.deleteObjects(request ->
                request.bucket(bucket).delete(delete -> delete.objects(keys).quiet(true)));
        if (response.hasErrors() && !response.errors().isEmpty()) {
            throw ImageStoreUnavailable.because("S3 kept " + response.errors().size() + " objects: "
                    + response.errors().getFirst().code());
        }
    }

    private static <T> T call(Supplier<T> operation) {
        try {
            return operation.get();
        } catch (SdkException e) {
            throw ImageStoreUnavailable.because(e.getMessage());
        }
    }
}
