package cn.helituan.domain.station;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rotations switch on their days (never by hand): on the outgoing stationing's end day the outgoing cadre's account on
 * the village is disabled, on the incoming one's start day its opening is noted. A run acts on what is due and not
 * yet done, so a second or catch-up run changes nothing.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RotationsJob implements DailyJob {

    private final Rotations rotations;
    private final RotationSwitch switches;

    @Override
    public String name() {
        return "rotations-switch";
    }

    @Override
    @Transactional
    public JobOutcome run(LocalDate day) {
        List<Rotation> due = rotations.switchDue(day);
        int changed = 0;
        StringBuilder names = new StringBuilder();
        for (Rotation rotation : due) {
            int steps = switches.switchOn(rotation, day);
            if (steps > 0 && changed < 20) {
                names.append(names.isEmpty() ? "" : "、").append(rotation.label());
            }
            changed += steps;
        }
        return new JobOutcome(changed, names.toString());
    }
}
