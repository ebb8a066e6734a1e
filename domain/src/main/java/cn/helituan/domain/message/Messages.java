package cn.helituan.domain.message;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The messages of the accounts. */
public interface Messages {

    Message save(Message message);

    Optional<Message> findById(Long id);

    /** An account's messages, newest first. */
    Page<Message> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

    /** Writes many messages in one statement (a daily job telling thousands of people: the reminders). */
    void insertAll(java.util.List<Message> messages);

    /** How many of an account's messages are unread (the menu's envelope). */
    long countByAccountIdAndReadAtIsNull(long accountId);
}
