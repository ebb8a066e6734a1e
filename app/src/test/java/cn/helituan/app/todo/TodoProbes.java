package cn.helituan.app.todo;

import cn.helituan.app.scope.FeatureProbes;
import cn.helituan.app.scope.Probe;
import cn.helituan.app.scope.ProbeSet;
import cn.helituan.app.support.Demo;
import java.util.List;

/**
 * The to-do page (TodoController): every outsider opens their own list (200), which never links to the welfare
 * sub-team's medical group (its evaluation entry, where its leader's self-assessment is due). That another village's
 * first secretary does not see this village's items is {@link TodoTest#anotherVillagesSecretarySeesNoneOfThisVillagesItems}.
 */
class TodoProbes implements FeatureProbes {

    private final long medicalGroup;

    TodoProbes(Demo demo) {
        medicalGroup = demo.unitId(Demo.MEDICAL_GROUP);
    }

    @Override
    public List<Probe> probes() {
        return new ProbeSet()
                .shownWithout("/todos", "/groups/" + medicalGroup + "\"")
                .probes();
    }
}
