/**
 * Tests of bulk writes against MockWebServer: every item accounted for, bad records isolated, unknown outcomes never
 * retriable, values that outlive the call.
 */
package io.moodleconnector.moodle.bulk;
