package com.fakebook.messaging.message;

import com.fakebook.messaging.system.InvalidField;

/**
 * The rules of a message's text: 1 to 4,000 characters (code points, so an emoji counts once), not only blanks,
 * and no control characters but line breaks and tabs. The text is stored and shown as given: never interpreted as
 * HTML, links included.
 */
final class MessageText {

    static final int MAX_LENGTH = 4000;

    private MessageText() {}

    static String checked(String text, String field) {
        if (text.isBlank()) {
            throw new InvalidField(field, "A message needs some text.");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidField(field, "A message has at most " + MAX_LENGTH + " characters.");
        }
        if (text.codePoints().anyMatch(MessageText::forbidden)) {
            throw new InvalidField(field, "A message cannot contain control characters.");
        }
        return text;
    }

    private static boolean forbidden(int codePoint) {
        return Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\r' && codePoint != '\t'
                || Character.getType(codePoint) == Character.SURROGATE;
    }
}
