package io.factunit.examples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The testcases of a Surefire XML report, as CI servers read them. */
record SurefireReport(List<TestCase> testCases) {

    /** One testcase: its names, its outcome (passed, failure, error or skipped), the outcome's text, output. */
    record TestCase(String className, String name, String outcome, String message, String text, String output) {
    }

    static SurefireReport read(Path xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        NodeList nodes = factory.newDocumentBuilder().parse(xml.toFile()).getElementsByTagName("testcase");
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element testCase = (Element) nodes.item(i);
            String outcome = "passed";
            String message = "";
            String text = "";
            String output = "";
            for (Node child = testCase.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element) {
                    switch (element.getTagName()) {
                        case "failure", "error", "skipped" -> {
                            outcome = element.getTagName();
                            message = element.getAttribute("message");
                            text = element.getTextContent();
                        }
                        case "system-out" -> output = element.getTextContent();
                        default -> {
                            // system-err and properties say nothing about the verdict
                        }
                    }
                }
            }
            cases.add(new TestCase(testCase.getAttribute("classname"), testCase.getAttribute("name"), outcome, message,
                    text, output));
        }
        return new SurefireReport(List.copyOf(cases));
    }

    /** The one testcase whose name starts with {@code prefix}. */
    TestCase named(String prefix) {
        List<TestCase> matches = testCases.stream().filter(c -> c.name().startsWith(prefix)).toList();
        if (matches.size() != 1) {
            throw new AssertionError(matches.size() + " testcases named '" + prefix + "...' in " + names());
        }
        return matches.get(0);
    }

    List<String> names() {
        return testCases.stream().map(TestCase::name).toList();
    }
}
