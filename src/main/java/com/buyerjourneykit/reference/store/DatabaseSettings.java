package com.buyerjourneykit.reference.store;

import java.util.regex.Pattern;

/**
 * Where the app keeps journeys: a JDBC URL ({@code jdbc:h2:…} or {@code jdbc:postgresql://…}), the user and
 * the password to connect as. Printing it never shows the password, not even one written into the URL.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password) {
    /** H2's own administrator, with no password: what an embedded database file is created with. */
    static final String EMBEDDED_USER = "sa";
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password=)[^&;]*");

    /** An embedded H2 database (file or memory), or a server that needs no credentials. */
    public static DatabaseSettings embedded(String jdbcUrl) {
        return new DatabaseSettings(jdbcUrl, EMBEDDED_USER, "");
    }

    @Override
    public String toString() {
        return "DatabaseSettings[jdbcUrl=" + PASSWORD_IN_URL.matcher(jdbcUrl).replaceAll("$1******") + ", user=" + user
                + ", password=******]";
    }
}
