package cn.helituan.app.account;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;

/**
 * The password page (web/security's PasswordController): every signed-in user opens their own, which names nobody
 * else's record; a change without the current password writes nothing. It names no record, so the probe is the
 * page itself and a change the user cannot make.
 */
class PasswordProbes implements FeatureProbes {

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .shownWithout("/account/password", Demo.MEDICAL_GROUP)
                .notWritten("POST", "/account/password", "currentPassword", "not-the-password",
                        "newPassword", "Probe-2026-abcd", "confirmPassword", "Probe-2026-abcd")
                .probes();
    }
}
