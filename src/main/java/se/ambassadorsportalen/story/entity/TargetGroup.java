package se.ambassadorsportalen.story.entity;

/** The four target groups of the employer-brand plan; labels in the story bundle ({@code story.target.<NAME>}). */
public enum TargetGroup {
    INTERNAL,
    POTENTIAL_EMPLOYEES,
    STUDENTS,
    STAKEHOLDERS
}
