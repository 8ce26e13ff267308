package cn.cebase.identity;

import java.util.Set;

/** What it takes to open an account. */
public record NewUser(String username, String password, String displayName, long organizationId, Set<Role> roles,
		String email, String phone, boolean mustChangePassword) {
}
