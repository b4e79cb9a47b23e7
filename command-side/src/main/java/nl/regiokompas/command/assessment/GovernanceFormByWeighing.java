package nl.regiokompas.command.assessment;

/**
 * The form of cooperation of an assessment is no longer recorded on the assessment: it is the result of a form
 * weighing ({@code Weighing}, phase 4), confirmed per gemeente by the bestuurders. {@code GovernanceFormRecorded}
 * events written before stay in the assessment's history and document; a new {@code RecordGovernanceForm} passes
 * the assessment's guard (role, conflicts, decided) and is then refused with this text.
 */
final class GovernanceFormByWeighing {

    static final String REFUSAL = "De samenwerkingsvorm wordt niet meer per afwegingstraject vastgelegd, maar gekozen "
            + "in een vormafweging: open op de pagina Vormafweging een afweging voor dit thema; de bestuurders "
            + "bevestigen daar de gekozen vorm.";

    private GovernanceFormByWeighing() {
    }
}
