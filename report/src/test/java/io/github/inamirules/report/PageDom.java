package io.github.inamirules.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** A page read with the JDK's XML parser, which only succeeds if the markup is well-formed. */
final class PageDom {
    private final Document document;

    private PageDom(Document document) {
        this.document = document;
    }

    static PageDom parse(String html) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return new PageDom(factory.newDocumentBuilder().parse(new InputSource(new StringReader(html))));
        } catch (Exception e) {
            throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
        }
    }

    /** The elements an XPath expression selects. */
    List<Element> all(String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** The one element an XPath expression selects. */
    Element one(String xpath) {
        List<Element> found = all(xpath);
        if (found.size() != 1) {
            throw new AssertionError(xpath + " selects " + found.size() + " elements");
        }
        return found.get(0);
    }

    /** The text of the whole page. */
    String text() {
        return document.getDocumentElement().getTextContent();
    }

    /** Every attribute value of every element, for checks over the whole page. */
    List<String> attributeNames() {
        List<String> names = new ArrayList<>();
        for (Element e : all("//*")) {
            for (int i = 0; i < e.getAttributes().getLength(); i++) {
                names.add(e.getAttributes().item(i).getNodeName());
            }
        }
        return names;
    }
}
