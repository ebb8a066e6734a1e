package cn.helituan.app.job;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import java.util.List;

/** The daily jobs are the organization department's: everybody else is refused the runs and "run now". */
class JobProbes implements FeatureProbes {

    private static final List<String> OTHERS = List.of("subteam", "leader", "member", "secretary", "reviewer");

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .refused(OTHERS, "GET", "/jobs")
                .refused(OTHERS, "GET", "/jobs?job=terms-end")
                .refused(OTHERS, "POST", "/jobs/terms-end/run")
                .probes();
    }
}
