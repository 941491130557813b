package com.fakebook.profile.search;

import com.fakebook.profile.relationships.Relationship;
import java.util.UUID;

/** One person in the results: who, shown how, and what they are to the caller. */
record PersonFound(UUID id, String displayName, Relationship relationship) {}
