package cn.helituan.web.common;

import cn.helituan.domain.common.Scope;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.util.MultiValueMap;

/**
 * A list whose export may run in the background (above {@link Exports#backgroundAbove()} rows): a bean of its
 * feature, which writes the rows again for the scope and the list's filters kept with the job, reading them in
 * chunks by keyset (every chunk the same cost, each a short read of its own).
 */
public interface ExportSource {

    /** A stable name, kept with the job ("activities"). */
    String name();

    /** The message key of the list's title: the sheet's and the file's name. */
    String titleKey();

    List<String> headerKeys();

    /**
     * Writes every row the list's filters ({@code params}, as the address carried them) find in the scope, calling
     * {@code progress} with the rows written so far.
     */
    void write(Scope scope, MultiValueMap<String, String> params, Locale locale, Consumer<Object[]> rows,
               LongConsumer progress);
}
