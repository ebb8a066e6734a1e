package cn.helituan.web.activity;

import cn.helituan.domain.activity.Activity;
import cn.helituan.domain.activity.ActivityDetails;
import cn.helituan.domain.activity.Figure;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import org.springframework.web.multipart.MultipartFile;

/** The activity form (one column on a phone): what happened, for whom, who went, what it achieved. */
@Getter
@Setter
public class ActivityForm {

    /** Photos chosen on the new-activity form, saved with it (ActivityController.create); never shown back. */
    private List<MultipartFile> photos;
    @NotNull
    private Long groupId;
    @NotNull
    private Long typeId;
    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    @NotBlank
    @Size(max = 100)
    private String title;
    @Size(max = 100)
    private String place;
    @Size(max = 5000)
    private String description;
    private List<Long> objectIds = new ArrayList<>();
    private List<Long> memberIds = new ArrayList<>();
    /** Starts empty (typing 30 gives 30, not 300 after a 0 already there); left empty, nobody else took part. */
    @Min(0)
    @Max(100_000)
    private Integer otherParticipants;
    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal fundsSecured;
    @Min(0)
    @Max(10_000_000)
    private Integer projectsIntroduced;
    @Min(0)
    @Max(10_000_000)
    private Integer technologiesPromoted;
    @Min(0)
    @Max(10_000_000)
    private Integer trainingsHeld;
    @Min(0)
    @Max(10_000_000)
    private Integer peopleTrained;
    @Min(0)
    @Max(10_000_000)
    private Integer beneficiaries;
    @Min(0)
    @Max(10_000_000)
    private Integer peopleEmployed;
    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal produceSold;
    @DecimalMin("0")
    @Digits(integer = 16, fraction = 2)
    private BigDecimal donations;
    @Min(0)
    @Max(10_000_000)
    private Integer patientsSeen;
    @Size(max = 500)
    private String projectNames;
    private boolean outliersConfirmed;
    private Long projectId;
    private Long taskId;
    private long version;

    ActivityDetails toDetails() {
        Map<Figure, BigDecimal> figures = new EnumMap<>(Figure.class);
        put(figures, Figure.FUNDS_SECURED, fundsSecured);
        put(figures, Figure.PROJECTS_INTRODUCED, projectsIntroduced == null ? null : BigDecimal.valueOf(projectsIntroduced));
        put(figures, Figure.TECHNOLOGIES_PROMOTED, technologiesPromoted == null ? null : BigDecimal.valueOf(technologiesPromoted));
        put(figures, Figure.TRAININGS_HELD, trainingsHeld == null ? null : BigDecimal.valueOf(trainingsHeld));
        put(figures, Figure.PEOPLE_TRAINED, peopleTrained == null ? null : BigDecimal.valueOf(peopleTrained));
        put(figures, Figure.BENEFICIARIES, beneficiaries == null ? null : BigDecimal.valueOf(beneficiaries));
        put(figures, Figure.PEOPLE_EMPLOYED, peopleEmployed == null ? null : BigDecimal.valueOf(peopleEmployed));
        put(figures, Figure.PRODUCE_SOLD, produceSold);
        put(figures, Figure.DONATIONS, donations);
        put(figures, Figure.PATIENTS_SEEN, patientsSeen == null ? null : BigDecimal.valueOf(patientsSeen));
        return new ActivityDetails(groupId, typeId, occurredOn, title, blankToNull(place), blankToNull(description),
                objectIds, memberIds, otherParticipants == null ? 0 : otherParticipants, figures,
                blankToNull(projectNames), outliersConfirmed, projectId, taskId);
    }

    static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.groupId = activity.getGroup().getId();
        form.typeId = activity.getType().getId();
        form.occurredOn = activity.getOccurredOn();
        form.title = activity.getTitle();
        form.place = activity.getPlace();
        form.description = activity.getDescription();
        form.objectIds = new ArrayList<>(activity.getObjects().stream().map(o -> o.getObject().getId()).toList());
        form.memberIds = new ArrayList<>(activity.getMembers().stream().map(m -> m.getId()).toList());
        form.otherParticipants = activity.getOtherParticipants();
        Map<Figure, BigDecimal> figures = activity.figures();
        form.fundsSecured = figures.get(Figure.FUNDS_SECURED);
        form.projectsIntroduced = whole(figures.get(Figure.PROJECTS_INTRODUCED));
        form.technologiesPromoted = whole(figures.get(Figure.TECHNOLOGIES_PROMOTED));
        form.trainingsHeld = whole(figures.get(Figure.TRAININGS_HELD));
        form.peopleTrained = whole(figures.get(Figure.PEOPLE_TRAINED));
        form.beneficiaries = whole(figures.get(Figure.BENEFICIARIES));
        form.peopleEmployed = whole(figures.get(Figure.PEOPLE_EMPLOYED));
        form.produceSold = figures.get(Figure.PRODUCE_SOLD);
        form.donations = figures.get(Figure.DONATIONS);
        form.patientsSeen = whole(figures.get(Figure.PATIENTS_SEEN));
        form.projectNames = activity.getProjectNames();
        form.projectId = activity.getProjectId();
        form.taskId = activity.getTaskId();
        form.version = activity.getVersion();
        return form;
    }

    private static void put(Map<Figure, BigDecimal> figures, Figure figure, BigDecimal value) {
        if (value != null) {
            figures.put(figure, value);
        }
    }

    private static Integer whole(BigDecimal value) {
        return value == null ? null : value.intValue();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
