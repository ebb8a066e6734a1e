package cn.helituan.web.assisted;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Stationing a first secretary: the member is found by the mobile number the roster holds. */
@Getter
@Setter
public class StationForm {

    @NotBlank
    @Pattern(regexp = "1\\d{10}")
    private String mobile;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
}
