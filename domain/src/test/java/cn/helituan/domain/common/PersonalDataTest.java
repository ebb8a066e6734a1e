package cn.helituan.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    private static final Scope ADMIN = new Scope(1L, "admin", Role.ORG_ADMIN, null, null, null, null);
    private static final Scope LEADER = new Scope(3L, "leader", Role.GROUP_LEADER, 5L, "/1/2/5/", null, 9L);

    @Test
    void aMobileShowsItsFirstThreeAndLastFourDigits() {
        assertThat(PersonalData.maskMobile("13800000018")).isEqualTo("138****0018");
        assertThat(PersonalData.maskMobile("0917-1234567")).isEqualTo("091****4567");
        assertThat(PersonalData.maskMobile("12345")).isEqualTo("12345");
        assertThat(PersonalData.maskMobile(null)).isNull();
    }

    @Test
    void onlyTheOrgAdminsListsShowWholeNumbers() {
        assertThat(PersonalData.mobileFor(ADMIN, "13800000018")).isEqualTo("13800000018");
        assertThat(PersonalData.mobileFor(LEADER, "13800000018")).isEqualTo("138****0018");
    }

    @Test
    void anIdNumberShowsItsFirstSixAndLastFourCharacters() {
        assertThat(PersonalData.maskIdNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(PersonalData.maskIdNumber("12345")).isEqualTo("12345");
        assertThat(PersonalData.maskIdNumber(null)).isNull();
        assertThat(PersonalData.Kind.ID_NUMBER.mask("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(PersonalData.Kind.MOBILE.mask("13800000018")).isEqualTo("138****0018");
    }

    @Test
    void onlyTheOrgAdminsListsShowWholeIdNumbers() {
        assertThat(PersonalData.idNumberFor(ADMIN, "11010519491231002X")).isEqualTo("11010519491231002X");
        assertThat(PersonalData.idNumberFor(LEADER, "11010519491231002X")).isEqualTo("110105********002X");
    }
}
