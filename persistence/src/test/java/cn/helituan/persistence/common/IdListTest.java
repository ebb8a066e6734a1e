package cn.helituan.persistence.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.persistence.PersistenceTest;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** A page's ids as single parameters padded to a few sizes: the same rows as {@code in :ids}, one text per size. */
class IdListTest extends PersistenceTest {

    @Test
    void thePlaceholdersArePaddedToAFewSizesAndTheSlotsRepeatTheLastId() {
        assertThat(IdList.of(List.of(5L)).placeholders()).isEqualTo("(:id0, :id1, :id2, :id3, :id4, :id5, :id6, :id7)");
        assertThat(IdList.of(LongStream.rangeClosed(1, 8).boxed().toList()).placeholders()).endsWith(":id7)");
        assertThat(IdList.of(LongStream.rangeClosed(1, 20).boxed().toList()).placeholders())
                .endsWith(":id31)").doesNotContain(":id32");
        assertThat(IdList.of(LongStream.rangeClosed(1, 50).boxed().toList()).placeholders()).endsWith(":id63)");
        assertThatThrownBy(() -> IdList.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theQueryFindsExactlyTheListedRows() {
        List<Long> units = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            units.add(unit(null, cn.helituan.domain.team.UnitKind.TEAM, "IdList 测试团 " + i).getId());
        }
        List<Long> wanted = List.of(units.get(2), units.get(5), units.get(9));
        IdList list = IdList.of(wanted);
        Query query = em.getEntityManager().createQuery("select u.id from Unit u where u.id in " + list.placeholders()
                + " order by u.id");
        assertThat(list.bind(query).getResultList()).containsExactlyElementsOf(wanted);
    }
}
