package com.fakebook.profile.profiles;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** No profile the caller may see under that id: the same answer whether it does not exist or is hidden. */
class ProfileNotFound extends ResponseStatusException {

    ProfileNotFound() {
        super(HttpStatus.NOT_FOUND, "There is no such profile.");
    }
}
