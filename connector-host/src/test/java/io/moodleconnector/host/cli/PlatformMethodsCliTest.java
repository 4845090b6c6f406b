package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The shipped methods beyond the seed set (methods/platform.yaml), end to end against the default sandbox through
 * the CLI and the packaged plugin. The tests share one sandbox, so each works on records the others leave alone.
 */
class PlatformMethodsCliTest {
    @RegisterExtension
    static final CliFixture cli = CliFixture.onSandbox();

    private static JsonNode call(String method, String input) {
        CliRun run = cli.run("call", method, "--input", input);
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return run.json().path("data");
    }

    @Test
    void aCourseIsCreatedFoundByShortnameAndDeleted() {
        JsonNode category = call("courses.list-categories", "{}").get(0);
        assertThat(category.path("name").asString()).isEqualTo("Category 1");

        JsonNode created = call("courses.create", "{\"fullname\":\"Introduction to Chemistry\",\"shortname\":"
                + "\"CHEM101\",\"categoryid\":" + category.path("id").asLong() + "}");
        long id = created.path("id").asLong();
        assertThat(created.path("shortname").asString()).isEqualTo("CHEM101");

        JsonNode found = call("courses.list-by-field", "{\"field\":\"shortname\",\"value\":\"CHEM101\"}");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.path("id").asLong()).isEqualTo(id);
            assertThat(c.path("categoryname").asString()).isEqualTo("Category 1");
            assertThat(c.path("visible").asBoolean()).isTrue();
        });

        JsonNode deleted = call("courses.delete", "{\"courseid\":" + id + "}");
        assertThat(deleted.path("warnings")).isEmpty();
        assertThat(call("courses.list-by-field", "{\"field\":\"shortname\",\"value\":\"CHEM101\"}")).isEmpty();
    }

    @Test
    void aTakenShortnameIsMoodlesErrorAndNothingIsCreated() {
        CliRun run = cli.run("call", "courses.create", "--input",
                "{\"fullname\":\"Another\",\"shortname\":\"LAB101\",\"categoryid\":1}");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.error().path("details").toString()).contains("shortnametaken");
    }

    @Test
    void enrolledUsersAndAUsersCoursesAreListed() {
        // The lab enrols students 6-8 in LAB101 (course 2); see LabSeed.
        JsonNode users = call("enrolments.list-users", "{\"courseid\":2}");
        assertThat(users.findValuesAsString("username")).contains("labstudent1");
        JsonNode courses = call("enrolments.list-courses-for-user", "{\"userid\":6}");
        assertThat(courses.findValuesAsString("shortname")).contains("LAB101");
        assertThat(courses.get(0).path("visible").isBoolean()).isTrue();
    }

    @Test
    void anUpdatedCourseIsFoundByItsNewShortname() {
        JsonNode created = call("courses.create", "{\"fullname\":\"Physics\",\"shortname\":\"PHYS1\",\"categoryid\":1}");
        long id = created.path("id").asLong();

        JsonNode updated = call("courses.update", "{\"courseid\":" + id + ",\"shortname\":\"PHYS101\","
                + "\"fullname\":\"Physics I\",\"visible\":0}");

        assertThat(updated.path("warnings")).isEmpty();
        JsonNode found = call("courses.list-by-field", "{\"field\":\"shortname\",\"value\":\"PHYS101\"}");
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.path("id").asLong()).isEqualTo(id);
            assertThat(c.path("fullname").asString()).isEqualTo("Physics I");
            assertThat(c.path("visible").asBoolean()).isFalse();
        });
    }

    @Test
    void aShortnameTakenByAnotherCourseIsAWarningAndTheCourseKeepsItsName() {
        JsonNode updated = call("courses.update", "{\"courseid\":3,\"shortname\":\"LAB101\"}");

        assertThat(updated.path("warnings")).singleElement().satisfies(w -> {
            assertThat(w.path("itemid").asLong()).isEqualTo(3);
            assertThat(w.path("warningcode").asString()).isEqualTo("shortnametaken");
        });
        assertThat(call("courses.list-by-field", "{\"field\":\"id\",\"value\":\"3\"}").get(0)
                .path("shortname").asString()).isEqualTo("LAB102");
    }

    @Test
    void anUpdatedUserIsReadBackByUsername() {
        JsonNode updated = call("users.update", "{\"userid\":7,\"city\":\"Wellington\",\"lastname\":\"Renamed\"}");

        assertThat(updated.path("warnings")).isEmpty();
        JsonNode found = call("users.list-by-field", "{\"field\":\"username\",\"values\":[\"labstudent2\"]}");
        assertThat(found).singleElement().satisfies(u -> {
            assertThat(u.path("id").asLong()).isEqualTo(7);
            assertThat(u.path("lastname").asString()).isEqualTo("Renamed");
        });
    }

    @Test
    void anEmailAnotherAccountUsesIsAWarningAndNothingChanges() {
        JsonNode updated = call("users.update", "{\"userid\":7,\"email\":\"LABSTUDENT1@example.com\"}");

        assertThat(updated.path("warnings").get(0).path("warningcode").asString()).isEqualTo("useremailduplicate");
        assertThat(call("users.list-by-field", "{\"field\":\"id\",\"values\":[\"7\"]}").get(0).path("email")
                .asString()).isEqualTo("labstudent2@example.com");
    }

    @Test
    void aDeletedUserIsNoLongerFoundNorEnrolled() {
        JsonNode deleted = call("users.delete", "{\"userid\":8}");

        assertThat(deleted.path("success").asBoolean()).isTrue();
        assertThat(call("users.list-by-field", "{\"field\":\"username\",\"values\":[\"labstudent3\"]}"))
                .isEmpty();
        assertThat(call("enrolments.list-users", "{\"courseid\":2}").findValuesAsString("username"))
                .doesNotContain("labstudent3");
    }

    @Test
    void aCategoryIsCreatedListedAndGivenACourse() {
        long category = call("courses.create-category", "{\"name\":\"Science\",\"idnumber\":\"SCI\"}").path("id")
                .asLong();
        assertThat(call("courses.list-categories", "{\"criteria\":[{\"key\":\"idnumber\",\"value\":\"SCI\"}]}"))
                .singleElement().satisfies(c -> assertThat(c.path("id").asLong()).isEqualTo(category));

        call("courses.create", "{\"fullname\":\"Biology\",\"shortname\":\"BIO1\",\"categoryid\":" + category + "}");

        assertThat(call("courses.list-by-field", "{\"field\":\"category\",\"value\":\"" + category + "\"}"))
                .singleElement().satisfies(c -> assertThat(c.path("categoryname").asString()).isEqualTo("Science"));
    }

    @Test
    void aCohortIsCreatedFoundAndGivenAMemberAndAnUnknownUserIsAWarning() {
        long cohort = call("cohorts.create", "{\"name\":\"Class of 2027\",\"idnumber\":\"Y2027\"}").path("id")
                .asLong();
        assertThat(call("cohorts.search", "{\"query\":\"2027\"}")).singleElement()
                .satisfies(c -> assertThat(c.path("id").asLong()).isEqualTo(cohort));

        assertThat(call("cohorts.add-member", "{\"cohortid\":" + cohort + ",\"userid\":6}").path("warnings"))
                .isEmpty();
        assertThat(call("cohorts.add-member", "{\"cohortid\":" + cohort + ",\"userid\":999}").path("warnings")
                .get(0).path("message").asString()).isEqualTo("User not found");
    }

    @Test
    void aRoleIsAssignedAndUnassignedInACourse() {
        assertThat(call("roles.assign", "{\"roleid\":4,\"userid\":7,\"instanceid\":2}").path("success").asBoolean())
                .isTrue();
        assertThat(cli.sandbox().<Integer>inspect(s -> s.roleAssignments().size()).intValue()).isEqualTo(1);

        call("roles.unassign", "{\"roleid\":4,\"userid\":7,\"instanceid\":2}");

        assertThat(cli.sandbox().<Integer>inspect(s -> s.roleAssignments().size()).intValue()).isZero();
    }

    @Test
    void aRoleInACourseThatDoesNotExistIsRefusedAndNothingIsAssigned() {
        CliRun run = cli.run("call", "roles.assign", "--input",
                "{\"roleid\":4,\"userid\":7,\"instanceid\":999}");
        // Moodle's invalid_parameter_exception: the input was refused, so the exit code of bad input.
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.error().path("error").asString()).isEqualTo("invalid_input");
        assertThat(run.error().path("details").path("outcome").asString()).isEqualTo("not_applied");
        assertThat(cli.sandbox().<Integer>inspect(s -> s.roleAssignments().size()).intValue()).isZero();
    }

    @Test
    void aCoursesContentsListTheForumsOfItsSections() {
        // LabSeed: LAB101 (course 2) has its announcements forum (cmid 1) and a separate-groups forum (cmid 3).
        JsonNode sections = call("courses.get-contents", "{\"courseid\":2}");

        assertThat(sections.get(0).path("modules").findValuesAsString("name")).containsExactly("Announcements");
        assertThat(sections.get(1).path("modules")).singleElement().satisfies(m -> {
            assertThat(m.path("id").asLong()).isEqualTo(3);
            assertThat(m.path("groupmode").asInt()).isEqualTo(1);
            assertThat(m.path("visible").asBoolean()).isTrue();
        });
    }

    @Test
    void aStudentWithAPassingCourseGradeHasCompletedTheCourseAndOneWithoutHasNot() {
        // LabSeed: labstudent1 (user 6) has 87.5 in LAB101; labstudent2 (user 7) has no grade.
        JsonNode done = call("completion.get-course-status", "{\"courseid\":2,\"userid\":6}");
        assertThat(done.path("completed").asBoolean()).isTrue();
        assertThat(done.path("completions").get(0).path("timecompleted").asString()).endsWith("Z");

        JsonNode notDone = call("completion.get-course-status", "{\"courseid\":2,\"userid\":7}");
        assertThat(notDone.path("completed").asBoolean()).isFalse();
        assertThat(notDone.path("completions").get(0).path("timecompleted").isNull()).isTrue();
    }
}
