package nl.regiokompas.api.raad;

/**
 * The 2028 evaluation's figures of one gemeenteraad for one theme: whether it set a kader before the theme's first
 * proposal and how many days before, the zienswijzen it gave, the confirmations that needed its verdict (of all
 * confirmations), how many it was informed of, and the average days from confirmation to informing.
 */
public record RaadFigure(String themeCode, String gemeente, boolean kaderBeforeFirstProposal,
                         Double daysKaderBeforeFirstProposal, int zienswijzen, int confirmations,
                         int confirmationsNeedingRaad, int confirmationsInformed, Double averageDaysToInforming) {
}
