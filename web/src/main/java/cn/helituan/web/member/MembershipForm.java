package cn.helituan.web.member;

import cn.helituan.domain.member.Position;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** Putting a member into a unit with a position. */
@Getter
@Setter
public class MembershipForm {

    @NotNull
    private Long unitId;
    @NotNull
    private Position position = Position.MEMBER;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
}
