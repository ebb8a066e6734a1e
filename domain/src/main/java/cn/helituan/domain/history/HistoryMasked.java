package cn.helituan.domain.history;

import cn.helituan.domain.common.PersonalData;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A personal number whose changes the history records starred, as lists show it to those who do not see it whole
 * ({@link PersonalData.Kind#mask}): the history is read by everyone who reads the record, for years, and would
 * otherwise keep every number the record ever had in plain text beside the encrypted column.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface HistoryMasked {

    PersonalData.Kind value();
}
