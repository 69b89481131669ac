package se.ambassadorsportalen.lobbying.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import se.ambassadorsportalen.lobbying.boundary.LobbyingRegister;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.platform.persistence.Page;
import se.ambassadorsportalen.platform.persistence.PageRequest;
import se.ambassadorsportalen.platform.web.LazyPage;

/** The public register page: entries paged in the database, filtered by issue and organisation met. */
@Named
@ViewScoped
public class LobbyingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LobbyingRegister register;

    private String issue;
    private String organisation;
    private final LazyPage<LobbyingMeeting> meetings = LazyPage.of(this::page);

    private Page<LobbyingMeeting> page(PageRequest request) {
        Map<String, String> filters = new HashMap<>();
        if (issue != null) {
            filters.put(LobbyingRegister.ISSUE, issue);
        }
        if (organisation != null) {
            filters.put(LobbyingRegister.ORGANISATION, organisation);
        }
        return register.meetings(new PageRequest(
                request.first(),
                request.size(),
                request.sortField(),
                request.ascending(),
                filters,
                request.language()));
    }

    public void search() {
        // the table reads its first page again with the new filters
    }

    /** The filters as a query string for the export and feed links, so they carry what the reader sees. */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        if (issue != null && !issue.isBlank()) {
            query.append("issue=").append(URLEncoder.encode(issue.strip(), StandardCharsets.UTF_8));
        }
        if (organisation != null && !organisation.isBlank()) {
            query.append(query.isEmpty() ? "" : "&")
                    .append("organisation=")
                    .append(URLEncoder.encode(organisation.strip(), StandardCharsets.UTF_8));
        }
        return query.isEmpty() ? "" : "?" + query;
    }

    public LazyPage<LobbyingMeeting> getMeetings() {
        return meetings;
    }

    public String getIssue() {
        return issue;
    }

    public void setIssue(String issue) {
        this.issue = issue;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
