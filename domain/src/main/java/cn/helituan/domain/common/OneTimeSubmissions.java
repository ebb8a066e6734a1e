package cn.helituan.domain.common;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A create form's one-time key, claimed in the transaction that saves the record: the first submission of a key
 * saves, any later one (a phone retrying on a bad network, a double click, a script run twice) answers the record
 * the first saved. The key's unique row makes two concurrent submissions of one key save once: the second claim
 * waits for the first transaction and then finds the key taken.
 */
@Service
@RequiredArgsConstructor
public class OneTimeSubmissions {

    private final FormKeys keys;

    /**
     * Saves through {@code create} (which answers the saved record's id) unless this account's key already saved a
     * record of this form. A key another account (or another form) claimed is {@link Outcome#FOREIGN}: nothing is
     * saved and nothing about that record is told. A rule broken in {@code create} rolls the claim back with the
     * record, so the corrected form saves with the same key.
     */
    @Transactional
    public Submission submit(Scope scope, UUID key, String form, Supplier<Long> create) {
        if (!keys.claim(key, scope.accountId(), form)) {
            return keys.find(key)
                    .filter(claimed -> claimed.accountId() == scope.accountId() && claimed.form().equals(form)
                            && claimed.recordId() != null)
                    .map(claimed -> new Submission(claimed.recordId(), Outcome.REPEATED))
                    .orElse(new Submission(null, Outcome.FOREIGN));
        }
        Long id = Objects.requireNonNull(create.get(), "the saved record's id (a part saved with its whole has none "
                + "before the flush: answer the whole's)");
        keys.settle(key, id);
        return new Submission(id, Outcome.SAVED);
    }

    /**
     * For a record known before the write (an import's confirm): claims the key for it in the caller's transaction
     * (which must be running), answering what {@link #submit} would have.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Outcome claim(Scope scope, UUID key, String form, long recordId) {
        if (keys.claim(key, scope.accountId(), form)) {
            keys.settle(key, recordId);
            return Outcome.SAVED;
        }
        return keys.find(key).filter(claimed -> claimed.accountId() == scope.accountId()
                && claimed.form().equals(form) && Long.valueOf(recordId).equals(claimed.recordId()))
                .map(claimed -> Outcome.REPEATED).orElse(Outcome.FOREIGN);
    }

    public enum Outcome { SAVED, REPEATED, FOREIGN }

    /** What a submission did: saved the record, found the record its key saved before, or refused a foreign key. */
    public record Submission(Long recordId, Outcome outcome) {
    }
}
