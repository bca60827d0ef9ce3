package com.buyerjourneykit.simulator.myinvois;

import java.util.List;

/** A document of a submission that was not accepted, with every problem found in it. */
record Rejection(String codeNumber, List<Problem> details) {
}
