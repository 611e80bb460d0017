package dev.annals.coding.place;

import dev.annals.model.Place;

/** Distances on the Earth's surface, as the crow flies (haversine on a sphere of the mean radius). */
final class GreatCircle {
  /** The mean radius of the Earth in kilometres (IUGG). */
  private static final double EARTH_RADIUS_KM = 6371.0088;

  private GreatCircle() {}

  /** Great-circle distance in kilometres. */
  static double distanceKm(Place a, Place b) {
    return distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
  }

  /** Great-circle distance in kilometres between two points given in degrees. */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double p1 = Math.toRadians(lat1);
    double p2 = Math.toRadians(lat2);
    double dp = p2 - p1;
    double dl = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
  }
}
