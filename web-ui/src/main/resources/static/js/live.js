/**
 * Live updates over STOMP on a plain WebSocket at /ws of the same origin. The session cookie
 * authenticates the handshake; the CSRF token (value of the XSRF-TOKEN cookie) goes in the CONNECT
 * headers. Subscriptions are remembered, so after a reconnect they are made again and each subscriber
 * is told to catch up (GET .../history?afterSequence=N). Without a WebSocket server the pages keep
 * working with plain fetches; only the status line says that changes of others do not arrive by themselves.
 */
import {csrfToken} from './api.js';

const STOMP_MODULE = '/webjars/stomp__stompjs/7.0.0/esm6/index.js';
const FIRST_DELAY = 2000;
const LONGEST_DELAY = 30000;

/** Set localStorage 'regiokompas.debug' to any value to see the STOMP frames in the browser console. */
function debugging() {
    try {
        return !!window.localStorage.getItem('regiokompas.debug');
    } catch (ignored) {
        return false;
    }
}

class LiveConnection {
    constructor() {
        this.client = null;
        this.connected = false;
        this.subscriptions = new Set();
        this.statusListeners = new Set();
        this.starting = null;
    }

    /** Starts connecting once; later calls return the same promise. */
    start() {
        if (!this.starting) {
            this.starting = this.connect().catch(error => {
                console.warn('Live updates unavailable', error);
                this.notify();
            });
        }
        return this.starting;
    }

    async connect() {
        if (!('WebSocket' in window)) {
            return;
        }
        const {Client} = await import(STOMP_MODULE);
        const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
        this.client = new Client({
            brokerURL: `${scheme}://${window.location.host}/ws`,
            reconnectDelay: FIRST_DELAY,
            heartbeatIncoming: 20000,
            heartbeatOutgoing: 20000,
            debug: message => {
                if (debugging()) {
                    console.debug(message);
                }
            },
            beforeConnect: () => {
                // the token is read at every (re)connect: signing in again gives a new one
                this.client.connectHeaders = {'X-XSRF-TOKEN': csrfToken()};
            },
            onConnect: () => {
                this.connected = true;
                this.client.reconnectDelay = FIRST_DELAY;
                for (const subscription of this.subscriptions) {
                    this.attach(subscription);
                }
                this.notify();
            },
            onWebSocketClose: () => {
                const wasConnected = this.connected;
                this.connected = false;
                for (const subscription of this.subscriptions) {
                    subscription.stomp = null;
                }
                if (!wasConnected) {
                    this.client.reconnectDelay = Math.min(this.client.reconnectDelay * 2, LONGEST_DELAY);
                }
                this.notify();
            },
            onStompError: frame => {
                console.warn('STOMP error', frame.headers && frame.headers.message);
            },
        });
        this.client.activate();
    }

    attach(subscription) {
        subscription.stomp = this.client.subscribe(subscription.destination, frame => {
            let body;
            try {
                body = JSON.parse(frame.body);
            } catch (error) {
                console.warn('Unreadable live message', error);
                return;
            }
            subscription.onMessage(body);
        });
        if (subscription.onAttached) {
            subscription.onAttached();
        }
    }

    /**
     * Subscribes to a destination. {@code onAttached} runs each time the subscription is made on the
     * server (first connect and every reconnect), so the subscriber can catch up with what it missed
     * while it had no connection. Returns a function that ends the subscription.
     */
    subscribe(destination, onMessage, onAttached) {
        const subscription = {destination, onMessage, onAttached, stomp: null};
        this.subscriptions.add(subscription);
        if (this.connected) {
            this.attach(subscription);
        }
        this.start();
        return () => {
            this.subscriptions.delete(subscription);
            if (subscription.stomp && this.connected) {
                try {
                    subscription.stomp.unsubscribe();
                } catch (ignored) {
                    // the connection went away in the meantime
                }
            }
        };
    }

    /** Calls {@code listener(connected)} now and whenever the connection comes or goes. */
    onStatus(listener) {
        this.statusListeners.add(listener);
        listener(this.connected);
        return () => this.statusListeners.delete(listener);
    }

    notify() {
        for (const listener of this.statusListeners) {
            listener(this.connected);
        }
    }
}

export const live = new LiveConnection();
