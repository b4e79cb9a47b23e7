package nl.regiokompas.platform.serialization;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Axon's serializers: Jackson 2, because Axon 4.13's Jackson 3 serializer cannot read replay tokens (ADR 0003). */
@Configuration(proxyBeanMethods = false)
class SerializerConfiguration {

    /**
     * Tokens, sagas and aggregate snapshots. Snapshots hold an aggregate's private fields, so this mapper
     * also sees fields, unlike the one for events and messages.
     */
    @Bean
    @Primary
    Serializer serializer() {
        ObjectMapper mapper = messageMapper().setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(mapper));
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(messageMapper()));
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return new CachingJacksonSerializer(JacksonSerializer.builder().objectMapper(messageMapper()));
    }

    static ObjectMapper messageMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
