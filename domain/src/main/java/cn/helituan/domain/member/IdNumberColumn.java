package cn.helituan.domain.member;

import cn.helituan.domain.common.FieldCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * A member's ID number as stored: SM4-encrypted when {@code helituan.security.field-key} is set, plain otherwise
 * ({@link FieldCipher}). Hibernate takes it from Spring (Boot's {@code SpringBeanContainer}), with the application's
 * cipher; without one the entity manager does not start, so a number is never stored plain by mistake.
 */
@Converter
@Component
public class IdNumberColumn implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public IdNumberColumn(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String idNumber) {
        return cipher.seal(idNumber);
    }

    @Override
    public String convertToEntityAttribute(String stored) {
        return cipher.open(stored);
    }
}
