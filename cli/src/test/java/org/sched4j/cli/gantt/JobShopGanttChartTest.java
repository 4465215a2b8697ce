package org.sched4j.cli.gantt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.sched4j.jobshop.JobShopCriticalPath;
import org.sched4j.jobshop.JobShopInstance;
import org.sched4j.jobshop.JobShopSchedule;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JobShopGanttChartTest {

    /** Job 0 = (m0,3) (m1,2); job 1 = (m1,4) (m0,1); the schedule below has makespan 6 and critical path (1,0) (0,1). */
    private static final JobShopInstance TWO_BY_TWO = JobShopInstance.of("two <&> two", 2,
            new int[][] {{0, 1}, {1, 0}}, new int[][] {{3, 2}, {4, 1}});
    private static final JobShopSchedule SCHEDULE = JobShopSchedule.of(new int[][] {{0, 4}, {0, 4}});
    private static final ChartCaption CAPTION =
            new ChartCaption("two <&> two", "mwkr", "OPTIMAL", 6, 6, 6, 0, 0.004);

    @Test
    void writesWellFormedSvgWithOneTooltipPerOperation() throws Exception {
        Document svg = parse(JobShopGanttChart.render(TWO_BY_TWO, SCHEDULE, CAPTION));

        assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg.getDocumentElement().getAttribute("xmlns")).isEqualTo("http://www.w3.org/2000/svg");
        List<String> tooltips = texts(byId(svg, "operations").getElementsByTagName("title"));
        assertThat(tooltips).hasSize(4).contains(
                "job J1, operation 1 of 2\nmachine M1\nstart 0, end 4, duration 4\non the critical path",
                "job J0, operation 1 of 2\nmachine M0\nstart 0, end 3, duration 3");
    }

    @Test
    void marksTheCriticalPathWithOutlinesAndNoLinkWhileItStaysOnAMachine() throws Exception {
        Document svg = parse(JobShopGanttChart.render(TWO_BY_TWO, SCHEDULE, CAPTION));

        Element critical = byId(svg, "critical-path");
        assertThat(critical.getElementsByTagName("rect").getLength())
                .isEqualTo(JobShopCriticalPath.of(TWO_BY_TWO, SCHEDULE).size()).isEqualTo(2);
        assertThat(linksIn(critical)).isEmpty();
    }

    @Test
    void linksTheCriticalPathWhereItChangesMachine() throws Exception {
        // Job 0 = (m0,2) (m1,3); job 1 = (m1,2): the path is job 0, from machine 0 to machine 1 at time 2.
        JobShopInstance instance = JobShopInstance.of("link", 2, new int[][] {{0, 1}, {1}}, new int[][] {{2, 3}, {2}});
        JobShopSchedule schedule = JobShopSchedule.of(new int[][] {{0, 2}, {0}});

        Element critical = byId(parse(JobShopGanttChart.render(instance, schedule, CAPTION)), "critical-path");

        assertThat(critical.getElementsByTagName("rect").getLength()).isEqualTo(2);
        assertThat(linksIn(critical)).hasSize(1);
        Element link = linksIn(critical).getFirst();
        assertThat(link.getAttribute("x1")).isEqualTo(link.getAttribute("x2"));
        assertThat(link.getAttribute("y1")).isNotEqualTo(link.getAttribute("y2"));
    }

    @Test
    void titlesTheChartWithTheResultAndEscapesTheName() throws Exception {
        String text = JobShopGanttChart.render(TWO_BY_TWO, SCHEDULE, CAPTION);
        Document svg = parse(text);

        List<String> texts = texts(svg.getElementsByTagName("text"));
        assertThat(texts).contains("two <&> two \u2014 makespan 6");
        assertThat(texts).anySatisfy(line -> assertThat(line).contains("2 jobs \u00d7 2 machines")
                .contains("solver mwkr, OPTIMAL in 0.004 s").contains("lower bound 6").contains("best known 6")
                .contains("gap 0.00%").contains("critical path 2 operations"));
        assertThat(texts).contains("M0", "M1", "J0", "J1", "0", "critical path (2 operations)");
        assertThat(text).contains("two &lt;&amp;&gt; two");
    }

    @Test
    void drawsTheBestKnownLineOnlyWhenItIsBelowTheMakespan() throws Exception {
        ChartCaption worse = new ChartCaption("x", "spt", "FEASIBLE", 6, Double.NaN, 5, 20, Double.NaN);

        List<String> markers = texts(byId(parse(JobShopGanttChart.render(TWO_BY_TWO, SCHEDULE, worse)), "markers")
                .getElementsByTagName("text"));
        List<String> equal = texts(byId(parse(JobShopGanttChart.render(TWO_BY_TWO, SCHEDULE, CAPTION)), "markers")
                .getElementsByTagName("text"));

        assertThat(markers).containsExactly("makespan 6", "best known 5");
        assertThat(equal).containsExactly("makespan 6");
    }

    @Test
    void refusesAnInfeasibleSchedule() {
        JobShopSchedule overlapping = JobShopSchedule.of(new int[][] {{0, 4}, {0, 2}});

        assertThatThrownBy(() -> JobShopGanttChart.render(TWO_BY_TWO, overlapping, CAPTION))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element byId(Document document, String id) {
        NodeList groups = document.getElementsByTagName("g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (id.equals(group.getAttribute("id"))) {
                return group;
            }
        }
        throw new AssertionError("no <g id=\"" + id + "\">");
    }

    private static List<Element> linksIn(Element group) {
        List<Element> links = new ArrayList<>();
        NodeList lines = group.getElementsByTagName("line");
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if ("link".equals(line.getAttribute("class"))) {
                links.add(line);
            }
        }
        return links;
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
