package se.ambassadorsportalen.press.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import se.ambassadorsportalen.press.boundary.Spokespeople;
import se.ambassadorsportalen.press.entity.Spokesperson;

/** Lets the press pages' autocompletes carry a spokesperson by id. */
@Dependent
@FacesConverter(forClass = Spokesperson.class, managed = true)
public class SpokespersonConverter implements Converter<Spokesperson> {

    @Inject
    Spokespeople spokespeople;

    @Override
    public Spokesperson getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return spokespeople.spokesperson(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Spokesperson spokesperson) {
        return spokesperson == null || spokesperson.getId() == null ? "" : String.valueOf(spokesperson.getId());
    }
}
