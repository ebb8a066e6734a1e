package cn.helituan.web.crossteam;

import cn.helituan.domain.activity.Figure;
import cn.helituan.domain.crossteam.CrossTeamActivityDetails;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** A cross-town activity's form (phone-first: the figures Langao reports for its teams). */
@Getter
@Setter
public class TeamActivityForm {

    @NotNull
    private Long typeId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @NotBlank
    @Size(max = 200)
    private String title;
    @Size(max = 200)
    private String place;
    @Size(max = 5000)
    private String description;
    private List<Long> objectIds = new ArrayList<>();
    private List<Long> memberIds = new ArrayList<>();
    @Min(0)
    @Max(100000)
    private int otherParticipants;
    @Min(0)
    private BigDecimal donations;
    @Min(0)
    private BigDecimal produceSold;
    @Min(0)
    private BigDecimal patientsSeen;
    @Min(0)
    private BigDecimal peopleEmployed;
    @Min(0)
    private BigDecimal beneficiaries;
    private boolean outliersConfirmed;

    CrossTeamActivityDetails details() {
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        put(figures, Figure.DONATIONS, donations);
        put(figures, Figure.PRODUCE_SOLD, produceSold);
        put(figures, Figure.PATIENTS_SEEN, patientsSeen);
        put(figures, Figure.PEOPLE_EMPLOYED, peopleEmployed);
        put(figures, Figure.BENEFICIARIES, beneficiaries);
        return new CrossTeamActivityDetails(typeId, occurredOn, title.strip(), blank(place), blank(description),
                objectIds, memberIds, otherParticipants, figures, outliersConfirmed);
    }

    private static void put(Map<Figure, BigDecimal> figures, Figure figure, BigDecimal value) {
        if (value != null) {
            figures.put(figure, value);
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
