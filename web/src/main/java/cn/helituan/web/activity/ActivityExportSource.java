package cn.helituan.web.activity;

import cn.helituan.domain.activity.ActivityLine;
import cn.helituan.domain.activity.ActivityListing;
import cn.helituan.domain.common.Scope;
import cn.helituan.domain.team.UnitService;
import cn.helituan.web.common.ExportSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.WebDataBinder;

/**
 * The activity list's export in the background: the filters bound again from the address kept with the job, the
 * rows those of {@link ActivityExportController} (its headers and cells), read {@value #CHUNK} at a time by keyset on
 * (occurred_on, id), each chunk a short read-only transaction of its own (so neither a long transaction nor the
 * persistence context grows with a million rows).
 */
@Component
class ActivityExportSource implements ExportSource {

    static final String NAME = "activities";
    private static final int CHUNK = 1_000;

    private final ActivityListing activities;
    private final UnitService units;
    private final ActivityExportController controller;
    private final DefaultFormattingConversionService conversion = new DefaultFormattingConversionService();

    ActivityExportSource(ActivityListing activities, UnitService units, ActivityExportController controller) {
        this.activities = activities;
        this.units = units;
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
        var query = filters.toQuery();
        Map<Long, String> names = scope.canReadRoster() ? units.names(scope) : Map.of();
        boolean roster = scope.canReadRoster();
        long done = 0;
        ActivityLine last = null;
        while (true) {
            List<ActivityLine> chunk = activities.linesAfter(scope, query, last, CHUNK, names);
            for (ActivityLine line : chunk) {
                rows.accept(controller.row(line, roster, locale));
                progress.accept(++done);
            }
            if (chunk.size() < CHUNK) {
                return;
            }
            last = chunk.get(chunk.size() - 1);
        }
    }
}
