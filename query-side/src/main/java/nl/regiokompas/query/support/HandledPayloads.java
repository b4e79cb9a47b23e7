package nl.regiokompas.query.support;

/**
 * A projection whose event handler takes every domain event ({@code DomainEventMessage<?>}) but changes its tables
 * for some payload types only: it names them here, so that a rebuild hands it only those events and does not
 * deserialize the others for it. The handler itself must ignore every other type, as it does live.
 */
public interface HandledPayloads {

    boolean handles(Class<?> payloadType);
}
