package se.ambassadorsportalen.lobbying.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import se.ambassadorsportalen.lobbying.entity.LobbyingMeeting;
import se.ambassadorsportalen.lobbying.entity.MeetingDetails;
import se.ambassadorsportalen.platform.demo.DemoContent;
import se.ambassadorsportalen.platform.time.PortalTime;

/**
 * The demo region's lobbying register: meetings over the last months on healthcare staffing,
 * public transport and research, one corrected (so its history shows two versions) and one
 * withdrawn with its reason, written through the entity's own rules.
 */
@ApplicationScoped
public class LobbyingDemo implements DemoContent {

    @PersistenceContext
    EntityManager em;

    @Override
    public String module() {
        return "lobbying";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load() {
        LocalDate today = PortalTime.today();
        meeting(
                today.minusDays(70),
                "Regionstyrelsens ordförande Anna Berg; hälso- och sjukvårdsdirektör Karin Lund",
                "Vårdförbundet",
                "Bemanning av sjuksköterskor på sommaren",
                "Vi vill minska hyrpersonal genom egen bemanningspool och bättre villkor för sommarvikarier.",
                "https://fjallmark.example/protokoll/rs-2026-09.pdf");
        LobbyingMeeting transport = meeting(
                today.minusDays(40),
                "Kollektivtrafiknämndens ordförande Per Holm",
                "Näringslivsföreningen i Älvstad; Handelskammaren",
                "Tätare busstrafik till industriområdet",
                "Regionen prövar tätare turer under två år och följer upp resandet innan beslut om permanent trafik.",
                "https://fjallmark.example/kollektivtrafik/utredning-2026");
        transport.correct(
                new MeetingDetails(
                        transport.getDetails().date(),
                        transport.getDetails().ourPeople(),
                        "Näringslivsföreningen i Älvstad; Handelskammaren Mitt",
                        transport.getDetails().issue(),
                        transport.getDetails().position(),
                        "https://fjallmark.example/kollektivtrafik/utredning-2026"),
                "Handelskammarens rätta namn",
                "klara",
                PortalTime.moment().minus(java.time.Duration.ofDays(38)));
        meeting(
                today.minusDays(20),
                "Forskningschef Lars Ek",
                "Läkemedelsindustriföreningen",
                "Kliniska prövningar i primärvården",
                "Vi vill fler prövningar nära patienterna men tar inte emot finansiering som styr forskningsfrågorna.",
                null);
        LobbyingMeeting mistaken = meeting(
                today.minusDays(10),
                "Regiondirektör Eva Sund",
                "Fastighetsägarna",
                "Hyresavtal för vårdcentraler",
                "Vi vill ha längre avtal med möjlighet till ombyggnad.",
                null);
        mistaken.withdraw(
                "Mötet ställdes in och blev aldrig av.",
                "klara",
                PortalTime.moment().minus(java.time.Duration.ofDays(9)));
    }

    private LobbyingMeeting meeting(
            LocalDate date, String ours, String counterparts, String issue, String position, String links) {
        LobbyingMeeting meeting = LobbyingMeeting.record(
                new MeetingDetails(date, ours, counterparts, issue, position, links),
                "klara",
                PortalTime.typed(date.plusDays(1).atTime(9, 0)));
        em.persist(meeting);
        return meeting;
    }
}
