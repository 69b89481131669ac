package se.ambassadorsportalen.news.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.news.entity.NewsReader;
import se.ambassadorsportalen.organisation.entity.Person;
import se.ambassadorsportalen.platform.persistence.InLists;

/** The one query behind a reader's feed and digest, shared by the boundaries that serve them (a plain class, so a timer without a caller can use it). */
final class ReaderItems {

    private ReaderItems() {}

    /**
     * Published items for a reader, newest first: in their audience and, when they follow
     * anything, among what they follow; only those published after {@code after} when given.
     */
    static List<NewsItem> of(EntityManager em, NewsReader reader, Person person, Instant after) {
        List<String> followed = new ArrayList<>();
        if (!reader.getTopics().isEmpty()) {
            followed.add("i.topic in :topics");
        }
        if (!reader.getUnitIds().isEmpty()) {
            followed.add(
                    "exists (select k.id from NewsItem k join k.audienceUnitIds f where k.id = i.id and f in :followed)");
        }
        String jpql = "select i from NewsItem i" + NewsItems.VISIBLE
                + (followed.isEmpty() ? "" : " and (" + String.join(" or ", followed) + ")")
                + (after == null ? "" : " and i.publishedAt > :after") + " order by i.publishedAt desc, i.id desc";
        TypedQuery<NewsItem> query =
                NewsItems.visible(em.createQuery(jpql, NewsItem.class), NewsItems.audienceOf(person));
        if (!reader.getTopics().isEmpty()) {
            query.setParameter("topics", InLists.padded(reader.getTopics()));
        }
        if (!reader.getUnitIds().isEmpty()) {
            query.setParameter("followed", InLists.padded(reader.getUnitIds()));
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setMaxResults(NewsReaders.FEED_SIZE).getResultList();
    }
}
