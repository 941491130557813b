package com.fakebook.servicedefaults.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fakebook.servicedefaults.ServiceProblem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CursorTests {

    @Test
    void aCursorReadsBackAsWrittenToTheMicrosecond() {
        var cursor = new Cursor(Instant.parse("2026-11-24T10:15:30.123456789Z"), UUID.randomUUID());

        var read = Cursor.decode(cursor.encode());

        assertThat(read).isEqualTo(cursor);
        assertThat(read.at()).isEqualTo(Instant.parse("2026-11-24T10:15:30.123456Z"));
    }

    @Test
    void textThatIsNoCursorIsAnInvalidCursorField() {
        for (var text : List.of("bm9wZQ", "%%%", "MTIz", "YWJjX2RlZg")) {
            assertThatThrownBy(() -> Cursor.decode(text))
                    .isInstanceOfSatisfying(
                            ServiceProblem.class,
                            invalid -> assertThat(invalid.field()).isEqualTo("cursor"));
        }
    }

    @Test
    void aPageWithTheExtraRowPointsAfterItsLastItem() {
        var now = Instant.now();
        var ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        var page = Page.of(ids, 2, id -> new Cursor(now, id));

        assertThat(page.items()).containsExactly(ids.get(0), ids.get(1));
        assertThat(Cursor.decode(page.next()).id()).isEqualTo(ids.get(1));
    }

    @Test
    void aPageWithoutTheExtraRowIsTheLast() {
        var page = Page.of(List.of(UUID.randomUUID()), 2, id -> new Cursor(Instant.now(), id));

        assertThat(page.next()).isNull();
    }

    @Test
    void thePageSizeIsTwentyUnlessAsked() {
        assertThat(new PageQuery(null, null).limit()).isEqualTo(20);
        assertThat(new PageQuery(" ", 5).limit()).isEqualTo(5);
        assertThat(new PageQuery(" ", 5).after()).isNull();
    }
}
