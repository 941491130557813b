package com.fakebook.friend.suggestion;

import com.fakebook.friend.people.PersonView;
import java.util.List;

/**
 * Someone the caller may know.
 *
 * @param mutualCount how many friends the two have in common
 * @param mutualFriends a few of them (at most three), the most recent friends of the suggested person first
 */
record SuggestionView(PersonView person, long mutualCount, List<PersonView> mutualFriends) {}
