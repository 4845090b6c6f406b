package io.moodleconnector.moodle;

import io.moodleconnector.spi.CallListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every event it hears, in order. */
final class RecordingListener implements CallListener {
    final List<Object> events = new CopyOnWriteArrayList<>();

    @Override
    public void callStart(String methodId) {
        events.add("start " + methodId);
    }

    @Override
    public void callEnd(CallEnd event) {
        events.add(event);
    }

    @Override
    public void requestEnd(RequestEnd event) {
        events.add(event);
    }

    @Override
    public void retry(Retry event) {
        events.add(event);
    }

    @Override
    public void budgetWait(BudgetWait event) {
        events.add(event);
    }

    @Override
    public void chunkEnd(ChunkEnd event) {
        events.add(event);
    }

    <T> List<T> of(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    CallEnd end() {
        List<CallEnd> ends = of(CallEnd.class);
        if (ends.size() != 1) {
            throw new AssertionError("expected one callEnd, got " + events);
        }
        return ends.get(0);
    }
}
