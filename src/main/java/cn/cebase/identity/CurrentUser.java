package cn.cebase.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import cn.cebase.organization.DataScope;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who, which organisation, which roles, and the data scope that follows. */
public final class CurrentUser implements UserDetails, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private transient String passwordHash;

	private final String displayName;

	private final long organizationId;

	private final String organizationName;

	private final Set<Role> roles;

	private final DataScope scope;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	CurrentUser(long id, String username, String passwordHash, String displayName, long organizationId,
			String organizationName, Set<Role> roles, DataScope scope, boolean enabled, boolean locked,
			boolean mustChangePassword) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.organizationId = organizationId;
		this.organizationName = organizationName;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.scope = scope;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
	}

	/** The user signed in on this thread, if any: for code that is not handed one (listeners, layout). */
	public static java.util.Optional<CurrentUser> signedIn() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
				? java.util.Optional.of(user) : java.util.Optional.empty();
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public long organizationId() {
		return organizationId;
	}

	public String organizationName() {
		return organizationName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public DataScope scope() {
		return scope;
	}

	public boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Drops the hash once signed in; the session never needs it. */
	void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof CurrentUser other && other.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return username;
	}
}
