package cn.cebase.institution;

import java.util.Optional;

import org.springframework.data.repository.CrudRepository;

interface Institutions extends CrudRepository<Institution, Long> {

	Optional<Institution> findByCreditCode(String creditCode);

	Optional<Institution> findByOrganizationId(Long organizationId);

	boolean existsByCreditCode(String creditCode);
}
