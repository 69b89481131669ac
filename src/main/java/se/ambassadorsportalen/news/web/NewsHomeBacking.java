package se.ambassadorsportalen.news.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import se.ambassadorsportalen.news.boundary.NewsItems;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.platform.persistence.PageRequest;

/** The home card: the three newest items for the reader. */
@Named
@RequestScoped
public class NewsHomeBacking {

    @Inject
    NewsItems items;

    private List<NewsItem> newest;

    public List<NewsItem> getNewest() {
        if (newest == null) {
            newest = items.forMe(PageRequest.of(0, 3)).items();
        }
        return newest;
    }
}
