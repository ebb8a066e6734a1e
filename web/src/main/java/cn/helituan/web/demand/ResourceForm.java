package cn.helituan.web.demand;

import cn.helituan.domain.demand.AidResource;
import cn.helituan.domain.demand.CapacityUnit;
import cn.helituan.domain.demand.ResourceDetails;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The resource form. {@code declaredBy}: who declares it — "self" (the user's own member record), "group" (with
 * {@code groupId}), "member" ({@code memberId}, an org admin for somebody) or "workUnit" ({@code workUnitId}).
 */
@Getter
@Setter
public class ResourceForm {

    @NotNull
    private Long categoryId;
    @NotBlank
    @Size(max = 100)
    private String title;
    @Size(max = 4000)
    private String description;
    @NotNull
    @DecimalMin("0.01")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal capacity;
    @NotNull
    private CapacityUnit capacityUnit;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate availableFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate availableTo;
    private String declaredBy = "self";
    private Long groupId;
    private Long memberId;
    private Long workUnitId;
    private long version;

    static ResourceForm of(AidResource resource) {
        ResourceForm form = new ResourceForm();
        form.categoryId = resource.getCategory().getId();
        form.title = resource.getTitle();
        form.description = resource.getDescription();
        form.capacity = resource.getCapacity();
        form.capacityUnit = resource.getCapacityUnit();
        form.availableFrom = resource.getAvailableFrom();
        form.availableTo = resource.getAvailableTo();
        form.version = resource.getVersion();
        return form;
    }

    ResourceDetails toDetails(Long ownMemberId) {
        Long group = "group".equals(declaredBy) ? groupId : null;
        Long member = "self".equals(declaredBy) ? ownMemberId : "member".equals(declaredBy) ? memberId : null;
        Long workUnit = "workUnit".equals(declaredBy) ? workUnitId : null;
        return new ResourceDetails(categoryId, title == null ? null : title.strip(),
                description == null || description.isBlank() ? null : description.strip(), capacity, capacityUnit,
                availableFrom, availableTo, group, member, workUnit);
    }
}
