package se.finsam.check.read.form;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small helpers for WordprocessingML read as DOM. Elements are known by their local name only: Word's own
 * namespace, its "strict" variant and the markup-compatibility wrappers never share one.
 */
final class WordXml {

    /** How deep elements may nest (tables in cells in controls …) before the file is taken as damaged. */
    static final int MAX_DEPTH = 200;

    private WordXml() {
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    /** The first child of this name, or null. */
    static Element child(Element parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    static String name(Element e) {
        return e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
    }

    /** An attribute by its local name (w:val, w:fldCharType …), "" when absent. */
    static String attribute(Element e, String localName) {
        if (e == null) {
            return "";
        }
        var attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            String name = a.getLocalName() == null ? a.getNodeName() : a.getLocalName();
            if (name.equals(localName)) {
                return a.getNodeValue();
            }
        }
        return "";
    }

    /** A switch like w:showingPlcHdr: on when present, unless its value says off. */
    static boolean on(Element e) {
        if (e == null) {
            return false;
        }
        String v = attribute(e, "val");
        return !(v.equals("0") || v.equals("false") || v.equals("off"));
    }

    /** A number attribute of a child (w:gridSpan w:val="3"), or the default when absent or not a number. */
    static int number(Element parent, String child, String attribute, int otherwise) {
        String v = attribute(child(parent, child), attribute);
        try {
            return v.isEmpty() ? otherwise : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** The markup-compatibility choice Word shows: the first Choice (else the Fallback) – never both. */
    static Element chosen(Element alternateContent) {
        Element choice = child(alternateContent, "Choice");
        return choice != null ? choice : child(alternateContent, "Fallback");
    }

    /** Too deeply nested to read: taken as a damaged file. */
    static void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
    }

    /** Content nested deeper than any form is (a hostile file): refused as that, not as a damaged file. */
    static final class TooDeep extends IllegalStateException {
        TooDeep() {
            super("nested too deeply");
        }
    }
}
