package nl.regiokompas.command.common;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import nl.regiokompas.api.common.RuleViolation;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The expected version of a command ({@link TargetAggregateVersion}) is a version its sender can have seen:
 * from 0 up to the aggregate's current version. Anything else is bad input and changes nothing.
 * <p>
 * Axon does not guard this range itself: a version above the current one fails its load check with a
 * {@link ConflictingAggregateVersionException} (a 500 before this), and a negative one makes the conflict
 * resolver read events from a negative sequence number, so that from -101 on it finds none and merges the
 * command over changes its sender never saw.
 */
@Component
public class ExpectedVersionRange implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final String FIELD = "expectedVersion";

    private final Map<Class<?>, Optional<Field>> versionFields = new ConcurrentHashMap<>();

    @Autowired
    void registerOn(CommandBus commandBus) {
        commandBus.registerHandlerInterceptor(this);
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Long expected = expectedVersionOf(unitOfWork.getMessage().getPayload());
        if (expected != null && expected < 0) {
            throw RefusalTranslation.travelling(RuleViolation.invalid(FIELD, "Versie " + expected
                    + " bestaat niet: versies beginnen bij 0. Stuur de versie die u het laatst zag."));
        }
        try {
            return chain.proceed();
        } catch (ConflictingAggregateVersionException ahead) {
            if (ahead.getExpectedVersion() <= ahead.getActualVersion()) {
                throw ahead;
            }
            throw RefusalTranslation.travelling(RuleViolation.invalid(FIELD, "Versie " + ahead.getExpectedVersion()
                    + " is hoger dan de huidige versie " + ahead.getActualVersion()
                    + "; die kan niemand gezien hebben. Haal de nieuwste versie op en probeer het opnieuw."));
        }
    }

    private Long expectedVersionOf(Object payload) {
        return versionFields.computeIfAbsent(payload.getClass(), ExpectedVersionRange::versionField)
                .map(field -> ReflectionUtils.<Number>getFieldValue(field, payload))
                .map(Number::longValue)
                .orElse(null);
    }

    private static Optional<Field> versionField(Class<?> commandType) {
        for (Field field : ReflectionUtils.fieldsOf(commandType)) {
            if (field.isAnnotationPresent(TargetAggregateVersion.class)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
