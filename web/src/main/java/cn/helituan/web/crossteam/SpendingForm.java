package cn.helituan.web.crossteam;

import cn.helituan.domain.crossteam.SpendingDetails;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A spending entry: day, purpose, amount, what it paid for, the invoice, and the org admin's override. */
@Getter
@Setter
public class SpendingForm {

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate spentOn;
    @NotBlank
    @Size(max = 200)
    private String purpose;
    @NotNull
    private BigDecimal amount;
    private Long activityId;
    private Long projectId;
    private MultipartFile attachment;
    private boolean override;
    @Size(max = 500)
    private String overrideReason;

    SpendingDetails details() {
        return new SpendingDetails(spentOn, purpose.strip(), amount, activityId, projectId, override,
                overrideReason == null || overrideReason.isBlank() ? null : overrideReason.strip());
    }
}
