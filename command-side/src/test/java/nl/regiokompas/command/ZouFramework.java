package nl.regiokompas.command;

import nl.regiokompas.api.framework.FrameworkContent;
import nl.regiokompas.api.framework.FrameworkContent.Criterion;
import nl.regiokompas.api.framework.FrameworkContent.Gemeente;
import nl.regiokompas.api.framework.FrameworkContent.GovernanceForm;
import nl.regiokompas.api.framework.FrameworkContent.Gremium;
import nl.regiokompas.api.framework.FrameworkContent.Layer;
import nl.regiokompas.api.framework.FrameworkContent.MandateRole;
import nl.regiokompas.api.framework.FrameworkContent.Perspective;
import nl.regiokompas.api.framework.FrameworkContent.PreconditionKind;
import nl.regiokompas.api.framework.FrameworkContent.Region;
import nl.regiokompas.api.framework.FrameworkContent.ResponsibilityLevel;
import nl.regiokompas.api.framework.FrameworkContent.Scale;
import nl.regiokompas.api.framework.FrameworkContent.Step;
import nl.regiokompas.api.framework.FrameworkContent.Theme;
import nl.regiokompas.api.framework.FrameworkTerms;

import java.util.List;
import java.util.Map;

/** The afwegingskader of Zuidoost-Utrecht as the tests know it, abridged from afwegingskader.yaml. */
public final class ZouFramework {

    public static final String REGION = "ZOU";
    public static final List<String> GEMEENTEN = List.of("BUN", "HOU", "UHR", "WBD", "ZST");

    private ZouFramework() {
    }

    public static FrameworkTerms terms() {
        return FrameworkTerms.of(1, content());
    }

    public static FrameworkTerms terms(int version) {
        return FrameworkTerms.of(version, content());
    }

    public static FrameworkContent content() {
        return new FrameworkContent(
                new Region(REGION, "Zuidoost-Utrecht", "sociaal domein", List.of(
                        new Gemeente("BUN", "Bunnik"), new Gemeente("HOU", "Houten"),
                        new Gemeente("UHR", "Utrechtse Heuvelrug"), new Gemeente("WBD", "Wijk bij Duurstede"),
                        new Gemeente("ZST", "Zeist"))),
                List.of(new Gremium("BT", "Bestuurstafel", "bestuurlijk", "wethouders sociaal domein", null,
                        "borging, besluitvorming en afstemming")),
                List.of(new MandateRole("BESTUURLIJK_OPDRACHTGEVER", "bestuurlijk opdrachtgever",
                                "Welke besluiten vallen onder zijn of haar mandaat?"),
                        new MandateRole("AMBTELIJK_OPDRACHTGEVER", "ambtelijk opdrachtgever",
                                "Welke bevoegdheden liggen hier?"),
                        new MandateRole("AMBTENAAR_5_0", "ambtenaar 5.0 / projectleider",
                                "Welke rol bij uitvoering en advisering?")),
                List.of(new Layer("BELEID", "Beleid", "richting, ambitie en kaders"),
                        new Layer("BEDRIJFSVOERING", "Bedrijfsvoering", "ondersteunende processen"),
                        new Layer("UITVOERING", "Uitvoering", "dienstverlening en praktijk")),
                List.of(new Scale("LOKAAL", "Lokaal"), new Scale("REGIONAAL", "Regionaal"),
                        new Scale("BOVENREGIONAAL", "Bovenregionaal")),
                List.of("RICHTING", "ORGANISATIE", "UITVOERING"),
                List.of(new ResponsibilityLevel("BESTUURLIJK", "gemeentebestuur"),
                        new ResponsibilityLevel("AMBTELIJK", "programmamanager"),
                        new ResponsibilityLevel("OPERATIONEEL", "uitvoerende teams")),
                List.of(criterion("C1", "Complexiteit en deskundigheid"),
                        criterion("C2", "Maatwerk en lokale variatie"),
                        criterion("C3", "Partners en infrastructuur"),
                        criterion("C4", "Beleidsmatige invloed en sturing"),
                        criterion("C5", "Financiering en solidariteit"),
                        criterion("C6", "Efficiëntie en uitvoerbaarheid")),
                Map.of("REGIONAAL", List.of("bundeling van expertise")),
                List.of(new PreconditionKind("AFSPRAKEN", "duidelijke afspraken"),
                        new PreconditionKind("CULTUUR", "vertrouwen en transparantie"),
                        new PreconditionKind("STRUCTUUR", "structuren en processen"),
                        new PreconditionKind("MIDDELEN", "capaciteit, budget en systemen")),
                List.of(new Step(1, "Thema bepalen", "welke onderwerpen")),
                List.of(new Step(4, "Inhoud vertalen naar vorm", "welke governance past")),
                List.of(new GovernanceForm("NETWERK", "netwerkorganisatie"),
                        new GovernanceForm("CENTRUMREGELING_UITGEBREID", "uitbreiding van de centrumregeling"),
                        new GovernanceForm("OPENBAAR_LICHAAM", "openbaar lichaam (Wgr)"),
                        new GovernanceForm("CENTRUMGEMEENTE", "(vrijwillige) centrumgemeente"),
                        new GovernanceForm("AMBTELIJKE_POOL", "ambtelijke poolvorming")),
                List.of(new Theme("JEUGD", "Jeugd"), new Theme("WMO", "Wmo"), new Theme("LEERPLICHT", "Leerplicht")),
                List.of("Werkt het zoals bedoeld?", "Doen we de juiste dingen?",
                        "Zijn de rollen helder (rolzuiverheid)?",
                        "Worden mandaten gevolgd, of wordt er lokaal geïntervenieerd?"),
                List.of("BESTUURLIJK", "AMBTELIJK", "UITVOEREND"),
                List.of(new Perspective("ROLZUIVERHEID", "wie draagt welke taken")),
                List.of("Vorm volgt inhoud"),
                formCriteria());
    }

    /** The eight Platform31 criteria on which forms of cooperation are weighed (phase 4). */
    public static List<FrameworkContent.FormCriterion> formCriteria() {
        return List.of(
                new FrameworkContent.FormCriterion("EFFICIENCY", "efficiencyvoordelen en kostenbesparing", "?"),
                new FrameworkContent.FormCriterion("KWALITEIT", "betere resultaten en kwaliteitsverbeteringen", "?"),
                new FrameworkContent.FormCriterion("SNELHEID", "snelheid en flexibiliteit", "?"),
                new FrameworkContent.FormCriterion("BESTUURLIJKE_DRUKTE", "beperkte bestuurlijke drukte", "?"),
                new FrameworkContent.FormCriterion("AMBTELIJKE_CAPACITEIT", "beperkte inzet ambtelijke capaciteit", "?"),
                new FrameworkContent.FormCriterion("LEGITIMATIE", "legitimatie, eigenaarschap en identiteit", "?"),
                new FrameworkContent.FormCriterion("SCHAALVERGROTING",
                        "voorbereiding verdere schaalvergroting lokaal bestuur", "?"),
                new FrameworkContent.FormCriterion("DAILY_URBAN_SYSTEM", "consistent met het daily urban system",
                        "?"));
    }

    private static Criterion criterion(String code, String name) {
        return new Criterion(code, name, name + "?", Map.of(
                "BELEID", "Vraag over " + name + " in het beleid?",
                "BEDRIJFSVOERING", "Vraag over " + name + " in de bedrijfsvoering?",
                "UITVOERING", "Vraag over " + name + " in de uitvoering?"));
    }
}
