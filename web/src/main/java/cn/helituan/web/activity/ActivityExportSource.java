package cn.helituan.web.activity;

import cn.helituan.domain.common.Scope;
import cn.helituan.web.common.ExportSource;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.WebDataBinder;

/**
 * The activity list's export in the background: the filters bound again from the address kept with the job, the
 * rows those of {@link ActivityExportController} (its headers, its read and its cells): one read-only statement
 * streamed row by row, so nothing grows with a million rows but the file.
 */
@Component
class ActivityExportSource implements ExportSource {

    static final String NAME = "activities";
    private final ActivityExportController controller;
    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    ActivityExportSource(ActivityExportController controller) {
        this.controller = controller;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String titleKey() {
        return "activities.title";
    }

    @Override
    public List<String> headerKeys() {
        return ActivityExportController.HEADERS;
    }

    @Override
    public void write(Scope scope, MultiValueMap<String, String> params, Locale locale, Consumer<Object[]> rows,
                      LongConsumer progress) {
        ActivityParams filters = new ActivityParams();
        WebDataBinder binder = new WebDataBinder(filters);
        binder.setConversionService(conversion);
        binder.bind(new MutablePropertyValues(params.toSingleValueMap()));
        long[] done = {0};
        controller.write(scope, filters.toQuery(), controller.cells(scope, locale), row -> {
            rows.accept(row);
            progress.accept(++done[0]);
        });
    }
}
