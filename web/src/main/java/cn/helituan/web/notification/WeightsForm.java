package cn.helituan.web.notification;

import cn.helituan.domain.notification.RankingFactor;
import cn.helituan.domain.notification.RankingWeight;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/**
 * The ranking's weights as the page binds them ({@code weights[ACTIVITIES]=30}), kept as typed so that a weight out of
 * range comes back as it was written, its message under it.
 */
@Getter
@Setter
public class WeightsForm {

    private Map<RankingFactor, String> weights = new EnumMap<>(RankingFactor.class);

    static WeightsForm of(List<RankingWeight> current) {
        WeightsForm form = new WeightsForm();
        current.forEach(w -> form.weights.put(w.getFactor(), String.valueOf(w.getWeight())));
        return form;
    }

    /** Each factor's weight; what is not a whole number is -1, which the ranking refuses on that factor. */
    Map<RankingFactor, Integer> values() {
        Map<RankingFactor, Integer> values = new EnumMap<>(RankingFactor.class);
        for (RankingFactor factor : RankingFactor.values()) {
            String text = weights == null ? null : weights.get(factor);
            try {
                values.put(factor, Integer.valueOf(text == null ? "" : text.strip()));
            } catch (NumberFormatException e) {
                values.put(factor, -1);
            }
        }
        return values;
    }
}
