package cn.helituan.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SheetRowTest {

    @Test
    void aCellPastTheEndIsEmpty() {
        SheetRow row = new SheetRow(3, List.of("张三", "", "男"));
        assertThat(row.cell(0)).isEqualTo("张三");
        assertThat(row.cell(1)).isEmpty();
        assertThat(row.cell(2)).isEqualTo("男");
        assertThat(row.cell(3)).isEmpty();
        assertThat(row.cell(100)).isEmpty();
        assertThatThrownBy(() -> row.cell(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aRowIsBlankWhenEveryCellIsEmpty() {
        assertThat(new SheetRow(1, List.of()).blank()).isTrue();
        assertThat(new SheetRow(1, List.of("", "")).blank()).isTrue();
        assertThat(new SheetRow(1, List.of("", "x")).blank()).isFalse();
    }

    @Test
    void theCellsAreACopy() {
        List<String> cells = new ArrayList<>(List.of("a"));
        SheetRow row = new SheetRow(1, cells);
        cells.add("b");
        assertThat(row.cells()).containsExactly("a");
        assertThatThrownBy(() -> row.cells().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void rowNumbersStartAtOne() {
        assertThatThrownBy(() -> new SheetRow(0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
