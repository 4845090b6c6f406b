package io.moodleconnector.catalogue.lint;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        CatalogueLinter l = new CatalogueLinter();
        for (String f : System.getProperty("fixtures", "valid.yaml").split(",")) {
            l.lintPaths(List.of(Fixtures.path(f))).forEach(p -> System.out.println("PROBLEM " + p));
        }
        l.lintShipped().forEach(p -> System.out.println("SHIPPED " + p));
    }
}
