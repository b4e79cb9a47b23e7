package nl.regiokompas.web.evaluation.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SvgChartTest {

    private static final List<String> SCALES = List.of("Lokaal", "Regionaal", "Bovenregionaal");

    private static Chart bars(List<String> categories, Chart.Series... series) {
        return new Chart("doorlooptijd", Chart.Kind.BAR, "Doorlooptijd per thema", "Jeugd duurde het langst: 40 dagen.",
                "Thema", "Dagen", categories, List.of(series), null);
    }

    private static Chart.Series series(String name, Double... values) {
        return new Chart.Series(name, Arrays.asList(values));
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static NodeList select(Document document, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
    }

    @Test
    void aBarChartIsWellFormedXmlNamedByItsTitleAndDescribedByItsSummary() throws Exception {
        Document svg = parse(SvgChart.render(bars(List.of("Jeugd", "Wmo"), series("Dagen", 40.0, 12.5))));

        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg.getDocumentElement().getAttribute("aria-labelledby"))
                .isEqualTo("doorlooptijd-titel doorlooptijd-beschrijving");
        assertThat(select(svg, "/*[local-name()='svg']/*[local-name()='title'][@id='doorlooptijd-titel']").item(0)
                .getTextContent()).isEqualTo("Doorlooptijd per thema");
        assertThat(select(svg, "/*[local-name()='svg']/*[local-name()='desc'][@id='doorlooptijd-beschrijving']").item(0)
                .getTextContent()).isEqualTo("Jeugd duurde het langst: 40 dagen.");
    }

    @Test
    void aBarChartDrawsOneBarPerDataPointAndWritesEachValue() throws Exception {
        Document svg = parse(SvgChart.render(bars(List.of("Jeugd", "Wmo", "Leerplicht"),
                series("Eerste periode", 40.0, 12.5, null), series("Tweede periode", 30.0, 2.0, 7.0))));

        assertThat(select(svg, "//*[local-name()='rect'][@class='staaf']").getLength()).isEqualTo(5);
        String texts = svg.getDocumentElement().getTextContent();
        assertThat(texts).contains("40", "12,5", "30", "7", "geen gegevens", "Eerste periode", "Tweede periode");
    }

    @Test
    void aSecondSeriesIsToldApartByAPatternNotOnlyByColour() throws Exception {
        Document svg = parse(SvgChart.render(bars(List.of("Jeugd"), series("A", 4.0), series("B", 3.0))));

        assertThat(select(svg, "//*[local-name()='pattern'][@id='doorlooptijd-patroon-1']").getLength()).isEqualTo(1);
        assertThat(select(svg, "//*[local-name()='rect'][@class='staaf'][@fill='url(#doorlooptijd-patroon-1)']")
                .getLength()).isEqualTo(1);
    }

    @Test
    void aStepChartMarksEveryValueAndNamesTheOrdinalScaleOnItsAxis() throws Exception {
        Chart chart = new Chart("schaal-jeugd", Chart.Kind.STEP, "Schaal per laag, Jeugd", "Beleid ging naar regionaal.",
                "Cyclus", "Schaal", List.of("1", "2", "3"),
                List.of(series("Beleid", 1.0, 2.0, 2.0), series("Uitvoering", 1.0, null, 1.0)), SCALES);

        Document svg = parse(SvgChart.render(chart));

        assertThat(select(svg, "//*[@class='punt']").getLength()).isEqualTo(5);
        assertThat(select(svg, "//*[local-name()='path'][@fill='none']").getLength()).isEqualTo(2);
        assertThat(svg.getDocumentElement().getTextContent()).contains("Lokaal", "Regionaal", "Bovenregionaal");
    }

    @Test
    void textFromTheRecordIsEscaped() throws Exception {
        Document svg = parse(SvgChart.render(bars(List.of("<Jeugd & \"zorg\">"), series("Dagen", 1.0))));

        assertThat(svg.getDocumentElement().getTextContent()).contains("<Jeugd & \"zorg\">");
    }

    @Test
    void aChartWithoutDataSaysSoInsteadOfDrawingNothing() throws Exception {
        Document svg = parse(SvgChart.render(bars(List.of(), series("Dagen"))));

        assertThat(select(svg, "//*[local-name()='rect'][@class='staaf']").getLength()).isZero();
        assertThat(svg.getDocumentElement().getTextContent()).contains("Geen gegevens in deze periode");
    }
}
