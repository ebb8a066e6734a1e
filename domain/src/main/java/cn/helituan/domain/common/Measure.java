package cn.helituan.domain.common;

/** Something counted or summed that pages show as a number: an outcome figure, an evaluation indicator. */
public interface Measure {

    /** Yuan, shown to the fen. */
    boolean isMoney();

    /** A share, shown as a percentage. */
    default boolean isRatio() {
        return false;
    }
}
