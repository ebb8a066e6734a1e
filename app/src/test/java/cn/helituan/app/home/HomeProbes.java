package cn.helituan.app.home;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;

/**
 * The start page (HomeController): every user's, with the figures of their own scope; it does not name the welfare
 * sub-team's medical group. The login page and its image challenge are open to all and name nothing.
 */
class HomeProbes implements FeatureProbes {

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .shownWithout("/", Demo.MEDICAL_GROUP)
                .shownWithout("/login", Demo.MEDICAL_GROUP)
                .shownWithout("/login/challenge.png", Demo.MEDICAL_GROUP)
                .probes();
    }
}
