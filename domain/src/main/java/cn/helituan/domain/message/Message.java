package cn.helituan.domain.message;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/**
 * Something the system tells one account (站内消息): a kind (the message key {@code message.<kind>}) with its
 * arguments, rendered in the reader's language, and the page it concerns. Written by the system, read by its
 * account only, marked read, never deleted.
 */
@Entity
@Table(name = "message")
public class Message {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Long accountId;

    @Column(nullable = false, updatable = false)
    private String kind;

    @Column(nullable = false, updatable = false)
    private String[] args;

    @Column(updatable = false)
    private String link;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    private Instant readAt;

    /** The announcement it delivers (通知公告), if it is one: its received and read counts are counted on it. */
    @Column(updatable = false)
    private Long announcementId;

    protected Message() {
    }

    public Message(long accountId, String kind, List<String> args, String link, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.args = args.toArray(String[]::new);
        this.link = link;
        this.createdAt = createdAt;
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean isRead() {
        return readAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getKind() {
        return kind;
    }

    public List<String> getArgs() {
        return List.of(args);
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public Long getAnnouncementId() {
        return announcementId;
    }
}
