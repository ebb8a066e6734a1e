package cn.helituan.domain.common;

import static cn.helituan.domain.testing.Entities.withId;
import static cn.helituan.domain.testing.Entities.withVersion;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import org.junit.jupiter.api.Test;

class AuditedEntityTest {

    private final WorkUnit workUnit = withVersion(withId(new WorkUnit("县农业农村局", WorkUnitKind.PARTY_GOVERNMENT), 7), 3);

    @Test
    void theVersionTheUserSawIsAccepted() {
        assertThatNoException().isThrownBy(() -> workUnit.checkVersion(3));
    }

    @Test
    void aStaleOrNewerVersionIsAConcurrentEdit() {
        assertThatThrownBy(() -> workUnit.checkVersion(2))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessage("WorkUnit 7 was changed by someone else");
        assertThatThrownBy(() -> workUnit.checkVersion(4)).isInstanceOf(ConcurrentEditException.class);
    }
}
