package dev.annals.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document as published (TempEval-3 TimeBank and AQUAINT): the creation time from
 * {@code <DCT>} and the gold TIMEX3 expressions of {@code <TEXT>}, with offsets into the text
 * once its tags are removed.
 */
public record TimemlDocument(String id, LocalDate creationDate, String text, List<GoldTimex> timexes) {
  public record GoldTimex(int start, int end, String text, String type, String value) {}

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
    Matcher tag = TAG.matcher(raw);
    int position = 0;
    int openStart = -1;
    String openType = "";
    String openValue = "";
    while (tag.find()) {
      text.append(unescape(raw.substring(position, tag.start())));
      position = tag.end();
      if (!tag.group(2).equals("TIMEX3")) {
        continue;
      }
      if (tag.group(1).isEmpty()) {
        openStart = text.length();
        openType = "";
        openValue = "";
        Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
        while (attribute.find()) {
          if (attribute.group(1).equals("type")) {
            openType = attribute.group(2);
          } else if (attribute.group(1).equals("value")) {
            openValue = attribute.group(2);
          }
        }
      } else if (openStart >= 0) {
        timexes.add(new GoldTimex(openStart, text.length(), text.substring(openStart), openType, openValue));
        openStart = -1;
      }
    }
    text.append(unescape(raw.substring(position)));
    String id = file.getFileName().toString().replaceAll("\\.tml$", "");
    return new TimemlDocument(id, LocalDate.parse(dct.group(1)), text.toString(), timexes);
  }

  /** Entity references change the text's length, so offsets are counted after unescaping. */
  private static String unescape(String s) {
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
  }
}
