package cn.helituan.domain.reminder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The default outbound channel: each reminder is a line in the log (a deployment without a gateway). */
@Component
@ConditionalOnProperty(name = "helituan.reminders.channel", havingValue = "log", matchIfMissing = true)
public class LoggingChannel implements OutboundChannel {

    private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

    @Override
    public String name() {
        return "log";
    }

    @Override
    public void send(Outbound message) {
        log.info("Reminder {} to account {} ({}, {}): {} {}", message.reminderId(), message.accountId(),
                message.name(), message.mobile(), message.text(), message.link());
    }
}
