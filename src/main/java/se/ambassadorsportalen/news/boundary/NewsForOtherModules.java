package se.ambassadorsportalen.news.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import se.ambassadorsportalen.news.entity.NewsItem;
import se.ambassadorsportalen.platform.integration.InternalNews;
import se.ambassadorsportalen.platform.security.OpenOnPurpose;

/**
 * The news module's side of {@link InternalNews}: titles and publication times only, for the press
 * desk's release planning. The callers' own boundaries check who may plan releases.
 */
@Stateless
public class NewsForOtherModules implements InternalNews {

    @PersistenceContext
    EntityManager em;

    @Override
    // Open: the press module asks while planning a release, whatever the planner's own roles; it
    // learns only an item's title and publication time.
    @PermitAll
    @OpenOnPurpose("the press module's link to an internal item")
    public Optional<Item> item(long id) {
        return Optional.ofNullable(em.find(NewsItem.class, id)).map(NewsForOtherModules::of);
    }

    @Override
    @PermitAll
    @OpenOnPurpose("the press module's choice of internal items")
    public List<Item> recent(int max) {
        return em
                .createQuery("select i from NewsItem i order by i.updatedAt desc, i.id desc", NewsItem.class)
                .setMaxResults(max)
                .getResultList()
                .stream()
                .map(NewsForOtherModules::of)
                .toList();
    }

    private static Item of(NewsItem item) {
        return new Item(item.getId(), item.getTitle(), item.getPublishedAt());
    }
}
