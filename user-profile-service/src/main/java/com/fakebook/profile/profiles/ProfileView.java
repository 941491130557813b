package com.fakebook.profile.profiles;

import java.util.UUID;

record ProfileView(UUID id, String displayName) {

    static ProfileView of(Profile profile) {
        return new ProfileView(profile.id(), profile.displayName());
    }
}
