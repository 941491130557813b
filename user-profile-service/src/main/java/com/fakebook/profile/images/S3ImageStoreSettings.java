package com.fakebook.profile.images;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the S3 image store keeps images ({@code fakebook.images.s3.*}; used when {@code fakebook.images.store=s3}).
 *
 * @param bucket the bucket, which must exist
 * @param region the bucket's region; S3-compatible servers mostly take any
 * @param endpoint the server's address; none means AWS S3 itself
 * @param pathStyle addresses buckets in the path ({@code host/bucket/key}), as MinIO and most S3-compatible servers
 *     want, rather than in the host name
 * @param accessKey with {@code secretKey}, the credentials; without them the SDK's usual chain is asked
 *     ({@code AWS_ACCESS_KEY_ID}, a Kubernetes service account's web identity, the instance's role...)
 */
@ConfigurationProperties("fakebook.images.s3")
record S3ImageStoreSettings(
        @Nullable String bucket,
        @Nullable String region,
        @Nullable URI endpoint,
        boolean pathStyle,
        @Nullable String accessKey,
        @Nullable String secretKey) {

    boolean hasCredentials() {
        return accessKey != null && !accessKey.isBlank() && secretKey != null && !secretKey.isBlank();
    }
}
