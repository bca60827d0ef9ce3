/**
 * The guide's sections, one package each ({@code sections/<name>/}): its steps, rules, provider
 * client, answers and route declarations. Adding a section {@code <name>}:
 * <ol>
 *   <li>{@code sections/<name>/<Name>Section.java} implementing {@link com.buyerjourneykit.reference.sections.GuideSection}:
 *       {@code name()} is {@code "<name>"}; {@code steps()} its journey steps (from a public {@code <Name>Steps}
 *       class when it has any, else {@code List.of()}); {@code routes(context)} builds its services from the
 *       {@link com.buyerjourneykit.reference.sections.SectionContext} and declares each route once:
 *       {@code Route.journeyAction(path, template("page"), handler)} for a journey step (REST
 *       {@code POST /api/v1/journeys/{journeyId}/<path>}, pages {@code GET/POST /{lang}/journeys/{journeyId}/<path>}),
 *       or {@code Route.readOnly(path, template("page"), handler)} for a page that only shows something (REST
 *       {@code GET /api/v1/<path>}, page {@code GET /{lang}/<path>}).</li>
 *   <li>{@code templates/<name>/<page>.html} and {@code i18n/<name>/messages_{en,ru,tr,zh_CN}.properties}
 *       (keys unique across all bundles; MessageBundlesTest finds the folder by itself).</li>
 *   <li>The REST paths in {@code openapi/reference-api.yaml} (OpenApiCoverageTest compares them with the route table).</li>
 *   <li>One line in {@link com.buyerjourneykit.reference.sections.GuideSections#ALL}.</li>
 * </ol>
 * Sections meet only through each other's {@code …Steps} class (SectionRulesTest).
 */
package com.buyerjourneykit.reference.sections;
