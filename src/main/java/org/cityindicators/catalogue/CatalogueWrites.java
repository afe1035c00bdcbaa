package org.cityindicators.catalogue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Preconditions;
import org.cityindicators.audit.AuditEntry;
import org.cityindicators.cache.DatasetVersion;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * PUT of a catalogue entry (indicator, area, source): create it, or replace it when If-Match names its current
 * version. Sending the current content again changes nothing. Every change is audited in the same transaction.
 */
@ApplicationScoped
public class CatalogueWrites {

    /** What a PUT did. */
    enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** How to find, create, compare and change one kind of entry. */
    public record Kind<E extends PanacheEntityBase>(String resource, Function<String, E> find, Supplier<E> create,
                                                    ToLongFunction<E> version) {
    }

    @Inject
    DatasetVersion datasetVersion;

    /**
     * A catalogue PUT from start to answer: the write in its own transaction (ArC intercepts this self-invocation), then
     * the entry as committed, answered 201 with Location or 200, with its version as the entity tag.
     */
    public <E extends PanacheEntityBase> Response putAndAnswer(Kind<E> kind, String code, Predicate<E> unchanged,
                                                               Consumer<E> apply, String ifMatch, String actor,
                                                               String location, Function<E, Object> answer) {
        Outcome outcome = put(kind, code, unchanged, apply, ifMatch, actor);
        E saved = kind.find().apply(code);
        return Preconditions.written(outcome == Outcome.CREATED, location, kind.version().applyAsLong(saved), answer.apply(saved));
    }

    @Transactional
    <E extends PanacheEntityBase> Outcome put(Kind<E> kind, String code, Predicate<E> unchanged, Consumer<E> apply,
                                                     String ifMatch, String actor) {
        E entry = kind.find().apply(code);
        Outcome outcome;
        if (entry == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new ApiException(412, "Precondition Failed", "If-Match names a version, but there is no "
                        + kind.resource() + " '" + code + "' yet", List.of());
            }
            entry = kind.create().get();
            apply.accept(entry);
            entry.persist();
            outcome = Outcome.CREATED;
        } else if (unchanged.test(entry)) {
            return Outcome.UNCHANGED;
        } else {
            Preconditions.require(ifMatch, kind.version().applyAsLong(entry));
            apply.accept(entry);
            outcome = Outcome.UPDATED;
        }
        try {
            Panache.getEntityManager().flush();
        } catch (PersistenceException e) {
            throw new ApiException(409, "Conflict", "The change contradicts published figures or other entries (for "
                    + "example a unit or scope that existing figures use, or a parent that does not exist)", List.of());
        }
        AuditEntry.record(actor, outcome == Outcome.CREATED ? "create" : "update", kind.resource(), code, null, null);
        datasetVersion.refreshAfterCommit();
        return outcome;
    }
}
