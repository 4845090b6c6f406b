package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.CompactMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What leaves the plugin is made of JDK and SPI types only, so it outlives the plugin's class loader. */
class PortableTest {
    /** Stands for an exception class of a library inside the plugin (OkHttp, resilience4j, Jackson). */
    private static final class LibraryFailure extends IOException {
        LibraryFailure(String message) {
            super(message);
        }
    }

    @Test
    void replyObjectsAreCompactMapsAndArraysSpiListsAsRead() {
        Object reply = PlainJsonReader.read(new ByteArrayInputStream(
                "[{\"id\":1,\"tags\":[{\"n\":\"a\"}]},{\"id\":2,\"tags\":[]}]".getBytes(StandardCharsets.UTF_8)));

        assertThat(reply).isEqualTo(List.of(Map.of("id", 1L, "tags", List.of(Map.of("n", "a"))),
                Map.of("id", 2L, "tags", List.of())));
        List<?> list = (List<?>) reply;
        assertThat(Portable.isPortable(list.getClass())).isTrue();
        assertThat(list.get(0)).isInstanceOf(CompactMap.class);
        assertThat(Portable.isPortable(((Map<?, ?>) list.get(0)).get("tags").getClass())).isTrue();
    }

    @Test
    void aHolderOfAReplyCannotChangeItWithAnEditorOfItsOwn() {
        Map<?, ?> reply = (Map<?, ?>) PlainJsonReader.read(new ByteArrayInputStream(
                "{\"id\":1,\"tags\":[\"a\"]}".getBytes(StandardCharsets.UTF_8)));
        CompactMap.Editor other = new CompactMap.Editor();

        assertThatThrownBy(() -> other.set((CompactMap) reply, 0, 2L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> other.set((List<?>) reply.get("tags"), 0, "b"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(reply).isEqualTo(Map.of("id", 1L, "tags", List.of("a")));
    }

    @Test
    void aCauseFromALibraryBecomesAJdkStandInNamingIt() {
        LibraryFailure failure = new LibraryFailure("stream reset");
        Throwable standIn = Portable.cause(failure);

        assertThat(standIn.getClass()).isEqualTo(IOException.class);
        assertThat(standIn.getMessage()).contains("LibraryFailure").contains("stream reset");
        assertThat(standIn.getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    @Test
    void aJdkCauseChainIsKeptAsItIs() {
        SocketTimeoutException timeout = new SocketTimeoutException("timeout");
        assertThat(Portable.cause(timeout)).isSameAs(timeout);
    }
}
