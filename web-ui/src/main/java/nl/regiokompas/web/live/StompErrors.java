package nl.regiokompas.web.live;

import org.springframework.messaging.Message;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.socket.messaging.StompSubProtocolErrorHandler;

/** An ERROR frame that says plainly why: a refused subscription or CONNECT names the refusal. */
class StompErrors extends StompSubProtocolErrorHandler {

    @Override
    public Message<byte[]> handleClientMessageProcessingError(Message<byte[]> clientMessage, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException denied) {
                return super.handleClientMessageProcessingError(clientMessage,
                        new MessageDeliveryException("Geen toegang: " + denied.getMessage()));
            }
        }
        return super.handleClientMessageProcessingError(clientMessage, failure);
    }
}
