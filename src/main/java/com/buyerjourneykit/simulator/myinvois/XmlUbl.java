package com.buyerjourneykit.simulator.myinvois;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A UBL document in XML: root {@code Invoice} in UBL's Invoice-2 namespace, elements found by
 * their local name. No DOCTYPE is allowed, so no entity can reach a file or the network.
 */
final class XmlUbl implements UblNode {
    static final String INVOICE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2";
    private final Element element;

    private XmlUbl(Element element) {
        this.element = element;
    }

    static UblNode invoiceOf(byte[] document) {
        Element root;
        try {
            root = builder().parse(new ByteArrayInputStream(document)).getDocumentElement();
        } catch (SAXException | IOException notXml) {
            throw new UnreadableDocument("the document is not well-formed XML without a DOCTYPE");
        }
        if (!"Invoice".equals(root.getLocalName()) || !INVOICE_NAMESPACE.equals(root.getNamespaceURI())) {
            throw new UnreadableDocument("the document's root must be Invoice in " + INVOICE_NAMESPACE);
        }
        return new XmlUbl(root);
    }

    @Override
    public List<UblNode> children(String name) {
        List<UblNode> children = new ArrayList<>();
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element found && name.equals(found.getLocalName())) {
                children.add(new XmlUbl(found));
            }
        }
        return children;
    }

    @Override
    public Optional<String> text() {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return Optional.empty();
            }
        }
        return Optional.of(element.getTextContent());
    }

    @Override
    public Optional<String> attribute(String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            return builder;
        } catch (ParserConfigurationException unsupported) {
            throw new IllegalStateException("the JDK's XML parser refuses a standard feature", unsupported);
        }
    }
}
