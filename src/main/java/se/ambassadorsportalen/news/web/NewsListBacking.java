package se.ambassadorsportalen.news.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.news.boundary.NewsReaders;
import se.ambassadorsportalen.news.entity.DigestFrequency;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsReader;
import se.ambassadorsportalen.news.entity.NewsTopic;
import se.ambassadorsportalen.organisation.boundary.Organisation;
import se.ambassadorsportalen.platform.web.FacesMessages;
import se.ambassadorsportalen.platform.web.LazyPage;

/**
 * The news page: the items for the reader, a page at a time, and the reader's own subscriptions
 * (topics, units, digest) and private feed address, which is shown once when it is made.
 */
@Named
@ViewScoped
public class NewsListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NewsItems items;

    @Inject
    NewsReaders readers;

    @Inject
    Organisation organisation;

    private final LazyPage<NewsItem> news = LazyPage.of(request -> items.forMe(request));
    private List<NewsTopic> topics;
    private List<Long> unitIds;
    private DigestFrequency frequency;
    private boolean hasFeed;
    private String feedUrl;
    private List<Organisation.UnitOutline> units;

    public void load() {
        NewsReader reader = readers.mine();
        topics = new ArrayList<>(reader.getTopics());
        unitIds = new ArrayList<>(reader.getUnitIds());
        frequency = reader.getFrequency();
        hasFeed = reader.isHasFeed();
    }

    public void saveSubscriptions() {
        try {
            readers.follow(
                    topics.isEmpty() ? EnumSet.noneOf(NewsTopic.class) : EnumSet.copyOf(topics),
                    new HashSet<>(unitIds),
                    frequency);
            FacesMessages.info("news.subscriptions.saved");
        } catch (RuntimeException e) {
            FacesMessages.failed(e, "subscriptionForm");
        }
    }

    public void newFeed() {
        String token = readers.newFeedToken();
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String request = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                + external.getRequestServerPort() + external.getRequestContextPath();
        feedUrl = request + "/news-feed/" + token;
        hasFeed = true;
        FacesMessages.info("news.feed.made");
    }

    public void revokeFeed() {
        readers.revokeFeed();
        feedUrl = null;
        hasFeed = false;
        FacesMessages.info("news.feed.revoked");
    }

    /** Units to follow: the administrations and areas (a unit deeper down is followed through them). */
    public List<Organisation.UnitOutline> getUnits() {
        if (units == null) {
            units = organisation.unitOutlines();
        }
        return units;
    }

    public LazyPage<NewsItem> getNews() {
        return news;
    }

    public List<NewsTopic> getTopics() {
        return topics;
    }

    public void setTopics(List<NewsTopic> topics) {
        this.topics = topics == null ? new ArrayList<>() : topics;
    }

    public List<Long> getUnitIds() {
        return unitIds;
    }

    public void setUnitIds(List<Long> unitIds) {
        this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
    }

    public DigestFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(DigestFrequency frequency) {
        this.frequency = frequency;
    }

    public boolean isHasFeed() {
        return hasFeed;
    }

    public String getFeedUrl() {
        return feedUrl;
    }
}
