package org.sched4j.cpmodels;

import com.google.ortools.Loader;

/**
 * Loads OR-Tools' native library once per JVM, on first use. The JVM needs
 * {@code --enable-native-access=ALL-UNNAMED} to do so quietly.
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
