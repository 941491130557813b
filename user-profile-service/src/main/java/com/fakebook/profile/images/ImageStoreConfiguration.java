package com.fakebook.profile.images;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Chooses the image store by {@code fakebook.images.store}. */
@Configuration(proxyBeanMethods = false)
class ImageStoreConfiguration {

    @Bean
    @ConditionalOnProperty(name = "fakebook.images.store", havingValue = "filesystem", matchIfMissing = true)
    ImageStore fileSystemImageStore(@Value("${fakebook.images.directory}") Path directory) {
        return new FileSystemImageStore(directory);
    }
}
