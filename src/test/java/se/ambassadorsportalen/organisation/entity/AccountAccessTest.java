package se.ambassadorsportalen.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.security.Role;

class AccountAccessTest {

    /** 09:00 in Stockholm. */
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final UserAccount eva = new UserAccount("eva", "hash", null);

    @Test
    void aPasswordChangeEndsTheAccountsSessions() {
        long before = eva.getSecurityStamp();

        eva.changePasswordHash("new hash");

        assertThat(eva.getSecurityStamp()).isNotEqualTo(before);
    }

    @Test
    void deactivatingAnAccountEndsItsSessionsButReactivatingDoesNotRestoreThem() {
        long before = eva.getSecurityStamp();

        eva.setActive(false);
        long deactivated = eva.getSecurityStamp();
        eva.setActive(true);

        assertThat(deactivated).isNotEqualTo(before);
        assertThat(eva.getSecurityStamp()).isEqualTo(deactivated);
    }

    @Test
    void choosingALanguageKeepsTheAccountSignedIn() {
        long before = eva.getSecurityStamp();

        eva.setLanguage("en");

        assertThat(eva.getSecurityStamp()).isEqualTo(before);
    }

    @Test
    void aTokenCountsUntilItExpires() {
        ApiToken token = new ApiToken(eva, "Rapporter", "h", "ap_abcdef", NOW, 30);

        assertThat(token.isUsable(NOW.plus(Duration.ofDays(29)))).isTrue();
        assertThat(token.isUsable(NOW.plus(Duration.ofDays(30)))).isFalse();
    }

    @Test
    void aRevokedTokenNeverCountsAgainAndKeepsItsFirstRevocationTime() {
        ApiToken token = new ApiToken(eva, "Rapporter", "h", "ap_abcdef", NOW, 30);

        token.revoke(NOW.plus(Duration.ofHours(1)));
        token.revoke(NOW.plus(Duration.ofHours(2)));

        assertThat(token.isUsable(NOW.plus(Duration.ofHours(3)))).isFalse();
        assertThat(token.getRevokedAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(token.getStatusKey()).isEqualTo("organisation.token.revokedStatus");
    }

    @Test
    void aTokenIsValidForOneDayToOneYear() {
        assertThatThrownBy(() -> new ApiToken(eva, "x", "h", "ap_abcdef", NOW, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiToken(eva, "x", "h", "ap_abcdef", NOW, ApiToken.MAX_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiToken(eva, "x", "h", "ap_abcdef", NOW, ApiToken.MAX_DAYS).getExpiresAt())
                .isEqualTo(Instant.parse("2027-12-01T08:00:00Z"));
    }

    @Test
    void aTokenIssuedBeforeSummerTimeEndsExpiresAtTheSameTimeOfDayOnThePortalsClock() {
        Instant issued = OffsetDateTime.parse("2026-10-20T10:00+02:00").toInstant();

        ApiToken token = new ApiToken(eva, "Rapporter", "h", "ap_abcdef", issued, 30);

        // 10:00 on the portal's clock again, in winter time: thirty days and one hour later
        assertThat(token.getExpiresAt())
                .isEqualTo(OffsetDateTime.parse("2026-11-19T10:00+01:00").toInstant());
        assertThat(token.isUsable(issued.plus(Duration.ofDays(30)))).isTrue();
        assertThat(token.isUsable(token.getExpiresAt())).isFalse();
        assertThat(token.getExpiryDate()).isEqualTo(LocalDate.of(2026, 11, 19));
    }

    @Test
    void theExpiryDateIsTheDayOnThePortalsClockNotInUtc() {
        // 00:30 on 2 December in Stockholm, still 1 December in UTC
        Instant justAfterMidnight = Instant.parse("2026-12-01T23:30:00Z");

        ApiToken token = new ApiToken(eva, "Rapporter", "h", "ap_abcdef", justAfterMidnight, 1);

        assertThat(token.getExpiryDate()).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void theProviderSetsTheRolesItOwnsAndLeavesTheOthersAsAnAdminSetThem() {
        UserAccount account = new UserAccount("siri", "hash", null);
        account.grant(Role.HR);
        account.grant(Role.PRESS_OFFICER);
        var owned = EnumSet.of(Role.EMPLOYEE, Role.PRESS_OFFICER);

        boolean changed = account.applyProviderRoles(owned, EnumSet.of(Role.EMPLOYEE));

        assertThat(changed).isTrue();
        assertThat(account.getRoles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.HR);
        assertThat(account.applyProviderRoles(owned, EnumSet.of(Role.EMPLOYEE)))
                .as("the same groups again change nothing")
                .isFalse();
    }
}
