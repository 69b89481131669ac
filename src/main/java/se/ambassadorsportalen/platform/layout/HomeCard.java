package se.ambassadorsportalen.platform.layout;

import java.util.Set;
import se.ambassadorsportalen.platform.security.Role;

/**
 * A card on the home page: a Facelets fragment ({@code include}, e.g.
 * {@code /WEB-INF/includes/policy/home-card.xhtml}) shown to users holding one of {@code roles}.
 */
public record HomeCard(String id, String include, int order, Set<Role> roles) {}
