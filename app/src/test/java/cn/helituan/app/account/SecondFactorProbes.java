package cn.helituan.app.account;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;
import java.util.Set;

/**
 * The second step of a sign-in (web/security's SecondFactorController) and one's own second-factor page: they name
 * nobody else's record. The outsiders are not asked for a second factor (the probes' deployment has it off, and a
 * group leader, member or first secretary never is), so the steps send them on (302) without starting an enrolment,
 * the QR code is not found, and a new set of recovery codes is not made for an account without a second factor.
 */
class SecondFactorProbes implements FeatureProbes {

    private static final Set<Integer> SENT_ON = Set.of(302);

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .send(ProbeSet.OUTSIDERS, "GET", "/login/second-factor", SENT_ON, null)
                .send(ProbeSet.OUTSIDERS, "POST", "/login/second-factor", SENT_ON, null, "code", "123456")
                .send(ProbeSet.OUTSIDERS, "GET", "/login/second-factor/enrol", SENT_ON, null)
                .send(ProbeSet.OUTSIDERS, "POST", "/login/second-factor/enrol", SENT_ON, null, "code", "123456")
                .send(ProbeSet.OUTSIDERS, "GET", "/login/second-factor/codes", SENT_ON, null)
                .refused("GET", "/login/second-factor/qr.png")
                .shownWithout("/account/second-factor", Demo.MEDICAL_GROUP)
                .send(ProbeSet.OUTSIDERS, "POST", "/account/second-factor/recovery-codes", SENT_ON, null)
                .probes();
    }
}
