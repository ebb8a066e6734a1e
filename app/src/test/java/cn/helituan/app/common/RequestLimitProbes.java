package cn.helituan.app.common;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import java.util.List;

/**
 * The page of a request over a limit (RequestLimitController): reached only by RequestLimitFilter's forward, it shows
 * nothing of anybody's when asked for directly (404).
 */
class RequestLimitProbes implements FeatureProbes {

    @Override
    public List<Probe> probes() {
        return new ProbeSet().refused("GET", "/request-refused").probes();
    }
}
