package cn.helituan.domain.common;

/**
 * Whether this thread's read-only transactions may read from the read replica (where one is configured: issue 24,
 * docs/architecture.md "Read replicas"). Only the heavy reads say so — the dashboard, the long lists, the exports,
 * marked on their controller methods — because a replica runs a little behind the primary: a record page read right
 * after its save must see the save, so everything else reads from the primary, writes always.
 */
public final class ReplicaReads {

    private static final ThreadLocal<Boolean> ALLOWED = new ThreadLocal<>();

    private ReplicaReads() {
    }

    public static void allow() {
        ALLOWED.set(Boolean.TRUE);
    }

    public static void clear() {
        ALLOWED.remove();
    }

    public static boolean allowed() {
        return Boolean.TRUE.equals(ALLOWED.get());
    }
}
