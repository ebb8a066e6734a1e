package cn.helituan.persistence.assisted;

import cn.helituan.domain.assisted.IndustrialChain;
import cn.helituan.domain.assisted.IndustrialChains;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface JpaIndustrialChains extends JpaRepository<IndustrialChain, Long>, IndustrialChains {

    @Override
    @Query("select count(c) > 0 from IndustrialChain c where lower(c.name) = lower(:name)")
    boolean existsByNameIgnoreCase(@Param("name") String name);

    @Override
    @Query("select c from IndustrialChain c where lower(c.name) = lower(:name)")
    java.util.Optional<IndustrialChain> findByNameIgnoreCase(@Param("name") String name);

    @Override
    @Query("select count(o) from AssistedObject o where o.chain.id = :id and o.archived = false")
    long countLiveEnterprises(@Param("id") Long chainId);
}
