package cn.helituan.domain.message;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.common.Role;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AudienceTest {

    @Test
    void nobodyUntilAPartIsGivenAndRolesMakeAUnitPartCount() {
        Audience none = Audience.except("secretary");
        assertThat(none.empty()).isTrue();
        assertThat(none.except()).isEqualTo("secretary");
        assertThat(Audience.except(null).except()).as("the system acting: nobody left out").isEmpty();
        assertThat(none.unitAccounts(5).empty()).as("a unit without roles holds nobody").isTrue();
        assertThat(none.under("/1/", Set.of()).empty()).isTrue();

        Audience told = none.user("leader").unitAccounts(5, Role.GROUP_LEADER);
        assertThat(told.empty()).isFalse();
        assertThat(told.username()).isEqualTo("leader");
        assertThat(told.unitRoles()).containsExactly(Role.GROUP_LEADER);
        assertThat(none.subTeamLeadersAbove("/1/4/9/").empty()).isFalse();
        assertThat(none.objectAccounts(7).empty()).isFalse();
        assertThat(none.secretariesPairedUnder("/1/", LocalDate.of(2026, 3, 1)).on())
                .isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void thePartsAddUpAndTheRolesCannotBeChangedAfterwards() {
        EnumSet<Role> roles = EnumSet.of(Role.GROUP_LEADER, Role.MEMBER);
        Audience audience = Audience.except("admin").under("", roles).objectAccounts(3);
        roles.add(Role.REVIEWER);
        assertThat(audience.underRoles()).containsExactlyInAnyOrder(Role.GROUP_LEADER, Role.MEMBER);
        assertThat(audience.under()).isEmpty();
        assertThat(audience.objectId()).isEqualTo(3L);
    }
}
