package cn.cebase.organization;

import java.util.List;
import java.util.Optional;

import cn.cebase.shared.BusinessException;
import cn.cebase.shared.PageRequest;
import cn.cebase.shared.PageResult;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation tree as the other modules use it. */
@Service
@Transactional(readOnly = true)
public class OrganizationManagement {

	private static final List<String> AUTHORITY_KINDS = List.of(OrganizationKind.COUNTY_HRSS.name(),
			OrganizationKind.CITY_HRSS.name(), OrganizationKind.PROVINCIAL_HRSS.name());

	private final Organizations organizations;

	private final Regions regions;

	OrganizationManagement(Organizations organizations, Regions regions) {
		this.organizations = organizations;
		this.regions = regions;
	}

	public Optional<Organization> find(long id) {
		return organizations.findById(id);
	}

	public Organization get(long id) {
		return organizations.findById(id).orElseThrow(BusinessException::notFound);
	}

	public Optional<Organization> findByCode(String code) {
		return organizations.findByCode(code);
	}

	/** An organisation the user may see, or not found — never a hint that it exists elsewhere. */
	public Organization getInScope(long id, DataScope scope) {
		return organizations.findById(id).filter(o -> scope.covers(o.path())).orElseThrow(BusinessException::notFound);
	}

	@Transactional
	public Organization create(String code, String name, OrganizationKind kind, String regionCode, Long parentId) {
		if (regionCode != null && !regions.isKnown(regionCode)) {
			throw BusinessException.invalidField("regionCode", "region.unknown", regionCode);
		}
		if (organizations.findByCode(code).isPresent()) {
			throw BusinessException.conflictOnField("code", "organization.codeTaken", code);
		}
		return organizations.insert(code, name, kind, regionCode, parentId);
	}

	/**
	 * The 人社 body that supervises institutions in a region: the county's if there is one,
	 * else the city's, else the province's, else MOHRSS.
	 */
	public Optional<Organization> responsibleAuthority(String regionCode) {
		for (Region region : regions.lineage(regionCode)) {
			List<Organization> found = organizations.findByRegionAndKinds(region.code(), AUTHORITY_KINDS);
			if (!found.isEmpty()) {
				return Optional.of(found.get(0));
			}
		}
		return organizations.findByCode(WellKnownOrganizations.MOHRSS);
	}

	/** Places a newly registered institution below the authority of its region. */
	@Transactional
	public Organization registerInstitution(String code, String name, String regionCode) {
		Organization authority = responsibleAuthority(regionCode)
			.orElseThrow(() -> BusinessException.invalidField("regionCode", "region.noAuthority"));
		return create(code, name, OrganizationKind.INSTITUTION, regionCode, authority.id());
	}

	public PageResult<Organization> list(DataScope scope, OrganizationKind kind, String text, PageRequest page) {
		String k = kind == null ? null : kind.name();
		String t = text == null || text.isBlank() ? null : text.strip();
		return new PageResult<>(organizations.findInScope(scope.pathPrefix(), k, t, page.size(), page.offset()),
				page.page(), page.size(), organizations.countInScope(scope.pathPrefix(), k, t));
	}

	/** The authorities, departments and enterprises in scope, without institutions: the choices for a staff account. */
	public List<Organization> staffOrganizations(DataScope scope) {
		return organizations.findStaffOrganizations(scope.pathPrefix());
	}

	public List<Organization> children(long parentId) {
		return organizations.findChildren(parentId);
	}

	/** The scope of a user of this organisation; platform administrators see everything. */
	public DataScope scopeOf(long organizationId, boolean global) {
		Organization organization = get(organizationId);
		return global ? DataScope.everything(organizationId) : DataScope.of(organization);
	}
}
