package cn.helituan.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.helituan.domain.member.Gender;
import cn.helituan.domain.member.Member;
import cn.helituan.domain.member.MemberDetails;
import cn.helituan.domain.member.MemberType;
import cn.helituan.domain.member.Members;
import cn.helituan.domain.member.WorkUnit;
import cn.helituan.domain.member.WorkUnitKind;
import cn.helituan.domain.member.WorkUnits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two users edit the same member: each transaction has its own entity manager, and the one who saves second,
 * from the copy they opened before the first save, is refused. These transactions commit, so the test removes
 * its rows afterwards.
 */
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OptimisticLockingTest extends PersistenceTest {

    private static final String MOBILE = "13700009999";

    @Autowired
    private Members members;

    @Autowired
    private WorkUnits workUnits;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private Long memberId;
    private Long workUnitId;

    private static MemberDetails details(String name) {
        return new MemberDetails(name, Gender.MALE, null, "科员", null, null, MOBILE, true, MemberType.CADRE, null);
    }

    @Test
    void savingAStaleCopyFails() {
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        tx.executeWithoutResult(status -> {
            WorkUnit bureau = workUnits.save(new WorkUnit("乐观锁测试局", WorkUnitKind.PARTY_GOVERNMENT));
            workUnitId = bureau.getId();
            memberId = members.save(new Member(details("陈刚"), bureau)).getId();
        });
        Member openedByLi = tx.execute(status -> members.findById(memberId).orElseThrow());

        tx.executeWithoutResult(status -> {
            Member openedByZhao = members.findById(memberId).orElseThrow();
            openedByZhao.apply(details("陈刚（赵改）"), openedByZhao.getWorkUnit());
        });
        openedByLi.apply(details("陈刚（李改）"), openedByLi.getWorkUnit());

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> members.save(openedByLi)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        Member stored = tx.execute(status -> members.findById(memberId).orElseThrow());
        assertThat(stored.getName()).isEqualTo("陈刚（赵改）");
        assertThat(stored.getVersion()).isEqualTo(openedByLi.getVersion() + 1);
    }

    @AfterEach
    void removeCommittedRows() {
        jdbc.update("delete from record_history where (entity_type = 'Member' and entity_id = ?)"
                + " or (entity_type = 'WorkUnit' and entity_id = ?)", memberId, workUnitId);
        jdbc.update("delete from member where id = ?", memberId);
        jdbc.update("delete from work_unit where id = ?", workUnitId);
    }
}
