package com.fakebook.profile.images;

import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Chooses the image store by {@code fakebook.images.store}: {@code filesystem} (deploy/local, one machine) or
 * {@code s3} (production: every replica sees the same images).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(S3ImageStoreSettings.class)
class ImageStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "fakebook.images.store", havingValue = "filesystem", matchIfMissing = true)
    ImageStore fileSystemImageStore(@Value("${fakebook.images.directory}") Path directory) {
        return new FileSystemImageStore(directory);
    }

    @Bean
    @ConditionalOnProperty(name = "fakebook.images.store", havingValue = "s3")
    ImageStore s3ImageStore(S3Client imageStoreClient, S3ImageStoreSettings settings) {
        return new S3ImageStore(imageStoreClient, required(settings.bucket(), "bucket"));
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "fakebook.images.store", havingValue = "s3")
    S3Client imageStoreClient(S3ImageStoreSettings settings) {
        var builder = S3Client.builder()
                .region(Region.of(required(settings.region(), "region")))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.pathStyle())
                // Checksums only where S3 requires them: many S3-compatible servers refuse the trailing
                // checksums the SDK would otherwise add to every upload.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(ApacheHttpClient.builder()
                        .maxConnections(50)
                        .connectionTimeout(Duration.ofSeconds(2))
                        .socketTimeout(Duration.ofSeconds(10)))
                .overrideConfiguration(client -> client.apiCallTimeout(Duration.ofSeconds(20)));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(S3ImageStoreSettings settings) {
        if (settings.hasCredentials()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    private static String required(@Nullable String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("fakebook.images.s3." + name + " must be set for fakebook.images.store=s3");
        }
        return value;
    }
}
