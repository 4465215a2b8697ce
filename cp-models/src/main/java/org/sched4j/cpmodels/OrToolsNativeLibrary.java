package org.sched4j.cpmodels;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native library once per JVM, on first use. The JVM needs
 * {@code --enable-native-access=ALL-UNNAMED} to do so quietly. Loading takes up to seconds on a cold machine; every
 * CP-SAT solver loads it before it starts its clock, and {@code Solvers.warmUp()} (or a call to
 * {@link #ensureLoaded()}) pays it beforehand.
 */
public final class OrToolsNativeLibrary {

    private static volatile boolean loaded;

    private OrToolsNativeLibrary() {
    }

    /** Loads the native library unless it is loaded already; cheap after the first call. Thread-safe. */
    public static void ensureLoaded() {
        if (!loaded) {
            synchronized (OrToolsNativeLibrary.class) {
                if (!loaded) {
                    Loader.loadNativeLibraries();
                    loaded = true;
                }
            }
        }
    }
}
