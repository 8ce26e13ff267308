package cn.cebase.identity.web;

import java.util.EnumSet;
import java.util.Set;

import cn.cebase.identity.Role;

/** 新建用户 form. */
public class UserForm {

	private String username;

	private String displayName;

	private Long organizationId;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String email;

	private String phone;

	private String password;

	public String getUsername() { return username; }
	public void setUsername(String username) { this.username = username; }
	public String getDisplayName() { return displayName; }
	public void setDisplayName(String displayName) { this.displayName = displayName; }
	public Long getOrganizationId() { return organizationId; }
	public void setOrganizationId(Long organizationId) { this.organizationId = organizationId; }
	public Set<Role> getRoles() { return roles; }
	public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
	public String getEmail() { return email; }
	public void setEmail(String email) { this.email = email; }
	public String getPhone() { return phone; }
	public void setPhone(String phone) { this.phone = phone; }
	public String getPassword() { return password; }
	public void setPassword(String password) { this.password = password; }
}
