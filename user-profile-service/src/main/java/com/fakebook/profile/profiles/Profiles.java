package com.fakebook.profile.profiles;

import java.util.UUID;
import org.springframework.data.repository.ListCrudRepository;

interface Profiles extends ListCrudRepository<Profile, UUID> {}
