/**
 * Catalogue constructs that run other methods or refine a method's answer, on top of the generic executor: ensure
 * methods ({@code ensure:}, "find with method A, else create with method B") and exact natural-key filtering
 * ({@code output.match}). Every Moodle request still goes through
 * {@link io.moodleconnector.moodle.executor.MethodExecutor#execute}; this package only decides which methods to run
 * and combines their results, so it needs no knowledge of chunks, forms or replies.
 */
package io.moodleconnector.moodle.compose;
