package cn.helituan.domain.station;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which doubts a check-in carries, from what it says and what is known of the village, the photo and the
 * cadre's earlier days; no database, so each rule is tested on a hand-worked fixture.
 */
public final class CheckInJudge {

    private CheckInJudge() {
    }

    /** Where the phone said it was: degrees, and its accuracy in metres (null: not said). */
    public record Reported(double latitude, double longitude, Double accuracy) {
    }

    /** What the photo's EXIF says (each null when absent): the camera's local time, its position. */
    public record Exif(LocalDateTime takenAt, Double latitude, Double longitude) {
    }

    /** The village's place (null coordinates: not entered) and radius in metres. */
    public record Village(Double latitude, Double longitude, int radius) {
    }

    /** The doubts and the distance to the village in whole metres (null when the village has no coordinates). */
    public record Verdict(Set<CheckInDoubt> doubts, Integer distance) {
    }

    /**
     * @param now          the server's time in the deployment's zone (the clock's, never the client's)
     * @param photoUsed    whether a check-in with the same photo hash exists
     * @param earlierDays  the cadre's check-ins of the {@code repeatDays - 1} days before today, as {@link Reported},
     *                     one per day, in any order; fewer than that many means the days were not all consecutive
     */
    public static Verdict judge(CheckInRules rules, Village village, Reported reported, Exif exif,
                                LocalDateTime now, boolean photoUsed, List<Reported> earlierDays) {
        Set<CheckInDoubt> doubts = EnumSet.noneOf(CheckInDoubt.class);
        Integer distance = null;
        if (village.latitude() == null || village.longitude() == null) {
            doubts.add(CheckInDoubt.VILLAGE_UNLOCATED);
        } else {
            double metres = Distance.metres(village.latitude(), village.longitude(), reported.latitude(),
                    reported.longitude());
            distance = (int) Math.round(metres);
            if (metres > village.radius()) {
                doubts.add(CheckInDoubt.OUTSIDE_RADIUS);
            }
        }
        if (reported.accuracy() == null) {
            doubts.add(CheckInDoubt.ACCURACY_MISSING);
        } else if (reported.accuracy() > rules.maxAccuracyMetres()) {
            doubts.add(CheckInDoubt.ACCURACY_POOR);
        }
        if (exif.takenAt() != null
                && Duration.between(exif.takenAt(), now).abs().compareTo(Duration.ofHours(rules.exifHours())) > 0) {
            doubts.add(CheckInDoubt.EXIF_TIME);
        }
        if (exif.latitude() != null && exif.longitude() != null && Distance.metres(exif.latitude(), exif.longitude(),
                reported.latitude(), reported.longitude()) > rules.exifDistanceMetres()) {
            doubts.add(CheckInDoubt.EXIF_PLACE);
        }
        if (photoUsed) {
            doubts.add(CheckInDoubt.PHOTO_REUSED);
        }
        if (earlierDays.size() >= rules.repeatDays() - 1 && earlierDays.stream().allMatch(e -> same(e, reported))) {
            doubts.add(CheckInDoubt.PLACE_REPEATED);
        }
        return new Verdict(doubts, distance);
    }

    private static boolean same(Reported a, Reported b) {
        return Distance.toMetre(a.latitude()) == Distance.toMetre(b.latitude())
                && Distance.toMetre(a.longitude()) == Distance.toMetre(b.longitude());
    }
}
