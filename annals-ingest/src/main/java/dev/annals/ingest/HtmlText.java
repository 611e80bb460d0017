package dev.annals.ingest;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of an HTML element with its paragraphs kept: a blank line between blocks (so
 * sentence splitting and paragraph offsets work as on plain text), a line end for {@code <br>},
 * runs of white space inside a paragraph made one space.
 */
final class HtmlText {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "section", "article", "main", "header", "footer", "aside", "h1", "h2", "h3", "h4", "h5",
      "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "figcaption",
      "address", "hr", "form", "fieldset");
  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "head");

  private HtmlText() {}

  static String of(Element root) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
          if (!insideInvisible(text)) {
            out.append(text.getWholeText().replaceAll("[\\s\u00A0]+", " "));
          }
        } else if (node instanceof Element element) {
          String tag = element.normalName();
          if (BLOCKS.contains(tag)) {
            out.append("\n\n");
          } else if (tag.equals("br")) {
            out.append('\n');
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
          out.append("\n\n");
        }
      }
    }, root);
    return tidy(out.toString());
  }

  /** Trims each line, drops blank runs to one blank line. */
  static String tidy(String text) {
    StringBuilder out = new StringBuilder();
    boolean blankPending = false;
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        blankPending = out.length() > 0;
        continue;
      }
      if (out.length() > 0) {
        out.append(blankPending ? "\n\n" : "\n");
      }
      out.append(trimmed);
      blankPending = false;
    }
    return out.toString();
  }

  private static boolean insideInvisible(Node node) {
    for (Node parent = node.parentNode(); parent != null; parent = parent.parentNode()) {
      if (parent instanceof Element element && INVISIBLE.contains(element.normalName())) {
        return true;
      }
    }
    return false;
  }
}
