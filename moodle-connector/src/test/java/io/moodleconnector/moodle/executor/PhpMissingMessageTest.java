package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * On a machine without PHP, the PHP agreement test fails saying what to install, not with a bare
 * "Cannot run program" (issue 10, item 9).
 */
class PhpMissingMessageTest {
    @Test
    void missingPhpNamesThePackageToInstall() {
        assertThatThrownBy(() -> new PhpParseStr("php-that-is-not-installed-anywhere").close())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("php-that-is-not-installed-anywhere")
                .hasMessageContaining("apt-get install php-cli")
                .hasMessageContaining("README");
    }
}
