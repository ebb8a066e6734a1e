package cn.helituan.domain.assisted;

import cn.helituan.domain.common.Scope;

/**
 * What a form's choice of object is for, and so who may list the register for it: an account's object (a first
 * secretary's village: account managers) or a pairing's object (structure managers). Both offer every live object,
 * the register being deployment-wide.
 */
public enum ObjectUse {
    ACCOUNT, PAIRING;

    void require(Scope scope) {
        if (this == ACCOUNT) {
            scope.requireAccounts();
        } else {
            scope.requireStructure();
        }
    }
}
