package cn.helituan.web.message;

import cn.helituan.domain.common.Role;
import cn.helituan.domain.message.AnnouncementDetails;
import cn.helituan.domain.message.AnnouncementService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import lombok.Getter;
import lombok.Setter;

/** The announcement form: title, body, the unit (none for the whole deployment), the roles (none for every role). */
@Getter
@Setter
public class AnnouncementForm {

    @NotBlank
    @Size(max = AnnouncementService.TITLE_MAX)
    private String title;

    @NotBlank
    @Size(max = AnnouncementService.BODY_MAX)
    private String body;

    private Long scopeUnitId;

    private Set<Role> roles = new HashSet<>();

    AnnouncementDetails toDetails() {
        return new AnnouncementDetails(title, body, scopeUnitId,
                roles == null || roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles));
    }
}
