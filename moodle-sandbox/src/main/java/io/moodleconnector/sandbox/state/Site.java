package io.moodleconnector.sandbox.state;

import io.moodleconnector.sandbox.state.Records.Category;
import io.moodleconnector.sandbox.state.Records.Cohort;
import io.moodleconnector.sandbox.state.Records.CohortMember;
import io.moodleconnector.sandbox.state.Records.CourseGrade;
import io.moodleconnector.sandbox.state.Records.CourseModule;
import io.moodleconnector.sandbox.state.Records.Enrolment;
import io.moodleconnector.sandbox.state.Records.GroupingGroup;
import io.moodleconnector.sandbox.state.Records.Member;
import io.moodleconnector.sandbox.state.Records.RoleAssignment;
import io.moodleconnector.sandbox.state.Records.Service;
import io.moodleconnector.sandbox.state.Records.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole in-memory site, as Moodle's database tables. Not thread-safe: the server confines every call to one
 * thread at a time, and a write call works on a {@link #copy()} that replaces the live site only when the call
 * succeeds, which gives Moodle's all-or-nothing delegated transactions. Records are immutable, so a copy only
 * copies the collections.
 */
public final class Site {
    private final Map<String, String> settings;
    private final TreeMap<Long, Course> courses;
    private final TreeMap<Long, User> users;
    private final TreeMap<Long, Group> groups;
    private final TreeMap<Long, Grouping> groupings;
    private final TreeMap<Long, CourseModule> modules;
    private final LinkedHashSet<Member> members;
    private final LinkedHashSet<GroupingGroup> groupingGroups;
    private final List<Enrolment> enrolments;
    private final List<CourseGrade> grades;
    private final Map<String, Token> tokens;
    private final Map<String, Service> services;
    private final Map<String, Long> nextIds;
    private final Tables more;

    /** The tables of the functions beyond the lab's service: categories, cohorts and role assignments. */
    private record Tables(TreeMap<Long, Category> categories, TreeMap<Long, Cohort> cohorts,
                          LinkedHashSet<CohortMember> cohortMembers, LinkedHashSet<RoleAssignment> roleAssignments) {
        Tables copy() {
            return new Tables(new TreeMap<>(categories), new TreeMap<>(cohorts), new LinkedHashSet<>(cohortMembers),
                    new LinkedHashSet<>(roleAssignments));
        }
    }

    public Site() {
        this(new LinkedHashMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), new TreeMap<>(),
                new TreeMap<>(), new LinkedHashSet<>(), new LinkedHashSet<>(), new ArrayList<>(), new ArrayList<>(),
                new HashMap<>(), new LinkedHashMap<>(), new HashMap<>(), new Tables(new TreeMap<>(), new TreeMap<>(),
                new LinkedHashSet<>(), new LinkedHashSet<>()));
    }

    private Site(Map<String, String> settings, TreeMap<Long, Course> courses, TreeMap<Long, User> users,
                 TreeMap<Long, Group> groups, TreeMap<Long, Grouping> groupings, TreeMap<Long, CourseModule> modules,
                 LinkedHashSet<Member> members, LinkedHashSet<GroupingGroup> groupingGroups,
                 List<Enrolment> enrolments, List<CourseGrade> grades, Map<String, Token> tokens,
                 Map<String, Service> services, Map<String, Long> nextIds, Tables more) {
        this.settings = settings;
        this.courses = courses;
        this.users = users;
        this.groups = groups;
        this.groupings = groupings;
        this.modules = modules;
        this.members = members;
        this.groupingGroups = groupingGroups;
        this.enrolments = enrolments;
        this.grades = grades;
        this.tokens = tokens;
        this.services = services;
        this.nextIds = nextIds;
        this.more = more;
    }

    /** A copy whose collections can change without touching this site. */
    public Site copy() {
        return new Site(new LinkedHashMap<>(settings), new TreeMap<>(courses), new TreeMap<>(users),
                new TreeMap<>(groups), new TreeMap<>(groupings), new TreeMap<>(modules),
                new LinkedHashSet<>(members), new LinkedHashSet<>(groupingGroups), new ArrayList<>(enrolments),
                new ArrayList<>(grades), new HashMap<>(tokens), new LinkedHashMap<>(services),
                new HashMap<>(nextIds), more.copy());
    }

    /** The next id of a table, like a database sequence (ids are never reused). */
    public long nextId(String table) {
        long id = nextIds.getOrDefault(table, 1L);
        nextIds.put(table, id + 1);
        return id;
    }

    /** Moves a table's sequence on, as a site with history has (the lab's next group id was 25). */
    public void startSequence(String table, long next) {
        nextIds.put(table, next);
    }

    public Map<String, String> settings() {
        return settings;
    }

    public TreeMap<Long, Course> courses() {
        return courses;
    }

    public TreeMap<Long, User> users() {
        return users;
    }

    public TreeMap<Long, Group> groups() {
        return groups;
    }

    public TreeMap<Long, Grouping> groupings() {
        return groupings;
    }

    public TreeMap<Long, CourseModule> modules() {
        return modules;
    }

    public Set<Member> members() {
        return members;
    }

    public Set<GroupingGroup> groupingGroups() {
        return groupingGroups;
    }

    public List<Enrolment> enrolments() {
        return enrolments;
    }

    public List<CourseGrade> grades() {
        return grades;
    }

    public Map<String, Token> tokens() {
        return tokens;
    }

    public Map<String, Service> services() {
        return services;
    }

    public TreeMap<Long, Category> categories() {
        return more.categories();
    }

    public TreeMap<Long, Cohort> cohorts() {
        return more.cohorts();
    }

    public Set<CohortMember> cohortMembers() {
        return more.cohortMembers();
    }

    public Set<RoleAssignment> roleAssignments() {
        return more.roleAssignments();
    }

    /** A user that exists and is not deleted. */
    public Optional<User> liveUser(long id) {
        User u = users.get(id);
        return u == null || u.deleted() ? Optional.empty() : Optional.of(u);
    }

    public boolean isEnrolled(long courseId, long userId) {
        return enrolments.stream().anyMatch(e -> e.courseId() == courseId && e.userId() == userId);
    }

    public Optional<User> userByUsername(String username) {
        return users.values().stream().filter(u -> u.username().equals(username)).findFirst();
    }
}
