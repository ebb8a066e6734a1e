package cn.helituan.web.demand;

import cn.helituan.domain.demand.MatchDetails;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The matching form: the project the demand becomes. {@code amounts}: how much of each resource it takes, by the
 * resource's id ({@code amounts[12]=5000}); a blank or zero amount takes none of it.
 */
@Getter
@Setter
public class MatchForm {

    @NotBlank
    @Size(max = 100)
    private String title;
    @NotNull
    private Long groupId;
    private Long responsibleId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate deadline;
    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal budget;
    private Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
    private long version;

    MatchDetails toDetails() {
        Map<Long, BigDecimal> taken = new LinkedHashMap<>();
        amounts.forEach((id, amount) -> {
            if (id != null && amount != null && amount.signum() != 0) {
                taken.put(id, amount);
            }
        });
        return new MatchDetails(title, groupId, responsibleId, startsOn, deadline, budget, taken);
    }
}
