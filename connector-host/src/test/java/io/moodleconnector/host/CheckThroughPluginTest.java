package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Cancellation;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPI 0.2.1 through the packaged zip loaded by PF4J: the plugin implements {@code check} with {@code CallOptions}
 * itself (the SPI's default would refuse a deadline), so a host's check runs within them against a real site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckThroughPluginTest {
    private ConnectorHost host;
    private MoodleSandbox sandbox;

    @BeforeAll
    void open(@TempDir Path plugins) {
        host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
        sandbox = MoodleSandbox.builder().build().start();
    }

    @AfterAll
    void close() {
        sandbox.close();
        host.close();
    }

    private Connection connection() {
        return Connection.of(sandbox.url(), Secret.of(sandbox.token()));
    }

    @Test
    void aCheckWithADeadlineAndAListenerReportsTheSiteAndIsHeardAsTheCallCheck() {
        List<String> heard = new CopyOnWriteArrayList<>();
        CallOptions options = CallOptions.builder().deadline(Duration.ofMinutes(1)).listener(new CallListener() {
            @Override
            public void requestEnd(RequestEnd e) {
                heard.add(e.methodId() + " " + e.function());
            }

            @Override
            public void callEnd(CallEnd e) {
                heard.add("end " + e.methodId() + " " + e.outcome());
            }
        }).build();
        ConnectionReport report = host.connector("moodle").check(connection(), new CheckOptions(null, null, true),
                options);
        assertThat(report.siteName()).isNotEmpty();
        assertThat(heard).contains("check core_webservice_get_site_info", "check core_group_create_groups")
                .last().isEqualTo("end check ok");
    }

    @Test
    void aCheckWhoseHandleIsAlreadyCancelledEndsCancelledBeforeSendingAnything() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        long before = sandbox.requestCount();
        Throwable t = catchThrowable(() -> host.connector("moodle").check(connection(), CheckOptions.DEFAULT,
                CallOptions.builder().cancellation(cancel).build()));
        assertThat(t).isInstanceOf(CancelledException.class);
        assertThat(sandbox.requestCount()).isEqualTo(before);
    }
}
