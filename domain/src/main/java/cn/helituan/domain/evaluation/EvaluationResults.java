package cn.helituan.domain.evaluation;

import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The published grades by year on the group's and the member's pages (published rounds only; a member's top grade is
 * their "优先提拔使用" mark). The caller has checked that the reader sees the group or the member.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EvaluationResults {

    private final EvaluationStore store;

    /** A group's published grades by year (its page). */
    @Transactional(readOnly = true)
    public List<EvaluationStore.Result> ofGroup(long groupId) {
        return store.resultsOfGroup(groupId);
    }

    /** A member's published grades by year with the "promote first" mark of a top grade (the member's page). */
    @Transactional(readOnly = true)
    public List<EvaluationStore.Result> ofMember(long memberId) {
        return store.resultsOfMember(memberId);
    }
}
