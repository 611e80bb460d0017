package dev.annals.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns a stored actor into the ten actor columns of GDELT's event table (Code, Name, CountryCode,
 * KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1Code to Type3Code).
 *
 * <p>GDELT fills these by taking the actor's CAMEO code apart three letters at a time: a country
 * or region, then known groups, religions and types. An organisation with a CAMEO code is written
 * that way (the European Union: IGOEUREEC, country EUR, known group EEC, type IGO); one without
 * keeps Annals' code, which then also stands in the KnownGroupCode column. A state actor is its
 * country and sector, with the country in CAMEO's spelling where that differs from ISO (Romania is
 * ROM in CAMEO, ROU in ISO). The parts are knowledge, in {@value #RESOURCE}.
 */
final class GdeltActorColumns {
  static final String RESOURCE = "cameo-code-parts.tsv";

  private enum Part { TYPE, RELIGION, REGION, COUNTRY }

  private final Map<String, Part> kinds;
  private final Map<String, String> cameoCountryByIso;

  private GdeltActorColumns(Map<String, Part> kinds, Map<String, String> cameoCountryByIso) {
    this.kinds = Map.copyOf(kinds);
    this.cameoCountryByIso = Map.copyOf(cameoCountryByIso);
  }

  static GdeltActorColumns shared() {
    return Shared.INSTANCE;
  }

  private static final class Shared {
    static final GdeltActorColumns INSTANCE = load();
  }

  /**
   * The ten columns for one actor; all empty when there is no actor (an event without a target).
   *
   * @param code the stored Annals code, or null
   * @param name the stored name, or null
   * @param country the stored ISO-3 country, or null
   * @param sector the stored sector (GOV, MIL, IGO, ...), or null
   * @param organisationCameo the CAMEO code of the organisation the code stands for, if any
   */
  List<String> of(String code, String name, String country, String sector, Optional<String> organisationCameo) {
    List<String> columns = new ArrayList<>(List.of("", "", "", "", "", "", "", "", "", ""));
    if (code == null) {
      return columns;
    }
    columns.set(1, name == null ? "" : name.toUpperCase(Locale.ROOT));
    if (organisationCameo.isPresent() && isCameoCode(organisationCameo.get())) {
      fillFromCameo(columns, organisationCameo.get());
      if (columns.get(7).isEmpty() && sector != null) {
        columns.set(7, sector);
      }
      return columns;
    }
    String cameoCountry = country == null ? null : cameoCountryByIso.getOrDefault(country, country);
    if (country != null) {
      columns.set(0, code.startsWith(country) ? cameoCountry + code.substring(country.length()) : code);
      columns.set(2, cameoCountry);
    } else if (kinds.get(code) == Part.REGION) {
      columns.set(0, code);
      columns.set(2, code);
    } else {
      columns.set(0, code);
      columns.set(3, code);
    }
    columns.set(7, sector == null ? "" : sector);
    return columns;
  }

  private void fillFromCameo(List<String> columns, String cameo) {
    columns.set(0, cameo);
    List<String> types = new ArrayList<>();
    List<String> religions = new ArrayList<>();
    for (int at = 0; at < cameo.length(); at += 3) {
      String part = cameo.substring(at, at + 3);
      Part kind = kinds.get(part);
      if (kind == Part.TYPE) {
        types.add(part);
      } else if (kind == Part.RELIGION) {
        religions.add(part);
      } else if (at == 0 && (kind == Part.REGION || kind == Part.COUNTRY || FipsCountryCodes.shared().fips(part).isPresent())) {
        columns.set(2, part);
      } else if (kind == Part.REGION && columns.get(2).isEmpty() && columns.get(3).isEmpty()) {
        columns.set(2, part); // IGOEUREEC: the region comes after the actor type
      } else if (columns.get(3).isEmpty()) {
        columns.set(3, part);
      }
    }
    for (int i = 0; i < Math.min(2, religions.size()); i++) {
      columns.set(5 + i, religions.get(i));
    }
    for (int i = 0; i < Math.min(3, types.size()); i++) {
      columns.set(7 + i, types.get(i));
    }
  }

  private static boolean isCameoCode(String code) {
    return code.length() >= 3 && code.length() % 3 == 0 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  static GdeltActorColumns load() {
    Map<String, Part> kinds = new HashMap<>();
    Map<String, String> cameoCountryByIso = new HashMap<>();
    try (InputStream in = GdeltActorColumns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource dev/annals/store/" + RESOURCE + " is missing from annals-store");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        if (fields.length != 3 || !fields[0].matches("[A-Z]{3}")) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected part (three capitals), kind and value, got: " + line);
        }
        Part kind = Part.valueOf(fields[1].toUpperCase(Locale.ROOT));
        kinds.put(fields[0], kind);
        if (kind == Part.COUNTRY) {
          cameoCountryByIso.put(fields[2], fields[0]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read dev/annals/store/" + RESOURCE, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ": unknown kind of part (" + e.getMessage() + ")", e);
    }
    return new GdeltActorColumns(kinds, cameoCountryByIso);
  }
}
