package io.moodleconnector.sandbox.state;

import java.util.List;

/** A course; id 1 is the site course. {@code hiddensections} is null when the format has no such option. */
public record Course(long id, String shortname, String fullname, String idnumber, String summary, String format,
                     long categoryId, long sortorder, int newsitems, int numsections, Integer hiddensections,
                     int visible, int groupmode, int groupmodeforce, long timecreated, long timemodified,
                     List<Records.FormatOption> formatOptions) {
    public Course {
        formatOptions = List.copyOf(formatOptions);
    }
}
