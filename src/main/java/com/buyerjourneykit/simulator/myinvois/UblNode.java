package com.buyerjourneykit.simulator.myinvois;

import java.util.List;
import java.util.Optional;

/**
 * One element of a UBL 2.1 document, read the same way from MyInvois's JSON notation
 * ({@code "Name":[{"_":value,"attribute":…}]}) and from XML: so every rule is written once.
 */
interface UblNode {

    /** The child elements of this name (the local name: no cac/cbc prefix), in document order. */
    List<UblNode> children(String name);

    /** The element's value as text; numbers exactly as written (never through a double). */
    Optional<String> text();

    Optional<String> attribute(String name);

    /** The first element along a path of names ({@code "Party", "PartyLegalEntity"}), if there is one. */
    default Optional<UblNode> first(String... path) {
        UblNode node = this;
        for (String name : path) {
            List<UblNode> children = node.children(name);
            if (children.isEmpty()) {
                return Optional.empty();
            }
            node = children.get(0);
        }
        return Optional.of(node);
    }

    /** The non-blank text of the first element along a path. */
    default Optional<String> textAt(String... path) {
        return first(path).flatMap(UblNode::text).map(String::strip).filter(text -> !text.isEmpty());
    }
}
