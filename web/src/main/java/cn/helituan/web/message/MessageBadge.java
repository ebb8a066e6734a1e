package cn.helituan.web.message;

import cn.helituan.domain.message.MessageService;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The menu's count of unread messages, read by the layout once per full page it renders
 * ({@code ${@messageBadge.unread(viewer.username())}}): one statement on the partial index message_unread_idx.
 * Fragments that htmx swaps in do not render the layout and do not count.
 */
@Component("messageBadge")
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MessageBadge {

    private final MessageService messages;

    public long unread(String username) {
        return messages.unreadOf(username);
    }
}
