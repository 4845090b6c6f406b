package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Grouping;
import io.moodleconnector.sandbox.state.Site;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Records as Moodle's functions hand them to {@code clean_returnvalue}: every column, so the declared return
 * structure of each function picks its own keys.
 */
final class Views {
    /** Moodle lists groups and groupings {@code ORDER BY name}. */
    static final Comparator<Group> GROUP_ORDER = Comparator.comparing(Group::name).thenComparing(Group::id);
    static final Comparator<Grouping> GROUPING_ORDER =
            Comparator.comparing(Grouping::name).thenComparing(Grouping::id);

    private Views() {
    }

    static Map<String, Object> group(Group g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("courseid", g.courseId());
        m.put("name", g.name());
        m.put("description", g.description());
        m.put("descriptionformat", g.descriptionFormat());
        m.put("enrolmentkey", g.enrolmentKey());
        m.put("idnumber", g.idnumber());
        m.put("visibility", g.visibility());
        m.put("participation", g.participation());
        m.put("customfields", List.of());
        return m;
    }

    static Map<String, Object> grouping(Grouping g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("courseid", g.courseId());
        m.put("name", g.name());
        m.put("description", g.description());
        m.put("descriptionformat", g.descriptionFormat());
        m.put("idnumber", g.idnumber());
        m.put("customfields", List.of());
        return m;
    }

    /** The groups of a course, by name. */
    static List<Group> courseGroups(Site site, long courseId) {
        return site.groups().values().stream().filter(g -> g.courseId() == courseId).sorted(GROUP_ORDER).toList();
    }

    /** The groups a user is a member of in a course, by name. */
    static List<Group> userGroups(Site site, long courseId, long userId) {
        return courseGroups(site, courseId).stream()
                .filter(g -> site.members().stream().anyMatch(m -> m.groupId() == g.id() && m.userId() == userId))
                .toList();
    }

    static Map<String, Object> warning(String item, Long itemId, String code, String message) {
        Map<String, Object> w = new LinkedHashMap<>();
        if (item != null) {
            w.put("item", item);
        }
        if (itemId != null) {
            w.put("itemid", itemId);
        }
        w.put("warningcode", code);
        w.put("message", message);
        return w;
    }

    static Map<String, Object> object(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
