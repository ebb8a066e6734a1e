package cn.helituan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.activity.ActivityStatus;
import cn.helituan.web.common.Badge;
import cn.helituan.web.common.TestMessages;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** An activity's status badge as the lists and its page show it, in both languages. */
class ActivityBadgesTest {

    private final ActivityBadges badges = new ActivityBadges(TestMessages.source());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void eachStatusHasItsColourAndItsWords() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(badges.of(ActivityStatus.CONFIRMED)).isEqualTo(new Badge("text-bg-success", "已确认"));
        assertThat(badges.of(ActivityStatus.DISPUTED).css()).isEqualTo("text-bg-danger");
        assertThat(badges.of(ActivityStatus.WITHDRAWN).css()).isEqualTo("text-bg-secondary");
        assertThat(badges.of(ActivityStatus.REPORTED).css()).isEqualTo("text-bg-light border");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(badges.of(ActivityStatus.CONFIRMED).text()).isEqualTo("Confirmed");
    }
}
