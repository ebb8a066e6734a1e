package cn.helituan.domain.reminder;

import cn.helituan.domain.job.DailyJob;
import cn.helituan.domain.job.JobOutcome;
import cn.helituan.domain.message.MessageService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job "reminders": asks every {@link ReminderRule} what is due on the day, stores each reminder once
 * (account, subject, day: {@link ReminderStore#storeNew}) and writes its message ({@link MessageService#tellAll}: what
 * {@code tell} writes, in one statement; kind {@code reminder.<KIND>}) in one transaction; after that transaction has committed, hands each newly stored
 * reminder to the {@link OutboundChannel} and records its answer (sent, or failed with the reason). So a second run
 * of the day stores, tells and sends nothing; a channel that fails never takes the reminder or the message back; a
 * run that dies between the commit and the sending leaves its reminders PENDING on the list (not sent twice).
 */
@Component
public class ReminderJob implements DailyJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final int BATCH = 200;

    private final List<ReminderRule> rules;
    private final ReminderStore store;
    private final MessageService messages;
    private final OutboundChannel channel;
    private final MessageSource texts;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final String linkBase;
    private final int threads;

    public ReminderJob(List<ReminderRule> rules, ReminderStore store, MessageService messages, OutboundChannel channel,
                       MessageSource texts, TransactionTemplate tx, Clock clock,
                       @Value("${helituan.reminders.link-base:}") String linkBase,
                       @Value("${helituan.reminders.send-threads:8}") int threads) {
        this.rules = rules;
        this.store = store;
        this.messages = messages;
        this.channel = channel;
        this.texts = texts;
        this.tx = tx;
        this.clock = clock;
        this.linkBase = linkBase == null ? "" : linkBase.strip().replaceAll("/+$", "");
        this.threads = Math.max(1, threads);
    }

    @Override
    public String name() {
        return "reminders";
    }

    @Override
    public JobOutcome run(LocalDate day) {
        long started = System.nanoTime();
        long[] found = new long[2];
        List<ReminderStore.Stored> stored = tx.execute(status -> {
            List<Reminder> due = due(day);
            found[0] = due.size();
            found[1] = System.nanoTime();
            List<ReminderStore.Stored> fresh = store.storeNew(day, clock.instant(), due);
            messages.tellAll(fresh.stream().map(ReminderStore.Stored::reminder)
                    .map(r -> new MessageService.Tell(r.accountId(), r.kind().messageKind(), r.args(), r.link()))
                    .toList());
            return fresh;
        });
        long told = System.nanoTime();
        int failed = send(stored);
        log.info("Reminders for {}: {} due in {} ms, {} new stored and told in {} ms, sent through {} in {} ms ({} failed)",
                day, found[0], (found[1] - started) / 1_000_000, stored.size(), (told - found[1]) / 1_000_000,
                channel.name(), (System.nanoTime() - told) / 1_000_000, failed);
        // the channel's answers are on /reminders, each with its reason; the run counts what it stored
        return JobOutcome.of(stored.size());
    }

    /** Every rule's reminders of the day, each (account, subject) once: the first rule to name it wins. */
    public List<Reminder> due(LocalDate day) {
        Map<String, Reminder> due = new LinkedHashMap<>();
        for (ReminderRule rule : rules) {
            for (Reminder r : rule.due(day)) {
                due.putIfAbsent(r.accountId() + "\u0000" + r.subject(), r);
            }
        }
        return List.copyOf(due.values());
    }

    /**
     * Hands the stored reminders to the channel, {@code threads} at a time (a gateway answering in 50 ms sends a
     * province's 5,800 reminders in about 40 s with 8, not 5 minutes), recording the answers a batch at a time;
     * returns the failures.
     */
    private int send(List<ReminderStore.Stored> stored) {
        if (stored.isEmpty()) {
            return 0;
        }
        int failed = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, stored.size()));
        try {
            for (int from = 0; from < stored.size(); from += BATCH) {
                List<ReminderStore.Stored> batch = stored.subList(from, Math.min(stored.size(), from + BATCH));
                Map<Long, ReminderStore.Recipient> recipients = store.recipients(
                        batch.stream().map(s -> s.reminder().accountId()).distinct().toList());
                List<Future<ReminderStore.Delivery>> sending = new ArrayList<>(batch.size());
                for (ReminderStore.Stored s : batch) {
                    sending.add(pool.submit(() -> deliver(s, recipients.get(s.reminder().accountId()))));
                }
                List<ReminderStore.Delivery> deliveries = new ArrayList<>(batch.size());
                for (Future<ReminderStore.Delivery> f : sending) {
                    ReminderStore.Delivery d = answer(f);
                    failed += d.outcome() == ReminderOutcome.FAILED ? 1 : 0;
                    deliveries.add(d);
                }
                store.record(deliveries);
            }
        } finally {
            pool.shutdown();
        }
        return failed;
    }

    /** One reminder through the channel: sent, or failed with the reason (never thrown). */
    private ReminderStore.Delivery deliver(ReminderStore.Stored s, ReminderStore.Recipient to) {
        Reminder r = s.reminder();
        Outbound message = new Outbound(s.id(), r.accountId(), to == null ? null : to.name(),
                to == null ? null : to.mobile(), text(r), r.link() == null ? null : linkBase + r.link());
        try {
            channel.send(message);
            return new ReminderStore.Delivery(s.id(), ReminderOutcome.SENT, channel.name(), null, clock.instant());
        } catch (RuntimeException e) {
            log.warn("Reminder {} to account {} not sent through {}: {}", s.id(), r.accountId(), channel.name(),
                    e.getMessage());
            return new ReminderStore.Delivery(s.id(), ReminderOutcome.FAILED, channel.name(), reason(e),
                    clock.instant());
        }
    }

    private static ReminderStore.Delivery answer(Future<ReminderStore.Delivery> sending) {
        try {
            return sending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending reminders", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending a reminder failed", e.getCause());
        }
    }

    /** The message's text in Simplified Chinese (the outbound channel has no reader's language). */
    public String text(Reminder r) {
        return texts.getMessage("message." + r.kind().messageKind(), r.args().toArray(), Locale.SIMPLIFIED_CHINESE);
    }

    private static String reason(RuntimeException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }
}
