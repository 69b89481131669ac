package se.ambassadorsportalen.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AjaxFailureAnswerTest {

    @Test
    void theFailureReplacesTheLayoutsMessagesWithOneErrorInTheirList() {
        assertThat(FacesFailureHandlerFactory.failureInTheMessages("Det gick inte."))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><changes>")
                .contains(
                        "<update id=\"messages\"><![CDATA[<div id=\"messages\" class=\"ui-outputpanel ui-widget portal-messages\""
                                + " role=\"status\" aria-live=\"polite\">")
                .contains("<li id=\"ajaxFailure\" class=\"portal-message portal-message-error\">Det gick inte.</li>")
                .endsWith("]]></update></changes></partial-response>");
    }

    @Test
    void theTextIsEscapedEvenThoughItComesFromABundle() {
        assertThat(FacesFailureHandlerFactory.failureInTheMessages("<b>\"A\" & B</b>]]>"))
                .contains("&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;]]&gt;</li>")
                .doesNotContain("<b>");
    }
}
