package dev.facet.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Converter
class ContactRoleSetConverter implements AttributeConverter<Set<ContactRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<ContactRole> roles) {
        return roles.stream().sorted().map(ContactRole::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<ContactRole> convertToEntityAttribute(String column) {
        Set<ContactRole> roles = EnumSet.noneOf(ContactRole.class);
        Arrays.stream(column.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(ContactRole::valueOf)
                .forEach(roles::add);
        return roles;
    }
}
