package cn.helituan.app.audit;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import java.util.List;

/** The security log (安全审计日志) is the security auditor's alone: every other role is refused each of its pages. */
class AuditProbes implements FeatureProbes {

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .refused("GET", "/audit")
                .refused("GET", "/audit?user=admin&kind=WRITE&from=2026-01-01&to=2026-12-31&q=accounts")
                .refused("GET", "/audit/export")
                .refused("POST", "/audit/check")
                .probes();
    }
}
