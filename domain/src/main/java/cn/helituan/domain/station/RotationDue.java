package cn.helituan.domain.station;

import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.common.Role;
import cn.helituan.domain.common.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is due for rotation (定期选派轮换): the terms ending within {@value #ENDING_DAYS} days (the end day entered,
 * else the planned end), and the cadres in force today who began on or before today minus the deployment's rotation
 * period ({@code helituan.station.rotation-period}, ISO-8601, {@code P2Y} unless set). Scoped as the register: all
 * to its readers, the villages paired today to a sub-team leader, one's own to a cadre.
 */
@Service
public class RotationDue {

    public static final int ENDING_DAYS = 90;

    private final Rotations rotations;
    private final Clock clock;
    private final Period period;

    public RotationDue(Rotations rotations, Clock clock,
                       @Value("${helituan.station.rotation-period:P2Y}") String period) {
        this.rotations = rotations;
        this.clock = clock;
        this.period = Period.parse(period);
    }

    public Period period() {
        return period;
    }

    @Transactional(readOnly = true)
    public Page<Stationing> list(Scope scope, RotationDueKind kind, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.plusDays(ENDING_DAYS);
        LocalDate longFrom = kind == RotationDueKind.LONG ? today.minus(period) : null;
        if (scope.canReadRegister()) {
            return rotations.due(null, null, today, to, longFrom, pageable);
        }
        if (scope.role() == Role.SUB_TEAM_LEADER && scope.unitPath() != null) {
            return rotations.due(scope.pathFilter(), null, today, to, longFrom, pageable);
        }
        if (scope.memberId() == null) {
            return Page.empty(pageable);
        }
        return rotations.due(null, scope.memberId(), today, to, longFrom, pageable);
    }
}
