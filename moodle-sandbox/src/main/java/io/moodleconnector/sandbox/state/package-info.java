/**
 * The sandbox's in-memory Moodle site: immutable records for courses, users, groups, groupings, course modules,
 * enrolments, grades, tokens and services, held by {@link io.moodleconnector.sandbox.state.Site}, and the seed that
 * mirrors the lab site the reference samples were recorded on.
 */
package io.moodleconnector.sandbox.state;
