package se.ambassadorsportalen.policy.entity;

/** What kind of governing document this is: the policy itself, a guideline under it, or a routine. */
public enum DocumentType {
    POLICY,
    GUIDELINE,
    ROUTINE
}
