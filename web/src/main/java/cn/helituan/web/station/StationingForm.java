package cn.helituan.web.station;

import cn.helituan.domain.assisted.StationRole;
import cn.helituan.domain.assisted.Stationing;
import cn.helituan.domain.assisted.StationingRecord;
import cn.helituan.domain.station.StationService;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A stationing's record (建档): on creation also the member (by mobile) and the first day; on an edit those stay
 * as they are and are not read.
 */
@Getter
@Setter
public class StationingForm {

    @Pattern(regexp = "1\\d{10}")
    private String mobile;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
    @NotNull
    private StationRole role = StationRole.TEAM_MEMBER;
    private Long workUnitId;
    @Size(max = 100)
    private String post;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate plannedEndOn;
    @Size(max = 2000)
    private String projects;
    @Size(max = 2000)
    private String funds;
    @Size(max = 2000)
    private String responsibility;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate insuredOn;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate healthCheckedOn;
    @DecimalMin("0")
    @DecimalMax("100000")
    @Digits(integer = 6, fraction = 2)
    private BigDecimal subsidyPerDay;
    private long version;

    static StationingForm of(Stationing stationing) {
        StationingForm form = new StationingForm();
        StationingRecord record = stationing.record();
        form.role = record.role();
        form.workUnitId = record.workUnitId();
        form.post = record.post();
        form.plannedEndOn = record.plannedEndOn();
        form.projects = record.projects();
        form.funds = record.funds();
        form.responsibility = record.responsibility();
        form.insuredOn = record.insuredOn();
        form.healthCheckedOn = record.healthCheckedOn();
        form.subsidyPerDay = record.subsidyPerDay();
        form.version = stationing.getVersion();
        return form;
    }

    StationingRecord record() {
        return new StationingRecord(role, workUnitId, blankToNull(post), plannedEndOn, blankToNull(projects),
                blankToNull(funds), blankToNull(responsibility), insuredOn, healthCheckedOn, subsidyPerDay);
    }

    StationService.Station station() {
        return new StationService.Station(mobile, startsOn, record());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
