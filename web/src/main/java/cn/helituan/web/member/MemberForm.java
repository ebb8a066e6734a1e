package cn.helituan.web.member;

import cn.helituan.domain.common.ResidentIdNumber;
import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Position;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The member create/edit form; the first unit, position and date are asked on creation only. */
@Getter
@Setter
public class MemberForm {

    @NotBlank
    @Size(max = 50)
    private String name;
    @NotNull
    private Gender gender;
    @NotNull
    private Long workUnitId;
    @Size(max = 100)
    private String post;
    @Size(max = 50)
    private String rank;
    @Size(max = 200)
    private String specialty;
    @NotBlank
    @Pattern(regexp = "1\\d{10}")
    private String mobile;
    /** 身份证号, optional; shown whole on this form, whose viewing is logged as the record's. */
    @ResidentIdNumber
    private String idNumber;
    private boolean partyMember;
    @NotNull
    private MemberType type;
    @Size(max = 2000)
    private String notes;
    private Long unitId;
    private Position position = Position.MEMBER;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate joinedOn;
    private long version;

    public MemberDetails toDetails() {
        return new MemberDetails(name, gender, workUnitId, post, rank, specialty, mobile, partyMember, type, notes,
                idNumber);
    }
}
