package com.fakebook.profile.profiles;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface Profiles extends JpaRepository<Profile, UUID> {}
