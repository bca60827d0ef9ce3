package com.buyerjourneykit.report.catalogue;

/** The part of README.md between the catalogue markers, which the generator owns. */
final class ReadmeBlock {
    static final String BEGIN = "<!-- catalogue:begin -->\n";
    static final String END = "<!-- catalogue:end -->";

    private ReadmeBlock() {
    }

    /** The README with its block's inside replaced; the rest byte for byte as it was. */
    static String replaceInside(String readme, String inside) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException("README.md lacks the markers " + BEGIN.strip() + " … " + END
                    + ": put them where the catalogue belongs");
        }
        return readme.substring(0, begin + BEGIN.length()) + inside + readme.substring(end);
    }
}
