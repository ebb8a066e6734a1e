package cn.helituan.domain.message;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The messages of the accounts. */
public interface Messages {

    Message save(Message message);

    Optional<Message> findById(Long id);

    /** One of an account's messages (another account's is not found). */
    Optional<Message> findByIdAndAccountId(long id, long accountId);

    /** An account's messages, newest first. */
    Page<Message> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId, Pageable pageable);

    /** Writes many messages in one statement (a daily job telling thousands of people: the reminders). */
    void insertAll(java.util.List<Message> messages);

    /** How many of an account's messages are unread (the menu's envelope). */
    long countByAccountIdAndReadAtIsNull(long accountId);

    /** Marks every unread message of the account read; how many. */
    int readAll(long accountId, Instant at);

    /** Whether the account was sent the announcement (it may read it). */
    boolean existsByAnnouncementIdAndAccountId(long announcementId, long accountId);

    /** For each announcement: how many received it and how many of them have read it (one statement per page). */
    List<AnnouncementCount> countAnnouncements(Collection<Long> announcementIds);
}
