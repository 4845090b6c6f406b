package io.moodleconnector.bench;

import io.moodleconnector.moodle.executor.JsonValues;
import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.spi.Connector;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Peak heap of one ~50 MB {@code users.search} call, measured two ways (run with {@code -XX:+UseSerialGC}, where
 * {@code System.gc()} is a full, compacting collection):
 *
 * <ol>
 *   <li><b>copies</b>: the live size of each representation the reply passes through (bytes, Jackson tree, plain
 *       Java values from the tree, the baseline's maps, and the connector's compact values read straight from the
 *       stream), measured in this JVM as heap used after a full GC with the value held;</li>
 *   <li><b>minimum heap</b>: the smallest {@code -Xmx} (to 8 MB) with which a fresh JVM completes the call, by
 *       bisection over child JVMs, for the connector, the baseline and an idle JVM with the plugin loaded (the floor).
 *       The reply is streamed from a file by a server in this JVM, so it is not on the children's heap.</li>
 * </ol>
 * Prints {@code HEAP ...} lines. Not a JMH benchmark: the quantity is a peak, not a time.
 */
public final class LargeReplyHeap {
    private static final int FAILED_OOM = 3;

    private LargeReplyHeap() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            System.exit(child(args[1], args[2]));
        }
        Path file = LargeReply.file();
        long size = Files.size(file);
        System.out.printf("HEAP reply=%.1fMB%n", mb(size));
        copies(file, size);
        try (CannedServer server = CannedServer.start(file)) {
            for (String what : List.of("idle", "baseline", "connector")) {
                int min = minimumXmx(what, server.url());
                System.out.printf("HEAP minXmx %s=%dMB%n", what, min);
            }
        }
    }

    private static void copies(Path file, long size) throws IOException {
        long base = liveHeap();
        byte[] bytes = Files.readAllBytes(file);
        long afterBytes = liveHeap();
        JsonNode tree = JsonValues.MAPPER.readTree(bytes);
        long afterTree = liveHeap();
        Object plain = JsonValues.toPlain(tree.get("users"));
        long afterPlain = liveHeap();
        Object direct = JsonValues.MAPPER.readValue(bytes, Object.class);
        long afterDirect = liveHeap();
        Object compact;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            compact = PlainJsonReader.read(in); // what the connector holds now: streamed, no bytes, no tree
        }
        long afterCompact = liveHeap();
        report("bytes", afterBytes - base, size);
        report("tree", afterTree - afterBytes, size);
        report("plain", afterPlain - afterTree, size);
        report("baselineMaps", afterDirect - afterPlain, size);
        report("compact", afterCompact - afterDirect, size);
        Reference.reachabilityFence(bytes);
        Reference.reachabilityFence(tree);
        Reference.reachabilityFence(plain);
        Reference.reachabilityFence(direct);
        Reference.reachabilityFence(compact);
    }

    private static void report(String what, long bytes, long size) {
        System.out.printf("HEAP live %s=%.1fMB (%.2fx reply)%n", what, mb(bytes), (double) bytes / size);
    }

    private static long liveHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Bisects -Xmx between a failing and a passing size. */
    private static int minimumXmx(String what, String url) throws IOException, InterruptedException {
        int lo = 8;
        int hi = 1024;
        if (!runs(what, url, hi)) {
            throw new IllegalStateException(what + " fails even with -Xmx" + hi + "m");
        }
        while (hi - lo > 8) {
            int mid = (lo + hi) / 2;
            if (runs(what, url, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean runs(String what, String url, int xmxMb) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:+UseSerialGC", "-Xmx" + xmxMb + "m",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                LargeReplyHeap.class.getName(), "child", what, url));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int exit = p.waitFor();
        if (exit != 0 && exit != FAILED_OOM) {
            throw new IllegalStateException(what + " with -Xmx" + xmxMb + "m exited with " + exit + " (not an"
                    + " OutOfMemoryError): " + cmd);
        }
        return exit == 0;
    }

    /** In the child JVM: load the plugin, then make the call (or not, for the floor). 0 = done, 3 = out of memory. */
    private static int child(String what, String url) {
        try (PluginLoader plugin = PluginLoader.open(); Baseline baseline = new Baseline(url + "/webservice/rest/server.php")) {
            Connector connector = plugin.connector();
            Object result = switch (what) {
                case "connector" -> connector.invoke("users.search", LargeReply.INPUT,
                        Connections.to(url, Connections.TOKEN, 1000)).data();
                case "baseline" -> baseline.post(("wstoken=" + Connections.TOKEN + "&wsfunction=core_user_get_users"
                        + "&moodlewsrestformat=json&criteria%5B0%5D%5Bkey%5D=email&criteria%5B0%5D%5Bvalue%5D=%25")
                        .getBytes(StandardCharsets.UTF_8));
                default -> List.of();
            };
            Reference.reachabilityFence(result);
            return 0;
        } catch (OutOfMemoryError e) {
            return FAILED_OOM;
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OutOfMemoryError) {
                    return FAILED_OOM; // wrapped on its way up; still the heap that ran out
                }
            }
            throw e;
        }
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
