package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Records.Cohort;
import io.moodleconnector.sandbox.state.Records.CohortMember;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * core_cohort_create_cohorts, core_cohort_add_cohort_members and core_cohort_search_cohorts, after
 * cohort/externallib.php of Moodle 4.5, for site-wide (system) cohorts: an id number must be unique; a member whose
 * cohort or user is not found is a warning and the others are added; a search matches name, id number or
 * description containing the query, case-insensitively.
 */
final class CohortFunctions {
    private CohortFunctions() {
    }

    static Object create(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        ctx.requireCapability("Create, delete and move cohorts");
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> c : Params.objects(params, "cohorts")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> type = (Map<String, Object>) c.get("categorytype");
            if (!"system".equals(Params.text(type, "type")) && !"id".equals(Params.text(type, "type"))) {
                throw MoodleErrors.invalidParameter("category type " + Params.text(type, "type") + " not supported");
            }
            String idnumber = Params.text(c, "idnumber");
            if (!idnumber.isEmpty() && site.cohorts().values().stream().anyMatch(x -> x.idnumber().equals(idnumber))) {
                throw MoodleErrors.invalidParameter("Duplicate idnumber");
            }
            long id = site.nextId("cohort");
            Cohort cohort = new Cohort(id, Params.text(c, "name"), idnumber, Params.text(c, "description", ""),
                    !Boolean.FALSE.equals(c.get("visible")));
            site.cohorts().put(id, cohort);
            created.add(view(cohort));
        }
        return created;
    }

    static Object addMembers(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        ctx.requireCapability("Assign cohort members");
        List<Object> warnings = new ArrayList<>();
        for (Map<String, Object> m : Params.objects(params, "members")) {
            Optional<Cohort> cohort = cohort(site, part(m, "cohorttype"));
            Optional<User> user = user(site, part(m, "usertype"));
            if (cohort.isEmpty() || user.isEmpty()) {
                warnings.add(Views.warning(null, null, "1", cohort.isEmpty() ? "Cohort not found"
                        : "User not found"));
                continue;
            }
            site.cohortMembers().add(new CohortMember(cohort.get().id(), user.get().id()));
        }
        return Views.object("warnings", warnings);
    }

    static Object search(CallContext ctx, Map<String, Object> params) {
        String query = Params.text(params, "query").toLowerCase(Locale.ROOT);
        long from = params.get("limitfrom") == null ? 0 : Params.id(params, "limitfrom");
        long num = params.get("limitnum") == null || Params.id(params, "limitnum") == 0 ? Long.MAX_VALUE
                : Params.id(params, "limitnum");
        List<Object> cohorts = ctx.site().cohorts().values().stream()
                .filter(c -> (c.name() + " " + c.idnumber() + " " + c.description()).toLowerCase(Locale.ROOT)
                        .contains(query))
                .skip(from).limit(num).map(c -> (Object) view(c)).toList();
        return Views.object("cohorts", cohorts);
    }

    private static Map<String, Object> view(Cohort c) {
        return Views.object("id", c.id(), "name", c.name(), "idnumber", c.idnumber(), "description",
                c.description(), "descriptionformat", 1, "visible", c.visible(), "customfields", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> m, String key) {
        return (Map<String, Object>) m.get(key);
    }

    /** cohorttype: by id or idnumber. */
    private static Optional<Cohort> cohort(Site site, Map<String, Object> type) {
        String value = Params.text(type, "value");
        return site.cohorts().values().stream().filter(c -> switch (Params.text(type, "type")) {
            case "id" -> String.valueOf(c.id()).equals(value);
            case "idnumber" -> c.idnumber().equals(value);
            default -> false;
        }).findFirst();
    }

    /** usertype: by id, idnumber or username; deleted users are not found. */
    private static Optional<User> user(Site site, Map<String, Object> type) {
        String value = Params.text(type, "value");
        return site.users().values().stream().filter(u -> !u.deleted()).filter(u -> switch (Params.text(type, "type")) {
            case "id" -> String.valueOf(u.id()).equals(value);
            case "idnumber" -> u.idnumber().equals(value);
            case "username" -> u.username().equals(value);
            default -> false;
        }).findFirst();
    }
}
