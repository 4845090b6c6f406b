package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.transport.FormBodies;
import io.moodleconnector.moodle.transport.FormWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchChunkerTest {
    private static Object params(int items, int fieldsEach) {
        StringBuilder sb = new StringBuilder("{\"courseid\":2,\"items\":[");
        for (int i = 0; i < items; i++) {
            sb.append(i == 0 ? "" : ",").append('{');
            for (int f = 0; f < fieldsEach; f++) {
                sb.append(f == 0 ? "" : ",").append("\"f").append(f).append("\":").append(i);
            }
            sb.append('}');
        }
        return PlainValues.fromTree(JsonValues.MAPPER.readTree(sb.append("],\"last\":true}").toString()));
    }

    private static List<String> fields(Object params) {
        FormWriter out = new FormWriter(1);
        FormFlattener.write(params, out);
        return FormBodies.fields(out.finish());
    }

    @Test
    void noBatchPointerIsOneChunk() {
        assertThat(BatchChunker.chunk(params(3, 2), null, 1000)).hasSize(1);
    }

    @Test
    void everyChunkStaysWithinTheLimitCountingProtocolAndOtherFields() {
        List<BatchChunker.Chunk> chunks = BatchChunker.chunk(params(10, 3), "/items", 14);
        // 3 protocol + courseid + last = 5 fixed; 9 room = three items of 3 each per request.
        assertThat(chunks).extracting(BatchChunker.Chunk::count).containsExactly(3, 3, 3, 1);
        for (BatchChunker.Chunk c : chunks) {
            assertThat(3 + fields(c.params()).size()).isLessThanOrEqualTo(14);
        }
    }

    @Test
    void chunksKeepTheItemsInOrderAndTheOtherParameters() {
        List<BatchChunker.Chunk> chunks = BatchChunker.chunk(params(5, 1), "/items", 7);
        assertThat(chunks).extracting(BatchChunker.Chunk::first).containsExactly(0, 2, 4);
        assertThat(fields(chunks.get(1).params()))
                .containsExactly("courseid=2", "items[0][f0]=2", "items[1][f0]=3", "last=1");
    }

    @Test
    void aBatchThatFitsInOneRequestIsOneChunkOfTheParametersAsTheyAre() {
        Object params = params(5, 2);
        List<BatchChunker.Chunk> chunks = BatchChunker.chunk(params, "/items", 3 + 12);
        assertThat(chunks).singleElement().satisfies(c -> {
            assertThat(c.params()).isSameAs(params);
            assertThat(c.first()).isZero();
            assertThat(c.count()).isEqualTo(5);
        });
    }

    @Test
    void oneVariableMoreThanTheLimitSplitsTheBatch() {
        assertThat(BatchChunker.chunk(params(5, 2), "/items", 3 + 11)).hasSize(2);
    }
}
