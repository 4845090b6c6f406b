package io.moodleconnector.spi;

/**
 * The version of this contract. A host declares it as PF4J's system version, and a plugin states the range it was
 * built for in its {@code Plugin-Requires} (e.g. {@code >=0.2.1 & <0.3.0}), so PF4J refuses to start a plugin
 * written against another contract instead of failing later with a linkage error. Bump the minor version for every
 * change a plugin could notice while the major version is 0; an addition only (a plugin built for the old contract
 * still runs) bumps the patch version, and a plugin that uses the addition requires at least that version.
 */
public final class SpiVersion {
    /**
     * This contract's version. 0.2.1 added, all compatibly (a plugin or host written for 0.2.0 compiles and runs
     * unchanged): {@link CompactMap.Editor} and {@link CompactMap#keys()}, and
     * {@link Connector#check(Connection, CheckOptions, CallOptions)} with {@link CallListener#CHECK_METHOD_ID}
     * (default methods and a constant). 0.2.0 added {@link CallOptions} to {@code invoke},
     * {@link Connector#setCallListener} and the connection spec.
     */
    public static final String VERSION = "0.2.1";

    private SpiVersion() {
    }
}
