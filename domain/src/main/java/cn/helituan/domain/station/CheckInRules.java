package cn.helituan.domain.station;

/**
 * The deployment's limits for a doubtful check-in ({@code helituan.checkin.*}): the accuracy in metres above which
 * the position is poor, how many hours the photo's EXIF time may be from the server's, how many metres its EXIF
 * position may be from the reported one, and on how many consecutive days the same coordinates are doubtful.
 */
public record CheckInRules(int maxAccuracyMetres, int exifHours, int exifDistanceMetres, int repeatDays) {

    public static final CheckInRules DEFAULTS = new CheckInRules(200, 2, 500, 3);

    public CheckInRules {
        if (maxAccuracyMetres <= 0 || exifHours <= 0 || exifDistanceMetres <= 0 || repeatDays < 2) {
            throw new IllegalArgumentException("check-in limits must be positive, repeat days at least 2");
        }
    }
}
