package se.ambassadorsportalen.organisation.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import se.ambassadorsportalen.platform.security.Role;

class AccountAccessTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);
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

        assertThat(token.isUsable(NOW.plusDays(29))).isTrue();
        assertThat(token.isUsable(NOW.plusDays(30))).isFalse();
    }

    @Test
    void aRevokedTokenNeverCountsAgainAndKeepsItsFirstRevocationTime() {
        ApiToken token = new ApiToken(eva, "Rapporter", "h", "ap_abcdef", NOW, 30);

        token.revoke(NOW.plusHours(1));
        token.revoke(NOW.plusHours(2));

        assertThat(token.isUsable(NOW.plusHours(3))).isFalse();
        assertThat(token.getRevokedAt()).isEqualTo(NOW.plusHours(1));
        assertThat(token.getStatusKey()).isEqualTo("organisation.token.revokedStatus");
    }

    @Test
    void aTokenIsValidForOneDayToOneYear() {
        assertThatThrownBy(() -> new ApiToken(eva, "x", "h", "ap_abcdef", NOW, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiToken(eva, "x", "h", "ap_abcdef", NOW, ApiToken.MAX_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiToken(eva, "x", "h", "ap_abcdef", NOW, ApiToken.MAX_DAYS).getExpiresAt())
                .isEqualTo(NOW.plusDays(ApiToken.MAX_DAYS));
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
