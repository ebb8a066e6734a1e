package cn.helituan.domain.assisted;

import cn.helituan.domain.common.RuleViolation;

/**
 * Where a village or community is for the daily check-in: latitude and longitude in degrees (WGS-84, as a phone's
 * browser reports them; both or neither) and the radius in metres within which a check-in counts as in the village.
 */
public record ObjectPlace(Double latitude, Double longitude, Integer radius) {

    public static final int DEFAULT_RADIUS = 1000;
    public static final int MIN_RADIUS = 50;
    public static final int MAX_RADIUS = 50_000;

    /** Refuses half a place, degrees out of range and a radius out of {@value #MIN_RADIUS}–{@value #MAX_RADIUS}. */
    public void check() {
        if ((latitude == null) != (longitude == null)) {
            throw new RuleViolation(latitude == null ? "latitude" : "longitude",
                    "object.place.both");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || latitude.isNaN())) {
            throw new RuleViolation("latitude", "object.place.latitude");
        }
        if (longitude != null && (longitude < -180 || longitude > 180 || longitude.isNaN())) {
            throw new RuleViolation("longitude", "object.place.longitude");
        }
        if (radius != null && (radius < MIN_RADIUS || radius > MAX_RADIUS)) {
            throw new RuleViolation("checkinRadius", "object.place.radius",
                    MIN_RADIUS, MAX_RADIUS);
        }
    }
}
