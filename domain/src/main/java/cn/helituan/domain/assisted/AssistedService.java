package cn.helituan.domain.assisted;

import cn.helituan.domain.common.Scope;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assisted objects, so far only as the scopes of first-secretary accounts. */
@Service
public class AssistedService {

    private final AssistedObjects objects;

    public AssistedService(AssistedObjects objects) {
        this.objects = objects;
    }

    /** The objects an account may be scoped to. */
    @Transactional(readOnly = true)
    public List<AssistedObject> selectable(Scope scope) {
        scope.requireAccounts();
        return objects.findByArchivedFalseOrderByName();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<AssistedObject> find(long id) {
        return objects.findById(id);
    }
}
