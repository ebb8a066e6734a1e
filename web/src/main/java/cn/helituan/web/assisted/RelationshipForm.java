package cn.helituan.web.assisted;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Pairing a group with an object: who, with whom and from when, then what a renewal also asks. */
@Getter
@Setter
public class RelationshipForm extends RenewForm {

    @NotNull
    private Long groupId;
    @NotNull
    private Long objectId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;
}
