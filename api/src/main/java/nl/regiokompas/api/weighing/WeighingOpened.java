package nl.regiokompas.api.weighing;

import java.util.List;

import nl.regiokompas.api.framework.FrameworkTerms;

/**
 * A weighing was opened: the themes (with the decisions they rest on), the forms to weigh, the form criteria and
 * the gemeenten who score and confirm, pinned to the framework terms it was opened with.
 */
public record WeighingOpened(String weighingId, String title, List<WeighedTheme> themes, List<String> forms,
                             List<String> criteria, List<String> gemeenten, int frameworkVersion,
                             FrameworkTerms terms) {
}
