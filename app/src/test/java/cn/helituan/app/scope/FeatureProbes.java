package cn.helituan.app.scope;

import java.util.List;

/**
 * A feature's scope probes: every endpoint of the feature's controllers, sent by users who must not reach the record
 * it names (another sub-team's leader, another group's leader, a plain member, another village's first secretary).
 * {@link ScopeProbeTest} finds the implementations in {@code cn.helituan.app} (one per feature, beside the
 * feature's tests), makes each with the application's beans (constructor injection), runs their probes, and fails
 * when a controller endpoint has none. A new feature adds its own class; nothing shared is edited.
 */
public interface FeatureProbes {

    List<Probe> probes();
}
