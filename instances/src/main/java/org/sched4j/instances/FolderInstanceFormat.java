package org.sched4j.instances;

import java.nio.file.Path;

/**
 * A format whose instances are folders of files (a {@code kubectl} dump, the two CSV files of a task graph): it never
 * claims a single file by its name and head, so it is chosen by {@link #recognizesFolder} or by name.
 * Implementations override {@link #read(Path)} to read the folder.
 *
 * @param <P> the problem type
 */
public interface FolderInstanceFormat<P> extends InstanceFormat<P> {

    /** Always false: a folder format is recognised by the files in a folder, never by one file. */
    @Override
    default boolean recognizes(String fileName, String head) {
        return false;
    }

    /** Always true. */
    @Override
    default boolean isFolderFormat() {
        return true;
    }

    /** Whether {@code folder} holds the files of an instance of this format, judged from their names. */
    @Override
    boolean recognizesFolder(Path folder);
}
