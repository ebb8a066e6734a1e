package cn.helituan.web.plan;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.assisted.AssistedObject;
import cn.helituan.domain.plan.PlanTask;
import cn.helituan.domain.plan.TaskDetails;
import cn.helituan.domain.plan.TaskKind;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task of the plan: which list, what, for which objects, the target (a figure and how much), owner and due date.
 * {@code amendment}: why an approved plan changes (asked only then).
 */
@Getter
@Setter
public class TaskForm {

    @NotNull
    private TaskKind kind = TaskKind.ROUTINE;
    @NotBlank
    @Size(max = 200)
    private String title;
    private List<Long> objectIds = new ArrayList<>();
    private Figure targetFigure;
    @Digits(integer = 16, fraction = 4)
    private BigDecimal targetValue;
    private Long ownerId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    @Size(max = 500)
    private String amendment;
    private long version;

    static TaskForm of(PlanTask task) {
        TaskForm form = new TaskForm();
        form.kind = task.getKind();
        form.title = task.getTitle();
        form.objectIds = new ArrayList<>(task.getObjects().stream().map(AssistedObject::getId).toList());
        form.targetFigure = task.getTargetFigure();
        form.targetValue = task.getTargetValue();
        form.ownerId = task.getOwner() == null ? null : task.getOwner().getId();
        form.dueOn = task.getDueOn();
        form.version = task.getVersion();
        return form;
    }

    TaskDetails toDetails() {
        return new TaskDetails(kind, title == null ? null : title.strip(), objectIds, targetFigure, targetValue,
                ownerId, dueOn);
    }
}
