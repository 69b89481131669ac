package se.ambassadorsportalen.story.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;

/**
 * Carries the colleague picked in the "people pictured" autocomplete by id. Looks the person up
 * through the organisation's boundary; a plain (not container-managed) converter, so it works
 * whatever CDI discovers.
 */
@FacesConverter("storyColleague")
public class ColleagueConverter implements Converter<Person> {

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return CDI.current().select(Organisation.class).get().person(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person person) {
        return person == null || person.getId() == null ? "" : String.valueOf(person.getId());
    }
}
