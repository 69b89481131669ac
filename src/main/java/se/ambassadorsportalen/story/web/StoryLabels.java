package se.ambassadorsportalen.story.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import se.ambassadorsportalen.platform.i18n.Messages;
import se.ambassadorsportalen.platform.time.PortalTime;
import se.ambassadorsportalen.policy.api.ChannelSummary;
import se.ambassadorsportalen.policy.api.MaterialTypeSummary;
import se.ambassadorsportalen.policy.boundary.ChannelGuide;

/** Names the story pages show for codes: channels and material types from the channel guide, times in the user's format. */
@Named
@RequestScoped
public class StoryLabels {

    @Inject
    ChannelGuide guide;

    @Inject
    se.ambassadorsportalen.platform.web.Language language;

    private List<ChannelSummary> channels;
    private List<MaterialTypeSummary> types;

    public List<ChannelSummary> getChannels() {
        if (channels == null) {
            channels = guide.channelSummaries();
        }
        return channels;
    }

    public List<MaterialTypeSummary> getMaterialTypes() {
        if (types == null) {
            types = guide.materialTypeSummaries();
        }
        return types;
    }

    public String channel(String code) {
        Locale locale = language.getLocale();
        return getChannels().stream()
                .filter(c -> c.code().equals(code))
                .map(c -> c.name(locale))
                .findFirst()
                .orElse(code);
    }

    public String materialType(String code) {
        Locale locale = language.getLocale();
        return getMaterialTypes().stream()
                .filter(t -> t.code().equals(code))
                .map(t -> t.name(locale))
                .findFirst()
                .orElse(code);
    }

    public String typeName(MaterialTypeSummary type) {
        return type.name(language.getLocale());
    }

    /** A moment as the viewer's language writes it in the portal's zone ({@code 01.12.2026 14:30} in Danish). */
    public String time(Instant time) {
        return time == null ? "" : Messages.dateTimeFormat(language.getLocale()).format(PortalTime.local(time));
    }

    /** "Waiting for 1 of 2 consents", "All consented" or "Nobody pictured", for the list of stories to plan. */
    public String consentState(se.ambassadorsportalen.story.entity.Story story) {
        long missing = story.consentsMissing();
        if (missing > 0) {
            return se.ambassadorsportalen.platform.web.FacesMessages.text(
                    "story.calendar.consentPending", missing, story.consentsAsked());
        }
        return se.ambassadorsportalen.platform.web.FacesMessages.text(
                story.consentsAsked() > 0 ? "story.calendar.consentGiven" : "story.calendar.consentNone");
    }
}
