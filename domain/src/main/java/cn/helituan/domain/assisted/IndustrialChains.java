package cn.helituan.domain.assisted;

import java.util.List;
import java.util.Optional;

public interface IndustrialChains {

    Optional<IndustrialChain> findById(Long id);

    <S extends IndustrialChain> S save(S chain);

    boolean existsByNameIgnoreCase(String name);

    List<IndustrialChain> findByArchivedFalseOrderByName();

    java.util.Optional<IndustrialChain> findByNameIgnoreCase(String name);

    long countLiveEnterprises(Long chainId);
}
