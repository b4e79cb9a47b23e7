package nl.regiokompas.api.weighing;

import java.time.Instant;
import java.util.List;

/**
 * A weighing as the evaluation counts it: which themes, which forms, how many scores and disagreements, revisions,
 * interventions and confirmations, and the chosen form with its moment. Beside the counts, the weighing's facts:
 * the forms and criteria with their names, every score per gemeente, form and criterion ({@code matrix}), the
 * proposal in force and the confirmations ({@code confirmedBy}, all revisions).
 */
public record WeighingEvaluation(String weighingId, String title, String status, List<String> themeCodes,
                                 List<String> forms, Instant openedAt, int scores, int disagreements,
                                 int revisions, int interventions, int confirmations, String chosenForm,
                                 Instant chosenAt, Long leadTimeSeconds, List<WeighingDocument.Named> formNames,
                                 List<WeighingDocument.Named> criteria, List<WeighingDocument.Score> matrix,
                                 WeighingDocument.Proposal proposal,
                                 List<WeighingDocument.ConfirmationEntry> confirmedBy) {

    public static WeighingEvaluation of(WeighingDocument d) {
        return new WeighingEvaluation(d.weighingId(), d.title(), d.status(),
                d.themes().stream().map(WeighingDocument.ThemeEntry::themeCode).toList(),
                d.forms().stream().map(WeighingDocument.Named::code).toList(), d.openedAt(), d.scores().size(),
                (int) d.spread().stream().filter(WeighingDocument.Spread::disagree).count(),
                d.proposal() == null ? 0 : d.proposal().revision(), d.interventions().size(),
                d.confirmations().size(), d.chosen() == null ? null : d.chosen().form(),
                d.chosen() == null ? null : d.chosen().at(),
                d.chosen() == null ? null : d.chosen().at().getEpochSecond() - d.openedAt().getEpochSecond(),
                d.forms(), d.criteria(), d.scores(), d.proposal(), d.confirmations());
    }

    /** The name this weighing's framework version gives a form or criterion; the code when it has none. */
    public String nameOf(String code) {
        return java.util.stream.Stream.concat(formNames.stream(), criteria.stream())
                .filter(named -> named.code().equals(code)).map(WeighingDocument.Named::name).findFirst().orElse(code);
    }
}
