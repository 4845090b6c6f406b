/**
 * {@code connector doctor}: what a web-service token may do on a Moodle site, and the short to-do list for the
 * Moodle admin when it may not do everything. {@link io.moodleconnector.host.doctor.Diagnosis} is built from the
 * connector's {@link io.moodleconnector.spi.ConnectionReport} (and an optional {@link
 * io.moodleconnector.host.doctor.WriteProbe}); {@link io.moodleconnector.host.doctor.DiagnosisText} and {@link
 * io.moodleconnector.host.doctor.DiagnosisJson} render it. All values are immutable.
 */
package io.moodleconnector.host.doctor;
