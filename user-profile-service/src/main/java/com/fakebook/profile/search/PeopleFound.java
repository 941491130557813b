package com.fakebook.profile.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A page of results; {@code next} is the cursor of the following page, absent on the last one. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PeopleFound(List<PersonFound> people, @Nullable String next) {}
