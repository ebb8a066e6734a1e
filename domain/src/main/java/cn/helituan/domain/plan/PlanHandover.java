package cn.helituan.domain.plan;

import cn.helituan.domain.station.HandoverItem;
import cn.helituan.domain.station.HandoverItems;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A rotation's handover: the year's plan tasks serving the village and not marked done. */
@Component
@Order(20)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanHandover implements HandoverItems {

    private final AnnualPlans plans;

    @Override
    public List<HandoverItem> open(long objectId, LocalDate day) {
        return List.of(new HandoverItem("handover.tasks", plans.countTasksNotDoneOfObject(objectId, day.getYear())));
    }
}
