package cn.helituan.domain.station;

import static org.assertj.core.api.Assertions.assertThat;

import cn.helituan.domain.station.CheckInJudge.Exif;
import cn.helituan.domain.station.CheckInJudge.Reported;
import cn.helituan.domain.station.CheckInJudge.Village;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each doubt on a hand-worked fixture. The village is at 34.36 N, 107.24 E with a radius of 1000 m; the server's
 * time is 2026-06-10 10:00 (the deployment's zone). Distances by hand, on the mean radius R = 6,371,008.8 m:
 * <ul>
 *   <li>0.005° of latitude: R × 0.005 × π / 180 = 6,371,008.8 × 8.72665e-5 = 555.98 m → 556 m (inside);</li>
 *   <li>0.01° of latitude: twice that, 1,111.95 m → 1112 m (outside 1000 m; beyond 500 m for the EXIF rule);</li>
 *   <li>0.01° of longitude at 34.36°: 1,111.95 × cos 34.36° = 1,111.95 × 0.82551 = 917.93 m → 918 m (inside);</li>
 *   <li>0.00001° of latitude (the fifth decimal): 1.11 m — another metre for the repeated-place rule.</li>
 * </ul>
 */
class CheckInJudgeTest {

    private static final CheckInRules RULES = CheckInRules.DEFAULTS;
    private static final Village VILLAGE = new Village(34.36, 107.24, 1000);
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 6, 10, 10, 0);
    private static final Exif NO_EXIF = new Exif(null, null, null);

    private static CheckInJudge.Verdict judge(Reported reported) {
        return CheckInJudge.judge(RULES, VILLAGE, reported, NO_EXIF, NOW, false, List.of());
    }

    @Test
    void theDistancesAreTheHandWorkedOnes() {
        assertThat(Distance.metres(34.36, 107.24, 34.365, 107.24)).isCloseTo(555.98, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Distance.metres(34.36, 107.24, 34.37, 107.24)).isCloseTo(1111.95, org.assertj.core.data.Offset.offset(0.05));
        assertThat(Distance.metres(34.36, 107.24, 34.36, 107.25)).isCloseTo(917.93, org.assertj.core.data.Offset.offset(0.1));
    }

    @Test
    void aCheckInInsideTheRadiusWithAGoodAccuracyIsInOrder() {
        CheckInJudge.Verdict verdict = judge(new Reported(34.365, 107.24, 20.0));
        assertThat(verdict.doubts()).isEmpty();
        assertThat(verdict.distance()).isEqualTo(556);
        assertThat(judge(new Reported(34.36, 107.25, 20.0)).distance()).as("918 m east, inside").isEqualTo(918);
        assertThat(judge(new Reported(34.36, 107.25, 20.0)).doubts()).isEmpty();
    }

    @Test
    void beyondTheRadiusIsDoubtful() {
        CheckInJudge.Verdict verdict = judge(new Reported(34.37, 107.24, 20.0));
        assertThat(verdict.distance()).isEqualTo(1112);
        assertThat(verdict.doubts()).containsExactly(CheckInDoubt.OUTSIDE_RADIUS);
    }

    @Test
    void aVillageWithoutCoordinatesCannotMeasureTheDistance() {
        CheckInJudge.Verdict verdict = CheckInJudge.judge(RULES, new Village(null, null, 1000),
                new Reported(34.36, 107.24, 20.0), NO_EXIF, NOW, false, List.of());
        assertThat(verdict.distance()).isNull();
        assertThat(verdict.doubts()).containsExactly(CheckInDoubt.VILLAGE_UNLOCATED);
    }

    @Test
    void aPoorOrMissingAccuracyIsDoubtful() {
        assertThat(judge(new Reported(34.36, 107.24, 200.0)).doubts()).as("200 m is the limit").isEmpty();
        assertThat(judge(new Reported(34.36, 107.24, 200.5)).doubts()).containsExactly(CheckInDoubt.ACCURACY_POOR);
        assertThat(judge(new Reported(34.36, 107.24, null)).doubts()).containsExactly(CheckInDoubt.ACCURACY_MISSING);
    }

    @Test
    void anExifTimeMoreThanTwoHoursFromTheServersIsDoubtful() {
        Reported here = new Reported(34.36, 107.24, 10.0);
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, new Exif(NOW.minusHours(2), null, null), NOW, false,
                List.of()).doubts()).as("08:00, two hours: the limit").isEmpty();
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, new Exif(NOW.minusHours(2).minusMinutes(1), null, null),
                NOW, false, List.of()).doubts()).containsExactly(CheckInDoubt.EXIF_TIME);
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, new Exif(NOW.plusHours(3), null, null), NOW, false,
                List.of()).doubts()).as("a camera clock ahead").containsExactly(CheckInDoubt.EXIF_TIME);
    }

    @Test
    void anExifPositionFarFromTheReportedOneIsDoubtful() {
        Reported here = new Reported(34.36, 107.24, 10.0);
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, new Exif(null, 34.365, 107.24), NOW, false, List.of())
                .doubts()).as("556 m: beyond 500 m").containsExactly(CheckInDoubt.EXIF_PLACE);
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, new Exif(null, 34.363, 107.24), NOW, false, List.of())
                .doubts()).as("0.003° = 333.6 m: within 500 m").isEmpty();
    }

    @Test
    void aPhotoUsedBeforeIsDoubtful() {
        assertThat(CheckInJudge.judge(RULES, VILLAGE, new Reported(34.36, 107.24, 10.0), NO_EXIF, NOW, true,
                List.of()).doubts()).containsExactly(CheckInDoubt.PHOTO_REUSED);
    }

    @Test
    void theSameCoordinatesToTheMetreOnThreeDaysInARowAreDoubtful() {
        Reported here = new Reported(34.361234, 107.241234, 10.0);
        Reported sameMetre = new Reported(34.361231, 107.241232, 15.0);
        Reported nextMetre = new Reported(34.361244, 107.241234, 10.0);
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, NO_EXIF, NOW, false, List.of(sameMetre)).doubts())
                .as("one earlier day only: not yet three").isEmpty();
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, NO_EXIF, NOW, false, List.of(sameMetre, here))
                .doubts()).containsExactly(CheckInDoubt.PLACE_REPEATED);
        assertThat(CheckInJudge.judge(RULES, VILLAGE, here, NO_EXIF, NOW, false, List.of(nextMetre, here))
                .doubts()).as("1.1 m apart on one day").isEmpty();
    }

    @Test
    void everyReasonIsKeptTogether() {
        CheckInJudge.Verdict verdict = CheckInJudge.judge(RULES, VILLAGE, new Reported(34.37, 107.24, null),
                new Exif(NOW.minusDays(1), 34.36, 107.24), NOW, true,
                List.of(new Reported(34.37, 107.24, 5.0), new Reported(34.37, 107.24, 5.0)));
        assertThat(verdict.doubts()).containsExactlyInAnyOrder(CheckInDoubt.OUTSIDE_RADIUS,
                CheckInDoubt.ACCURACY_MISSING, CheckInDoubt.EXIF_TIME, CheckInDoubt.EXIF_PLACE,
                CheckInDoubt.PHOTO_REUSED, CheckInDoubt.PLACE_REPEATED);
    }
}
