package org.cityindicators.db;

import jakarta.persistence.AttributeConverter;
import org.cityindicators.domain.Coded;

/** Stores a {@link Coded} vocabulary member as its code, the same text the API and the data files use. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> type;

    protected CodedConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E member) {
        return member == null ? null : member.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return Coded.stored(type, code);
    }
}
