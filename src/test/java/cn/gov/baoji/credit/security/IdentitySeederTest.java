package cn.gov.baoji.credit.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Outside the local profile the engine refuses to start without a real admin password. */
class IdentitySeederTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "admin", "short-pass1"})
    void productionRefusesAMissingOrWeakAdminPassword(String password) {
        assertThatThrownBy(() -> IdentitySeeder.requireAdminPassword(new IdentityProperties(false, password)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("admin password");
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct-horse-battery", "二〇二六年宝鸡市信用办公室密码"})
    void productionAcceptsALongPassword(String password) {
        assertThatCode(() -> IdentitySeeder.requireAdminPassword(new IdentityProperties(false, password)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void evenTheLocalProfileNeedsSomeAdminPassword(String password) {
        assertThatThrownBy(() -> IdentitySeeder.requireAdminPassword(new IdentityProperties(true, password)))
                .isInstanceOf(IllegalStateException.class);
    }
}
