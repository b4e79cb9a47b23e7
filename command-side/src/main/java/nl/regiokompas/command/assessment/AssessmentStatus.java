package nl.regiokompas.command.assessment;

public enum AssessmentStatus {
    OPEN,
    VOORGESTELD,
    BESLOTEN
}
