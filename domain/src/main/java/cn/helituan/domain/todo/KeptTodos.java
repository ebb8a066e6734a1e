package cn.helituan.domain.todo;

import java.util.List;

/**
 * The to-do items of the sources that name a stamp ({@link TodoSource#stamp()}), kept while nothing they count is
 * written (persistence: V93's counters, {@code StampedTodos}): the items kept for a key are returned only when no
 * write raising the source's stamp has committed since they were computed, so they are what the source would give
 * now. The key must hold everything else the items depend on (the reader's scope, the day).
 */
public interface KeptTodos {

    /** The stamps as they are now, read once for every source of one list. */
    Reading read();

    interface Reading {

        /** The items kept for the stamp and key if nothing under the stamp changed since they were; else null. */
        List<TodoItem> kept(String stamp, Object key);

        /** Keeps items counted after this reading for the stamp and key (nothing when it is not to be kept). */
        void keep(String stamp, Object key, List<TodoItem> items);
    }
}
