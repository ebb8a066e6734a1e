package cn.helituan.domain.demand;

import cn.helituan.domain.station.HandoverItem;
import cn.helituan.domain.station.HandoverItems;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** A rotation's handover: the village's open demands and active projects. */
@Component
@Order(10)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemandHandover implements HandoverItems {

    private final Demands demands;
    private final Projects projects;

    @Override
    public List<HandoverItem> open(long objectId, LocalDate day) {
        return List.of(new HandoverItem("handover.demands", demands.countOpenOfObject(objectId)),
                new HandoverItem("handover.projects", projects.countActiveOfObject(objectId)));
    }
}
