package org.sched4j.cli.gantt;

import java.util.List;
import java.util.Locale;

/**
 * Colours for jobs that stay apart from each other for up to about 100 jobs. Up to ten jobs get the Tableau 10
 * palette (M. Stone, Tableau, 2016), designed for categories. More jobs get colours in the OKLCH space
 * (B. Ottosson, "A perceptual color space for image processing", 2020), where equal steps look equal: up to four
 * levels of lightness (light and dark alternate from one job to the next), and in each level hues evenly spread
 * around the circle, the levels' hues offset from each other, and the jobs of a level stepping through the hues by
 * about 0.38 of a turn so that jobs with neighbouring numbers differ in hue as well. Colours outside sRGB lose chroma
 * until they fit.
 */
final class JobPalette {

    private static final List<String> TABLEAU_10 = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");
    private static final double[] LIGHTNESS = {0.74, 0.56, 0.86, 0.47};
    private static final double[] CHROMA = {0.135, 0.125, 0.095, 0.11};
    private static final int HUES_PER_LEVEL = 10;

    private final int size;
    private final int levels;
    private final int hues;
    private final int stride;

    /** A palette for {@code jobs} jobs. */
    JobPalette(int jobs) {
        this.size = jobs;
        this.levels = Math.clamp((jobs + HUES_PER_LEVEL - 1) / HUES_PER_LEVEL, 2, LIGHTNESS.length);
        this.hues = Math.max(1, (jobs + levels - 1) / levels);
        this.stride = coprimeStride(hues);
    }

    /** The colour of job {@code job} (from 0), as {@code #rrggbb}. */
    String color(int job) {
        if (size <= TABLEAU_10.size()) {
            return TABLEAU_10.get(job);
        }
        int level = job % levels;
        int hueIndex = (int) ((long) (job / levels) * stride % hues);
        double hue = 30 + 360.0 * (hueIndex + (double) level / levels) / hues;
        return oklchToHex(LIGHTNESS[level], CHROMA[level], hue % 360);
    }

    /** A step through {@code count} hues, near 0.38 of them, that visits every hue once. */
    private static int coprimeStride(int count) {
        if (count <= 2) {
            return 1;
        }
        int stride = Math.max(1, (int) Math.round(count * 0.382));
        while (gcd(stride, count) != 1) {
            stride++;
        }
        return stride;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    /** The colour of text drawn on {@code background}: near-black on light colours, white on dark ones. */
    static String textOn(String background) {
        int rgb = Integer.parseInt(background.substring(1), 16);
        double luminance = 0.2126 * linear((rgb >> 16) & 0xff) + 0.7152 * linear((rgb >> 8) & 0xff)
                + 0.0722 * linear(rgb & 0xff);
        return luminance > 0.30 ? "#1b1b1b" : "#ffffff";
    }

    private static String oklchToHex(double lightness, double chroma, double hueDegrees) {
        double c = chroma;
        while (true) {
            double[] rgb = oklabToLinearSrgb(lightness, c * Math.cos(Math.toRadians(hueDegrees)),
                    c * Math.sin(Math.toRadians(hueDegrees)));
            boolean inGamut = true;
            for (double channel : rgb) {
                inGamut &= channel >= -1e-4 && channel <= 1 + 1e-4;
            }
            if (inGamut || c <= 0) {
                return String.format(Locale.ROOT, "#%02x%02x%02x", encode(rgb[0]), encode(rgb[1]), encode(rgb[2]));
            }
            c = Math.max(0, c - 0.005);
        }
    }

    /** Ottosson's OKLab to linear sRGB. */
    private static double[] oklabToLinearSrgb(double l, double a, double b) {
        double lPrime = l + 0.3963377774 * a + 0.2158037573 * b;
        double mPrime = l - 0.1055613458 * a - 0.0638541728 * b;
        double sPrime = l - 0.0894841775 * a - 1.2914855480 * b;
        double lCube = lPrime * lPrime * lPrime;
        double mCube = mPrime * mPrime * mPrime;
        double sCube = sPrime * sPrime * sPrime;
        return new double[] {
            4.0767416621 * lCube - 3.3077115913 * mCube + 0.2309699292 * sCube,
            -1.2684380046 * lCube + 2.6097574011 * mCube - 0.3413193965 * sCube,
            -0.0041960863 * lCube - 0.7034186147 * mCube + 1.7076147010 * sCube};
    }

    private static int encode(double linear) {
        double clamped = Math.min(1, Math.max(0, linear));
        double gamma = clamped <= 0.0031308 ? 12.92 * clamped : 1.055 * Math.pow(clamped, 1 / 2.4) - 0.055;
        return (int) Math.round(gamma * 255);
    }

    private static double linear(int channel) {
        double value = channel / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    }
}
