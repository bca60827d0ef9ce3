/**
 * What the simulator and the reference app publish about their magic values and chosen rules, for the
 * generated catalogues (docs/catalogue). Depends on nothing, so both may use it without knowing each other.
 */
package com.buyerjourneykit.catalogue;
