package cn.helituan.domain.station;

/** Distances on the earth between two points in degrees (haversine, on the mean radius). */
public final class Distance {

    /** The earth's mean radius in metres (IUGG). */
    public static final double EARTH_RADIUS = 6_371_008.8;

    private Distance() {
    }

    /** Metres between the two points along the surface (a sphere: within 0.5 % of the ellipsoid). */
    public static double metres(double lat1, double lon1, double lat2, double lon2) {
        double phi1 = Math.toRadians(lat1);
        double phi2 = Math.toRadians(lat2);
        double dPhi = Math.toRadians(lat2 - lat1);
        double dLambda = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** The coordinate to about a metre (5 decimals: 1.1 m of latitude), as the repeated-place rule compares it. */
    public static long toMetre(double degrees) {
        return Math.round(degrees * 100_000);
    }
}
