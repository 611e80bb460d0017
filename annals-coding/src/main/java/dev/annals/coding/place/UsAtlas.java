package dev.annals.coding.place;

import dev.annals.coding.knowledge.KnowledgeFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * US states and counties from the Census Bureau's shapes as the npm package us-atlas publishes
 * them ({@code counties-10m.json}, TopoJSON, fetched by the build): each area's FIPS code, name
 * and the centre of its shape. The centre is the area-weighted centroid of the outer rings, in
 * degrees, which lies within a few kilometres of where gazetteers put a county or state.
 */
final class UsAtlas {
  static final String RESOURCE = "dev/annals/coding/place/counties-10m.json";

  /**
   * One state or county.
   *
   * @param fips 2 digits for a state, 5 (state and county) for a county
   * @param name as the Census Bureau writes it, without "County" ("Rapides", "Laurel")
   */
  record Area(String fips, String name, double latitude, double longitude) {}

  private final List<Area> states;
  private final List<Area> counties;

  private UsAtlas(List<Area> states, List<Area> counties) {
    this.states = List.copyOf(states);
    this.counties = List.copyOf(counties);
  }

  List<Area> states() {
    return states;
  }

  List<Area> counties() {
    return counties;
  }

  static UsAtlas fromClasspath() {
    try (InputStream in = UsAtlas.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new KnowledgeFileException(RESOURCE + " is missing from the class path; the build of annals-coding fetches it"
            + " (npm package us-atlas): run mvn install once with the network");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static UsAtlas parse(String topoJson) {
    try {
      return read(topoJson);
    } catch (IllegalStateException | ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
      throw new KnowledgeFileException(RESOURCE + ": not the TopoJSON of us-atlas (" + e.getMessage() + ")");
    }
  }

  @SuppressWarnings("unchecked")
  private static UsAtlas read(String topoJson) {
    Map<String, Object> topology = (Map<String, Object>) MiniJson.parse(topoJson);
    Map<String, Object> transform = (Map<String, Object>) topology.get("transform");
    List<Object> scale = (List<Object>) transform.get("scale");
    List<Object> translate = (List<Object>) transform.get("translate");
    double scaleX = (Double) scale.get(0);
    double scaleY = (Double) scale.get(1);
    double translateX = (Double) translate.get(0);
    double translateY = (Double) translate.get(1);
    // Arcs are delta-encoded quantized positions: decode each to absolute degrees once.
    List<Object> rawArcs = (List<Object>) topology.get("arcs");
    double[][] arcs = new double[rawArcs.size()][];
    for (int a = 0; a < arcs.length; a++) {
      List<Object> points = (List<Object>) rawArcs.get(a);
      double[] decoded = new double[points.size() * 2];
      double x = 0;
      double y = 0;
      for (int p = 0; p < points.size(); p++) {
        List<Object> point = (List<Object>) points.get(p);
        x += (Double) point.get(0);
        y += (Double) point.get(1);
        decoded[2 * p] = x * scaleX + translateX;
        decoded[2 * p + 1] = y * scaleY + translateY;
      }
      arcs[a] = decoded;
    }
    Map<String, Object> objects = (Map<String, Object>) topology.get("objects");
    return new UsAtlas(areas((Map<String, Object>) objects.get("states"), arcs), areas((Map<String, Object>) objects.get("counties"), arcs));
  }

  @SuppressWarnings("unchecked")
  private static List<Area> areas(Map<String, Object> collection, double[][] arcs) {
    List<Area> areas = new ArrayList<>();
    for (Object g : (List<Object>) collection.get("geometries")) {
      Map<String, Object> geometry = (Map<String, Object>) g;
      Object id = geometry.get("id");
      Map<String, Object> properties = (Map<String, Object>) geometry.get("properties");
      if (id == null || properties == null || properties.get("name") == null) {
        continue;
      }
      List<Object> polygons = switch ((String) geometry.get("type")) {
        case "Polygon" -> List.of(geometry.get("arcs"));
        case "MultiPolygon" -> (List<Object>) geometry.get("arcs");
        default -> List.of();
      };
      double area = 0;
      double sumX = 0;
      double sumY = 0;
      for (Object polygon : polygons) {
        List<Object> rings = (List<Object>) polygon;
        if (rings.isEmpty()) {
          continue;
        }
        double[] ring = ring((List<Object>) rings.get(0), arcs);
        // Shoelace formula: signed area and first moments of the outer ring.
        for (int i = 0; i + 3 < ring.length; i += 2) {
          double cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
          area += cross;
          sumX += (ring[i] + ring[i + 2]) * cross;
          sumY += (ring[i + 1] + ring[i + 3]) * cross;
        }
      }
      if (area == 0) {
        continue;
      }
      areas.add(new Area(id.toString(), (String) properties.get("name"), sumY / (3 * area), sumX / (3 * area)));
    }
    return areas;
  }

  /** The ring's points as x, y pairs; arc ~i (negative) is arc i reversed. */
  private static double[] ring(List<Object> arcIndices, double[][] arcs) {
    int length = 0;
    for (Object index : arcIndices) {
      int i = ((Double) index).intValue();
      length += arcs[i < 0 ? ~i : i].length;
    }
    double[] points = new double[length];
    int at = 0;
    for (Object index : arcIndices) {
      int i = ((Double) index).intValue();
      double[] arc = arcs[i < 0 ? ~i : i];
      if (i >= 0) {
        System.arraycopy(arc, 0, points, at, arc.length);
      } else {
        for (int p = arc.length - 2; p >= 0; p -= 2) {
          points[at + (arc.length - 2 - p)] = arc[p];
          points[at + (arc.length - 2 - p) + 1] = arc[p + 1];
        }
      }
      at += arc.length;
    }
    return points;
  }
}
