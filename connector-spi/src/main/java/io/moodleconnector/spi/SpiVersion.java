package io.moodleconnector.spi;

/**
 * The version of this contract. A host declares it as PF4J's system version, and a plugin states the range it was
 * built for in its {@code Plugin-Requires} (e.g. {@code >=0.3.0 & <0.4.0}), so PF4J refuses to start a plugin
 * written against another contract instead of failing later with a linkage error. Bump the minor version for every
 * change a plugin could notice while the major version is 0.
 */
public final class SpiVersion {
    /**
     * This contract's version. 0.3.0 added {@link Connector#check(Connection, CheckOptions, CallOptions)} and
     * {@link CallListener#CHECK_METHOD_ID} (default methods and a constant: a 0.2 host's code compiles and runs
     * unchanged); 0.2.0 added {@link CallOptions} to {@code invoke}, {@link Connector#setCallListener} and the
     * connection spec.
     */
    public static final String VERSION = "0.3.0";

    private SpiVersion() {
    }
}
