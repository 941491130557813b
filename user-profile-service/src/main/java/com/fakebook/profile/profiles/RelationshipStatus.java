package com.fakebook.profile.profiles;

/** The relationship statuses a person may choose from. */
enum RelationshipStatus {
    SINGLE,
    IN_A_RELATIONSHIP,
    ENGAGED,
    MARRIED,
    IN_A_CIVIL_UNION,
    IN_AN_OPEN_RELATIONSHIP,
    ITS_COMPLICATED,
    SEPARATED,
    DIVORCED,
    WIDOWED
}
