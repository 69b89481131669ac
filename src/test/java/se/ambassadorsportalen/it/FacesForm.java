package se.ambassadorsportalen.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of a rendered Faces page, read from its HTML the way a browser would submit it: the
 * values it would send as they stand (hidden fields, the chosen option of each menu, the text in
 * each field; unticked boxes send nothing), and which fields take free text. Lets a test post a
 * real form with its view state and CSP nonce, changing only the fields it means to.
 */
final class FacesForm {

    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA =
            Pattern.compile("<textarea\\b([^>]*)>(.*?)</textarea>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SELECT =
            Pattern.compile("<select\\b([^>]*)>(.*?)</select>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.CASE_INSENSITIVE);

    final String id;
    /** What the browser would send, in page order. */
    final Map<String, String> values = new LinkedHashMap<>();
    /** Fields a person types into: text, password, search and e-mail inputs, and text areas. */
    final List<String> textFields = new ArrayList<>();

    private FacesForm(String id) {
        this.id = id;
    }

    /** The form with this id in a page or a partial response; fails the test when there is none. */
    static FacesForm of(String html, String formId) {
        int start = html.indexOf("<form id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("No form " + formId + " in the page");
        }
        int end = html.indexOf("</form>", start);
        String form = html.substring(start, end < 0 ? html.length() : end);
        FacesForm read = new FacesForm(formId);
        Matcher input = INPUT.matcher(form);
        while (input.find()) {
            String attributes = input.group(1);
            String name = attribute(attributes, "name");
            String type = attribute(attributes, "type");
            type = type == null ? "text" : type.toLowerCase();
            if (name == null
                    || attributes.contains("disabled")
                    || name.equals("jakarta.faces.ViewState")
                    || name.equals("primefaces.nonce")
                    || type.equals("submit")
                    || type.equals("button")
                    || type.equals("file")
                    || ((type.equals("checkbox") || type.equals("radio")) && !attributes.contains("checked"))) {
                continue;
            }
            read.values.put(name, valueOrEmpty(attribute(attributes, "value")));
            if (List.of("text", "password", "search", "email").contains(type) && !attributes.contains("readonly")) {
                read.textFields.add(name);
            }
        }
        Matcher textarea = TEXTAREA.matcher(form);
        while (textarea.find()) {
            String name = attribute(textarea.group(1), "name");
            if (name != null && !textarea.group(1).contains("disabled")) {
                read.values.put(name, unescape(textarea.group(2)));
                read.textFields.add(name);
            }
        }
        Matcher select = SELECT.matcher(form);
        while (select.find()) {
            String name = attribute(select.group(1), "name");
            if (name == null || select.group(1).contains("disabled")) {
                continue;
            }
            String chosen = null;
            Matcher option = OPTION.matcher(select.group(2));
            while (option.find()) {
                String value = attribute(option.group(1), "value");
                if (option.group(1).contains("selected")) {
                    chosen = valueOrEmpty(value);
                    break;
                }
                if (chosen == null && value != null && !value.isEmpty()) {
                    chosen = value;
                }
            }
            if (chosen != null) {
                read.values.put(name, chosen);
            }
        }
        return read;
    }

    /**
     * Free-text fields that are no widget's hidden half: PrimeFaces names the typed part of a date
     * picker, a number or an autocomplete {@code <id>_input}, and those convert what is typed.
     */
    List<String> plainTextFields() {
        return textFields.stream().filter(name -> !name.endsWith("_input")).toList();
    }

    /**
     * The parameters of PrimeFaces' ajax post of this form by the button with the given id (its
     * client id), processing and rendering the whole form, with the page's view state and nonce.
     */
    Map<String, String> ajaxPost(String buttonId, Map<String, String> changed, String viewState, String nonce) {
        return ajaxPost(buttonId, changed, viewState, nonce, id);
    }

    /** The same post, rendering the given client ids (a button's {@code update}) instead of the form. */
    Map<String, String> ajaxPost(
            String buttonId, Map<String, String> changed, String viewState, String nonce, String render) {
        Map<String, String> post = new LinkedHashMap<>();
        post.put("jakarta.faces.partial.ajax", "true");
        post.put("jakarta.faces.source", buttonId);
        post.put("jakarta.faces.partial.execute", buttonId + " " + id);
        post.put("jakarta.faces.partial.render", render);
        post.put(buttonId, buttonId);
        post.put(id, id);
        post.putAll(values);
        post.putAll(changed);
        post.put("jakarta.faces.ViewState", viewState);
        post.put("primefaces.nonce", nonce);
        return post;
    }

    private static String attribute(String attributes, String name) {
        Matcher value = Pattern.compile("(?:^|\\s)" + Pattern.quote(name) + "=\"([^\"]*)\"")
                .matcher(attributes);
        return value.find() ? unescape(value.group(1)) : null;
    }

    private static String valueOrEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
