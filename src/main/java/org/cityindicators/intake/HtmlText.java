package org.cityindicators.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/** The visible text of an HTML page, paragraphs and table rows kept as lines (jsoup parses; nothing is executed). */
final class HtmlText implements NodeVisitor {

    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "iframe",
            "object", "svg", "canvas");
    private static final Set<String> CELLS = Set.of("td", "th");

    private final StringBuilder out = new StringBuilder();

    private HtmlText() {
    }

    static String visibleText(String html) {
        Document document = Jsoup.parse(html);
        document.select(String.join(",", HIDDEN)).remove();
        HtmlText visitor = new HtmlText();
        document.body().traverse(visitor);
        return visitor.lines();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode text) {
            appendCollapsed(text.getWholeText());
        } else if (node instanceof Element element) {
            if (element.normalName().equals("br")) {
                out.append('\n');
            } else if (CELLS.contains(element.normalName()) && element.elementSiblingIndex() > 0) {
                out.append('\t');
            } else if (element.isBlock() && !CELLS.contains(element.normalName())) {
                out.append('\n');
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element element && element.isBlock() && !CELLS.contains(element.normalName())) {
            out.append('\n');
        }
    }

    private void appendCollapsed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) && c != '\u00A0';
            if (!space) {
                out.append(c);
            } else if (out.length() > 0 && !isBreak(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
        }
    }

    /** The collected text with spaces trimmed at line and cell ends and without blank lines. */
    private String lines() {
        StringBuilder text = new StringBuilder(out.length());
        for (String line : out.toString().split("\n")) {
            String trimmed = line.replaceAll(" *\t *", "\t").replaceAll("^ +| +$", "");
            if (!trimmed.replace("\t", "").isEmpty()) {
                text.append(trimmed).append('\n');
            }
        }
        return text.toString();
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == '\n' || c == '\t';
    }
}
