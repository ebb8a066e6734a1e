package cn.helituan.web.crossteam;

import cn.helituan.domain.crossteam.CrossTeam;
import cn.helituan.domain.crossteam.CrossTeamDetails;
import cn.helituan.domain.team.UnitField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import lombok.Getter;
import lombok.Setter;

/** A cross-town team's form, for creating and editing: leader and deputy by their mobiles. */
@Getter
@Setter
public class CrossTeamForm {

    private Long unitId;
    @NotBlank
    @Size(max = 100)
    private String name;
    @NotNull
    private UnitField field;
    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;
    @NotBlank
    @Size(max = 20)
    private String leaderMobile;
    @Size(max = 20)
    private String deputyMobile;
    @NotNull
    private BigDecimal allocation;
    @NotNull
    @Min(0)
    @Max(31)
    private Integer daysMin = 3;
    @NotNull
    @Min(0)
    @Max(31)
    private Integer daysMax = 5;
    private long version;

    static CrossTeamForm blank(int year) {
        CrossTeamForm form = new CrossTeamForm();
        form.year = year;
        form.allocation = new BigDecimal("20000.00");
        return form;
    }

    static CrossTeamForm of(CrossTeam team) {
        CrossTeamForm form = new CrossTeamForm();
        form.unitId = team.getUnit().getId();
        form.name = team.getName();
        form.field = team.getField();
        form.year = team.getYear();
        form.leaderMobile = team.getLeader().getMobile();
        form.deputyMobile = team.getDeputy() == null ? null : team.getDeputy().getMobile();
        form.allocation = team.getAllocation();
        form.daysMin = team.getDaysMin();
        form.daysMax = team.getDaysMax();
        form.version = team.getVersion();
        return form;
    }

    CrossTeamDetails details() {
        return new CrossTeamDetails(name.strip(), field, year, leaderMobile.strip(),
                deputyMobile == null || deputyMobile.isBlank() ? null : deputyMobile.strip(), allocation, daysMin,
                daysMax);
    }
}
