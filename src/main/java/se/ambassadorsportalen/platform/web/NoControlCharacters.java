package se.ambassadorsportalen.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

/**
 * Refuses text that carries control characters other than tab and line breaks (NUL, escape,
 * backspace ...), at the field, for every input of every form: it is on as a default validator in
 * {@code faces-config.xml}. Nobody types them; PostgreSQL cannot store a NUL in text at all, so a
 * pasted or forged one ended in a database error (an ajax error, in effect a 500) instead of a
 * message.
 */
@FacesValidator("portal.noControlCharacters")
public class NoControlCharacters implements Validator<Object> {

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (value instanceof String typed && hasControlCharacters(typed)) {
            String text = FacesMessages.text("platform.error.controlCharacters");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
    }
}
