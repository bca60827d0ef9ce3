package com.buyerjourneykit.reference.web;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Every route of the app: the journey's own and those the guide sections declare; what the REST contract must list. */
public final class RouteTable {
    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    List<Route> sectionRoutes() {
        return routes;
    }

    /** Every REST path the app answers, written as the OpenAPI contract writes them. */
    public Set<String> apiPaths() {
        Set<String> paths = new TreeSet<>(JourneyApi.PATHS);
        routes.forEach(route -> paths.add(route.apiPath()));
        return paths;
    }
}
