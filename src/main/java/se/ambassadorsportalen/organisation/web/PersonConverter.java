package se.ambassadorsportalen.organisation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.organisation.entity.Person;

/** Lets pickers (autocomplete) carry a person by id. */
@Dependent
@FacesConverter(forClass = Person.class, managed = true)
public class PersonConverter implements Converter<Person> {

    @Inject
    Organisation organisation;

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return organisation.person(Long.parseLong(value));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person person) {
        return person == null || person.getId() == null ? "" : String.valueOf(person.getId());
    }
}
