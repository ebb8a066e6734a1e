package cn.helituan.web.demand;

import cn.helituan.domain.demand.Demand;
import cn.helituan.domain.demand.DemandDetails;
import cn.helituan.domain.demand.Urgency;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The demand form: for which object, what kind of need, what it is, how urgent, wanted by when. */
@Getter
@Setter
public class DemandForm {

    /** Checked by the service (an edit keeps the demand's own). */
    private Long objectId;
    @NotNull
    private Long categoryId;
    @NotBlank
    @Size(max = 100)
    private String title;
    @Size(max = 4000)
    private String description;
    @NotNull
    private Urgency urgency = Urgency.NORMAL;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate wantedBy;
    private long version;

    static DemandForm of(Demand demand) {
        DemandForm form = new DemandForm();
        form.objectId = demand.getObject().getId();
        form.categoryId = demand.getCategory().getId();
        form.title = demand.getTitle();
        form.description = demand.getDescription();
        form.urgency = demand.getUrgency();
        form.wantedBy = demand.getWantedBy();
        form.version = demand.getVersion();
        return form;
    }

    DemandDetails toDetails() {
        return new DemandDetails(objectId, categoryId, title == null ? null : title.strip(),
                description == null || description.isBlank() ? null : description.strip(), urgency, wantedBy);
    }
}
