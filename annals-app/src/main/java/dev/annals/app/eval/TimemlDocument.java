package dev.annals.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document as published (TempEval-3 TimeBank and AQUAINT): the creation time from
 * {@code <DCT>} and the gold TIMEX3 expressions of {@code <TEXT>}, with offsets into the text
 * once its tags are removed.
 */
public record TimemlDocument(String id, LocalDate creationDate, String text, List<GoldTimex> timexes, List<GoldEvent> events, List<TimeLink> links) {
  public record GoldTimex(int start, int end, String text, String type, String value) {}

  /** An {@code <EVENT>} of the text: "met", "attack". */
  public record GoldEvent(String eventId, int start, int end, String text) {}

  /**
   * A {@code <TLINK>} that puts an event inside a time ("IS_INCLUDED", "DURING", "SIMULTANEOUS",
   * or the time "INCLUDES" the event), with the time's gold value; {@code creationTime} when the
   * time is the document's own date.
   */
  public record TimeLink(String eventId, String relation, String timeValue, String timeType, boolean creationTime) {}

  public TimemlDocument {
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
    links = List.copyOf(links);
  }

  /** A document read for its time expressions only. */
  public TimemlDocument(String id, LocalDate creationDate, String text, List<GoldTimex> timexes) {
    this(id, creationDate, text, timexes, List.of(), List.of());
  }

  private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"(\\d{4}-\\d{2}-\\d{2})[^\"]*\"", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<TEXT>(.*)</TEXT>", Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  public static TimemlDocument read(Path file) throws IOException {
    String xml = Files.readString(file);
    Matcher dct = DCT.matcher(xml);
    if (!dct.find()) {
      throw new IOException(file + ": no <DCT> with a TIMEX3 value");
    }
    Matcher body = TEXT.matcher(xml);
    if (!body.find()) {
      throw new IOException(file + ": no <TEXT> element");
    }
    String raw = body.group(1);
    StringBuilder text = new StringBuilder();
    List<GoldTimex> timexes = new ArrayList<>();
    List<GoldEvent> events = new ArrayList<>();
    Matcher tag = TAG.matcher(raw);
    int position = 0;
    int openStart = -1;
    String openType = "";
    String openValue = "";
    int eventStart = -1;
    String eventId = "";
    while (tag.find()) {
      text.append(unescape(raw.substring(position, tag.start())));
      position = tag.end();
      if (tag.group(2).equals("EVENT")) {
        if (tag.group(1).isEmpty()) {
          eventStart = text.length();
          eventId = attributes(tag.group(3)).getOrDefault("eid", "");
        } else if (eventStart >= 0) {
          events.add(new GoldEvent(eventId, eventStart, text.length(), text.substring(eventStart)));
          eventStart = -1;
        }
        continue;
      }
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        openStart = text.length();
        Map<String, String> attributes = attributes(tag.group(3));
        openType = attributes.getOrDefault("type", "");
        openValue = attributes.getOrDefault("value", "");
      } else if (openStart >= 0) {
        timexes.add(new GoldTimex(openStart, text.length(), text.substring(openStart), openType, openValue));
        openStart = -1;
      }
    }
    text.append(unescape(raw.substring(position)));
    String id = file.getFileName().toString().replaceAll("\\.tml$", "");
    return new TimemlDocument(id, LocalDate.parse(dct.group(1)), text.toString(), timexes, events, links(xml));
  }

  private static final Pattern TIMEX_TAG = Pattern.compile("<TIMEX3\\b([^>]*)>");
  private static final Pattern INSTANCE_TAG = Pattern.compile("<MAKEINSTANCE\\b([^>]*)>");
  private static final Pattern LINK_TAG = Pattern.compile("<TLINK\\b([^>]*)>");
  private static final java.util.Set<String> INSIDE = java.util.Set.of("IS_INCLUDED", "DURING", "SIMULTANEOUS");

  /** The links that put an event inside a time, with event instances resolved to their events. */
  private static List<TimeLink> links(String xml) {
    Map<String, Map<String, String>> times = new HashMap<>();
    for (Matcher m = TIMEX_TAG.matcher(xml); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      times.put(a.getOrDefault("tid", ""), a);
    }
    Map<String, String> eventOfInstance = new HashMap<>();
    for (Matcher m = INSTANCE_TAG.matcher(xml); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      eventOfInstance.put(a.getOrDefault("eiid", ""), a.getOrDefault("eventID", ""));
    }
    List<TimeLink> links = new ArrayList<>();
    for (Matcher m = LINK_TAG.matcher(xml); m.find(); ) {
      Map<String, String> a = attributes(m.group(1));
      String relation = a.getOrDefault("relType", "");
      String instance;
      String time;
      if (a.containsKey("eventInstanceID") && a.containsKey("relatedToTime") && INSIDE.contains(relation)) {
        instance = a.get("eventInstanceID");
        time = a.get("relatedToTime");
      } else if (a.containsKey("timeID") && a.containsKey("relatedToEventInstance") && relation.equals("INCLUDES")) {
        instance = a.get("relatedToEventInstance");
        time = a.get("timeID");
      } else {
        continue;
      }
      Map<String, String> timex = times.get(time);
      String event = eventOfInstance.get(instance);
      if (timex != null && event != null) {
        links.add(new TimeLink(event, relation, timex.getOrDefault("value", ""), timex.getOrDefault("type", ""),
            "CREATION_TIME".equals(timex.get("functionInDocument"))));
      }
    }
    return links;
  }

  private static Map<String, String> attributes(String tagBody) {
    Map<String, String> attributes = new HashMap<>();
    for (Matcher m = ATTRIBUTE.matcher(tagBody); m.find(); ) {
      attributes.put(m.group(1), m.group(2));
    }
    return attributes;
  }

  /** Entity references change the text's length, so offsets are counted after unescaping. */
  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }
}
