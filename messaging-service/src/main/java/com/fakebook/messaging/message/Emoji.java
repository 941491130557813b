package com.fakebook.messaging.message;

import com.fakebook.messaging.system.InvalidField;

/**
 * A reaction is one emoji: a short run of symbols, joiners, variation selectors, skin-tone modifiers or flag
 * letters, and nothing else (no words, no markup).
 */
final class Emoji {

    private static final int MAX_CODE_POINTS = 10;

    private Emoji() {}

    static String checked(String emoji) {
        var count = emoji.codePointCount(0, emoji.length());
        if (count == 0
                || count > MAX_CODE_POINTS
                || !emoji.codePoints().allMatch(Emoji::part)
                || emoji.codePoints().noneMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL)) {
            throw new InvalidField("emoji", "A reaction is one emoji.");
        }
        return emoji;
    }

    private static boolean part(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL
                || cp == 0x200D // zero-width joiner
                || cp == 0xFE0F // variation selector-16
                || cp == 0x20E3 // combining keycap
                || (cp >= 0x1F3FB && cp <= 0x1F3FF) // skin tones
                || (cp >= 0x1F1E6 && cp <= 0x1F1FF) // regional indicators
                || (cp >= 0xE0020 && cp <= 0xE007F); // tag characters (subdivision flags)
    }
}
