/**
 * The generic executor: one pipeline runs every catalogue method, with no per-method Java.
 *
 * <p>The stages are sibling classes, each with one job, run in this order by {@link
 * io.moodleconnector.moodle.executor.MethodExecutor}: {@link io.moodleconnector.moodle.executor.InputCheck
 * validate} (a quick look at the plain input by the method's {@code InputShape}, networknt's {@link
 * io.moodleconnector.moodle.executor.InputValidator} only when that is not sure), {@link io.moodleconnector.moodle.executor.RequestMapper map}, {@link
 * io.moodleconnector.moodle.executor.BatchChunker chunk}, {@link io.moodleconnector.moodle.executor.FormFlattener
 * flatten}, send (the {@link io.moodleconnector.moodle.transport transport}), {@link
 * io.moodleconnector.moodle.executor.ReplyClassifier classify} and {@link
 * io.moodleconnector.moodle.executor.OutputNormaliser normalise}. Every stage is stateless or immutable and safe to
 * share between threads; Jackson trees given to a stage are never mutated, a stage copies before it edits. Replies
 * never become trees: {@link io.moodleconnector.moodle.executor.PlainJsonReader} reads them as they stream in
 * straight into compact, unmodifiable plain values, which {@link io.moodleconnector.moodle.executor.OutputNormaliser}
 * converts in place before the call hands them out.
 */
package io.moodleconnector.moodle.executor;
