package org.sched4j.cli.gantt;

import java.util.Locale;

/**
 * A small builder of SVG text: elements with attributes, text escaped for XML, coordinates with at most two decimals.
 * Attributes are given as name/value pairs; values are escaped.
 */
final class SvgDocument {

    private final StringBuilder text = new StringBuilder();
    private int depth;

    /** Starts the document: the XML declaration and the {@code <svg>} element of the given size in pixels. */
    SvgDocument(double width, double height, String style) {
        text.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        open("svg", "xmlns", "http://www.w3.org/2000/svg", "width", number(width), "height", number(height),
                "viewBox", "0 0 " + number(width) + " " + number(height), "font-family",
                "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif");
        open("style");
        indent().append(escape(style)).append('\n');
        close("style");
    }

    /** Opens an element that will hold others. */
    SvgDocument open(String element, String... attributes) {
        indent().append('<').append(element);
        attributes(attributes);
        text.append(">\n");
        depth++;
        return this;
    }

    /** Closes the element opened last. */
    SvgDocument close(String element) {
        depth--;
        indent().append("</").append(element).append(">\n");
        return this;
    }

    /** An element without children. */
    SvgDocument empty(String element, String... attributes) {
        indent().append('<').append(element);
        attributes(attributes);
        text.append("/>\n");
        return this;
    }

    /** An element holding only text (escaped), e.g. {@code <text>} or {@code <title>}. */
    SvgDocument textElement(String element, String content, String... attributes) {
        indent().append('<').append(element);
        attributes(attributes);
        text.append('>').append(escape(content)).append("</").append(element).append(">\n");
        return this;
    }

    /** The finished document. */
    String finish() {
        while (depth > 0) {
            close("svg");
        }
        return text.toString();
    }

    /** A coordinate or length with at most two decimals and no trailing zeros. */
    static String number(double value) {
        String formatted = String.format(Locale.ROOT, "%.2f", value);
        formatted = formatted.replaceFirst("\\.?0+$", "");
        return formatted.equals("-0") ? "0" : formatted;
    }

    /** Escapes {@code &}, {@code <}, {@code >} and quotes, and writes line breaks as character references. */
    static String escape(String raw) {
        StringBuilder escaped = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private void attributes(String[] attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            text.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
        }
    }

    private StringBuilder indent() {
        return text.append("  ".repeat(depth));
    }
}
