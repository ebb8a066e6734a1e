package cn.helituan.persistence.config;

import java.util.Locale;
import java.util.Map;
import org.hibernate.MappingException;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.id.PersistentIdentifierGenerator;
import org.hibernate.id.enhanced.ImplicitDatabaseObjectNamingStrategy;
import org.hibernate.id.enhanced.StandardNamingStrategy;
import org.hibernate.service.ServiceRegistry;

/**
 * Names the sequence of an entity's {@code @GeneratedValue(strategy = SEQUENCE)} id after its table: the sequence a
 * {@code bigserial id} column owns, {@code <table>_id_seq} (Hibernate's own default would be {@code <entity>_SEQ},
 * which does not exist). So every table keeps one sequence, shared by Hibernate's pooled ids (50 at a time, V38) and
 * by plain SQL inserts that take the column default. Set as {@code hibernate.id.db_structure_naming_strategy} by
 * {@link PersistenceConfiguration}.
 */
public final class TableIdSequences implements ImplicitDatabaseObjectNamingStrategy {

    @Override
    public QualifiedName determineSequenceName(Identifier catalogName, Identifier schemaName, Map<?, ?> configValues,
                                               ServiceRegistry serviceRegistry) {
        Object table = configValues.get(PersistentIdentifierGenerator.TABLE);
        if (!(table instanceof String name) || name.isBlank()) {
            throw new MappingException("no table to name the id sequence after: " + configValues);
        }
        return new QualifiedSequenceName(catalogName, schemaName, Identifier.toIdentifier(sequenceOf(name)));
    }

    @Override
    public QualifiedName determineTableName(Identifier catalogName, Identifier schemaName, Map<?, ?> configValues,
                                            ServiceRegistry serviceRegistry) {
        return new StandardNamingStrategy().determineTableName(catalogName, schemaName, configValues, serviceRegistry);
    }

    /** {@code member} → {@code member_id_seq}; a quoted or camel-case name as PostgreSQL stores it unquoted. */
    static String sequenceOf(String table) {
        String bare = Identifier.isQuoted(table) ? Identifier.unQuote(table) : table;
        bare = bare.contains(".") ? bare.substring(bare.lastIndexOf('.') + 1) : bare;
        return bare.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT) + "_id_seq";
    }
}
