package com.buyerjourneykit.report.guidebook;

import com.buyerjourneykit.report.Inline;

/**
 * The frame of every generated page: one file that opens from disk or any web server, with its
 * style inline and no script, no font or picture from elsewhere.
 */
public final class PageFrame {
    private static final String STYLE = String.join("\n",
            "body{font:16px/1.5 system-ui,'Noto Sans','Noto Sans CJK SC',sans-serif;margin:0;color:#1d2433;background:#f6f7f9}",
            "header,nav,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}",
            "header{padding-top:16px}h1{margin:.2em 0}h2{margin-top:2em;border-bottom:2px solid #d0d5dd}",
            "a{color:#1a56db}.sub,.crumbs,.legend{color:#555;margin:.3em 0}",
            ".v{display:inline-block;padding:0 .5em;border-radius:.6em;font-size:.85em;white-space:nowrap}",
            ".passed{background:#def7e5;color:#0b6b2c}.failed{background:#fde2e1;color:#a11}",
            ".na{background:#eceff3;color:#555}.missing{background:#fff3cd;color:#7a5b00}",
            ".scenario{background:#fff;border:1px solid #d0d5dd;border-radius:8px;padding:12px 18px;margin:16px 0}",
            ".scenario h4{margin:.2em 0 .4em;font-size:1.1em}.why{white-space:pre-wrap;font-size:.9em}",
            ".req{margin:.3em 0;font-size:.9em}.req dt{font-weight:600;float:left;margin-right:.6em}.req dd{margin:0 0 .3em}",
            ".steps{padding-left:1.4em}.step{display:grid;grid-template-columns:minmax(14em,1fr) 2fr;gap:16px;",
            "padding:8px 0;border-top:1px solid #eef0f3}.steps.text .step{display:block;padding:4px 0}.step p{margin:0}.mark{font-weight:700;margin-right:.4em}",
            ".step.passed,.step.na{background:none;color:inherit}.step.failed{background:#fff5f5}.step img{max-width:100%;border:1px solid #d0d5dd;border-radius:4px}",
            ".same{color:#777;font-style:italic;font-size:.9em}",
            "table{border-collapse:collapse;background:#fff}th,td{border:1px solid #d0d5dd;padding:4px 8px;",
            "vertical-align:top;text-align:left}td.text{min-width:14em;max-width:22em;font-size:.85em}th{white-space:nowrap}main{overflow-x:auto}th.lang{text-align:center}",
            "@media (max-width:800px){.step{grid-template-columns:1fr}}");

    private PageFrame() {
    }

    public static String page(String language, String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"" + Inline.escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Inline.escape(title) + "</title>\n<style>\n" + STYLE + "\n</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }
}
