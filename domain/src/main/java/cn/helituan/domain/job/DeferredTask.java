package cn.helituan.domain.job;

import java.util.List;

/**
 * Work a feature does after a user's action has committed, off the request's thread: the action publishes a
 * {@link Deferred} with the task's name and a key (what to work on); once its transaction commits the scheduler
 * ({@code persistence/job/JobScheduling}) gives it an execution of the one-time task named {@link #name()}, run
 * at once on the instance that queued it (or within a polling interval on another). A feature declares one as a bean
 * (the photos' {@code photo-thumbnail}).
 *
 * <p>A run is idempotent (it acts only on what is still to do for the key): an execution that died with its
 * instance is run again, and on start-up every key still {@link #waiting()} is queued again (an instance stopped
 * between a commit and its execution's insert).
 */
public interface DeferredTask {

    /** A stable name: db-scheduler's task name. */
    String name();

    /** Does the work on the key (its own statements: no transaction of the action is open). */
    void run(String key);

    /** The keys whose work is still to do, for a start-up to queue again (a bounded number). */
    List<String> waiting();
}
