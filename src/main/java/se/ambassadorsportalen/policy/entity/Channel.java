package se.ambassadorsportalen.policy.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import se.ambassadorsportalen.platform.persistence.VersionedEntity;
import se.ambassadorsportalen.policy.api.ChannelSummary;
import se.ambassadorsportalen.policy.api.LocalNames;

/**
 * A communication channel with its strategy fields, as the channel guide describes it.
 * {@code maxPostsPerDay} is the one field rules read (the publishing calendar warns above it);
 * the others are guidance for people. The name is kept per language code ({@code channel_name}, as
 * a material type's): "Webbplatsen" is "Hjemmesiden" to a Danish reader; the strategy texts are
 * the organisation's own words in its main language.
 */
@Entity
@Table(name = "channel")
public class Channel extends VersionedEntity {

    @NotBlank
    @Pattern(regexp = "[A-Z0-9_]{1,40}", message = "{policy.channel.code.pattern}")
    @Column(nullable = false, unique = true, length = 40)
    private String code;

    // Eager: every use of a channel shows its name, and a guide has a handful of channels.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "channel_name", joinColumns = @JoinColumn(name = "channel_id"))
    @MapKeyColumn(name = "lang", length = 8)
    @Column(name = "name", nullable = false, length = ReferenceNames.MAX)
    private Map<String, String> names = new HashMap<>();

    @Size(max = 300)
    private String address;

    @Size(max = 1000)
    private String audience;

    @Size(max = 1000)
    @Column(name = "target_group")
    private String targetGroup;

    @Size(max = 2000)
    @Column(name = "content_strategy")
    private String contentStrategy;

    @Size(max = 2000)
    private String avoid;

    @Size(max = 2000)
    @Column(name = "works_well")
    private String worksWell;

    @Size(max = 1000)
    private String tone;

    @Size(max = 500)
    private String frequency;

    @Positive(message = "{policy.channel.maxPostsPerDay.positive}")
    @Column(name = "max_posts_per_day")
    private Integer maxPostsPerDay;

    @Size(max = 1000)
    @Column(name = "when_to_post")
    private String whenToPost;

    @Size(max = 500)
    @Column(name = "sponsoring_budget")
    private String sponsoringBudget;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Channel() {}

    /** A new channel; {@code names} by language code, at least one of them (see {@link #rename}). */
    public Channel(String code, Map<String, String> names, int sortOrder) {
        this.code = code;
        this.sortOrder = sortOrder;
        rename(names);
    }

    /** A channel for a form to fill in: no name yet, so it may not be saved as it is. */
    public static Channel blank(int sortOrder) {
        Channel channel = new Channel();
        channel.sortOrder = sortOrder;
        return channel;
    }

    /** Replaces every name: a blank one means none in that language; at least one must be given. */
    public void rename(Map<String, String> newNames) {
        ReferenceNames.replace(names, newNames, "policy.channel.name.required");
    }

    /** The names by language code (a copy: {@link #rename} changes them). */
    public Map<String, String> getNames() {
        return new LinkedHashMap<>(names);
    }

    /** The name in the reader's language, with {@link LocalNames#in}'s fallback. */
    public String name(Locale locale) {
        return new LocalNames(names).in(locale);
    }

    /** Whether one more post on a day that already has {@code alreadyPlanned} stays within the channel's frequency. */
    public boolean allowsAnotherPost(long alreadyPlanned) {
        return maxPostsPerDay == null || alreadyPlanned < maxPostsPerDay;
    }

    public String getCode() {
        return code;
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

    /** The channel as other modules see it. */
    public ChannelSummary summary() {
        return new ChannelSummary(code, new LocalNames(names), maxPostsPerDay);
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
