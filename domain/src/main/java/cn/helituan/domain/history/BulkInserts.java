package cn.helituan.domain.history;

import java.time.Instant;

/**
 * Set-based writing for large imports: new rows streamed into a table with PostgreSQL's {@code COPY}, in the current
 * transaction and on its connection, bypassing the entities. Ids come from the table's own id sequence in the blocks
 * Hibernate's pooled ids take (V38: 50 per {@code nextval}), so rows written here and entities saved by JPA never
 * share an id. Pending JPA inserts are flushed before a copy starts, so a copied row may refer to them.
 * <p>
 * Audited rows copied this way have no entity events: a copy given the entity's type writes their {@code CREATED}
 * history itself, which (like the entity history) it leaves out in a {@link DryRun}.
 */
public interface BulkInserts {

    /** Hands out new ids of {@code table}'s id sequence ({@code <table>_id_seq}), fetching blocks as needed. */
    Ids ids(String table);

    /**
     * A bulk insert into {@code table}'s {@code columns}: rows are buffered and sent by {@code COPY … FROM STDIN}
     * every 256 KB and at {@link Copy#close()} (no COPY stays open between calls: the caller may run queries and
     * save entities between rows, but sees the rows only once sent). {@code historyType}, when not null, is the entity's simple class name: each row's
     * first column is then its id, and a {@code CREATED} history row is written for it at {@code at} by {@code by}.
     */
    Copy copy(String table, String historyType, Instant at, String by, String... columns);

    /** New ids of one table. */
    interface Ids {
        long next();
    }

    /** One open COPY. Values: null, String, Number, Boolean, LocalDate, Instant, Enum (its name) or toString(). */
    interface Copy extends AutoCloseable {

        void row(Object... values);

        /** Rows added so far. */
        long rows();

        /** Sends the rows added so far (they are sent anyway every 256 KB and at close). */
        void flush();

        @Override
        void close();
    }
}
