package se.ambassadorsportalen.policy.web;

import java.util.Map;
import se.ambassadorsportalen.policy.boundary.ChannelGuide.ChannelDetails;
import se.ambassadorsportalen.policy.entity.Channel;

/**
 * The channel guide editor's channel form while it is being typed: the channel's fields and what
 * {@link GuideForm} keeps, not the channel. The channel's own rules apply when the boundary saves.
 */
public class ChannelForm extends GuideForm {

    private static final long serialVersionUID = 1L;

    private String address;
    private String audience;
    private String targetGroup;
    private String contentStrategy;
    private String avoid;
    private String worksWell;
    private String tone;
    private String frequency;
    private Integer maxPostsPerDay;
    private String whenToPost;
    private String sponsoringBudget;
    private int sortOrder;

    /** A form for a new channel, placed after the existing ones. */
    public static ChannelForm blank(int sortOrder) {
        ChannelForm form = new ChannelForm();
        form.sortOrder = sortOrder;
        return form;
    }

    /** A form that changes this channel, filled in with what is stored. */
    public static ChannelForm of(Channel stored) {
        ChannelForm form = new ChannelForm();
        form.changes(stored, stored.getNames());
        form.address = stored.getAddress();
        form.audience = stored.getAudience();
        form.targetGroup = stored.getTargetGroup();
        form.contentStrategy = stored.getContentStrategy();
        form.avoid = stored.getAvoid();
        form.worksWell = stored.getWorksWell();
        form.tone = stored.getTone();
        form.frequency = stored.getFrequency();
        form.maxPostsPerDay = stored.getMaxPostsPerDay();
        form.whenToPost = stored.getWhenToPost();
        form.sponsoringBudget = stored.getSponsoringBudget();
        form.sortOrder = stored.getSortOrder();
        return form;
    }

    /** What the boundary saves, under the code and names the page's own fields hold. */
    public ChannelDetails details(String code, Map<String, String> names) {
        return new ChannelDetails(
                code,
                names,
                address,
                audience,
                targetGroup,
                contentStrategy,
                avoid,
                worksWell,
                tone,
                frequency,
                maxPostsPerDay,
                whenToPost,
                sponsoringBudget,
                sortOrder);
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(String targetGroup) {
        this.targetGroup = targetGroup;
    }

    public String getContentStrategy() {
        return contentStrategy;
    }

    public void setContentStrategy(String contentStrategy) {
        this.contentStrategy = contentStrategy;
    }

    public String getAvoid() {
        return avoid;
    }

    public void setAvoid(String avoid) {
        this.avoid = avoid;
    }

    public String getWorksWell() {
        return worksWell;
    }

    public void setWorksWell(String worksWell) {
        this.worksWell = worksWell;
    }

    public String getTone() {
        return tone;
    }

    public void setTone(String tone) {
        this.tone = tone;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public Integer getMaxPostsPerDay() {
        return maxPostsPerDay;
    }

    public void setMaxPostsPerDay(Integer maxPostsPerDay) {
        this.maxPostsPerDay = maxPostsPerDay;
    }

    public String getWhenToPost() {
        return whenToPost;
    }

    public void setWhenToPost(String whenToPost) {
        this.whenToPost = whenToPost;
    }

    public String getSponsoringBudget() {
        return sponsoringBudget;
    }

    public void setSponsoringBudget(String sponsoringBudget) {
        this.sponsoringBudget = sponsoringBudget;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
