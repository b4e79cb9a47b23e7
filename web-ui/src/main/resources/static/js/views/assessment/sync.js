/**
 * Keeps the assessment page in step with the server, one way: every change arrives on
 * /topic/assessments/{id} with its version, the server's Dutch description and the whole document as of that
 * version, and the page shows that document without asking again. A page that notices a gap (a version that is
 * not the last one seen + 1, or a message without a document) catches up with one GET of the document and
 * goes on. While "Wijzigingen van anderen direct tonen" is off, changes of others are counted and the newest
 * document is kept aside; resuming shows it (or catches up once when something is missing).
 *
 * What the user may do next comes with every GET of the document (allowedActions); a pushed document is the
 * same for everyone, so the page asks for its allowed actions again only after a change that the server marks
 * with allowedActionsChanged.
 */
import {api} from '../../api.js';

const RETRIES_WHILE_BEHIND = 3;

export class DocumentSync {
    /**
     * @param base      the document's path, /api/assessments/{id}
     * @param me        the signed-in user ({userId})
     * @param first     the document of the first GET, with allowedActions
     * @param render    render(doc, allowedActions): shows a document
     * @param noticed   noticed(message, own): a change arrived (for announcing it and learning names)
     * @param pending   pending(count): the number of changes of others not shown yet (paused)
     */
    constructor({base, me, first, render, noticed, pending}) {
        this.base = base;
        this.me = me;
        this.render = render;
        this.noticed = noticed;
        this.pending = pending;
        this.shown = first;
        this.newest = first;
        this.allowed = first.allowedActions;
        this.allowedStale = false;
        this.lastSeen = first.version;
        this.wanted = first.version;
        this.paused = false;
        this.unseen = 0;
        this.left = false;
        this.fetching = null;
        this.showAfterFetch = false;
        this.askingAllowed = null;
    }

    /** A pushed change. */
    receive(message) {
        if (this.note(message) && (!this.paused || this.isOwn(message))) {
            this.bringUp(true);
        }
    }

    /** After (re)subscribing: what happened after the last version seen, as history entries. */
    async catchUp() {
        try {
            const entries = await api.get(`${this.base}/history?afterSequence=${encodeURIComponent(this.lastSeen)}`);
            let any = false;
            for (const entry of entries) {
                any = this.note({...entry, version: entry.sequence}) || any;
            }
            if (any && !this.paused) {
                this.bringUp(true);
            }
        } catch (error) {
            console.warn('Catching up failed', error);
        }
    }

    pause() {
        this.paused = true;
    }

    /** Shows everything that arrived while paused (also used by "Nu bijwerken" while still paused). */
    showWaiting() {
        this.unseen = 0;
        this.pending(0);
        return this.bringUp(true);
    }

    resume() {
        this.paused = false;
        return this.showWaiting();
    }

    /** After an own edit answered this version: shows at least that version (read-your-writes). */
    reach(version) {
        this.wanted = Math.max(this.wanted, version);
        return this.bringUp(true);
    }

    /** Shows the current document right away, e.g. after a refused edit; answers it (null when it failed). */
    async reload() {
        try {
            const doc = await api.get(this.base);
            this.accept(doc);
            this.display(true);
            return doc;
        } catch (error) {
            return null;
        }
    }

    leave() {
        this.left = true;
    }

    isOwn(message) {
        return !!(message.actor && message.actor.userId === this.me.userId);
    }

    /** Takes note of a change; false for a version already seen. Its document counts when it follows the newest. */
    note(message) {
        if (this.left || typeof message.version !== 'number' || message.version <= this.lastSeen) {
            return false;
        }
        this.lastSeen = message.version;
        if (message.document && message.version === this.newest.version + 1) {
            this.newest = message.document;
        }
        if (message.allowedActionsChanged) {
            this.allowedStale = true;
        }
        const own = this.isOwn(message);
        this.noticed(message, own);
        if (this.paused && !own) {
            this.unseen += 1;
            this.pending(this.unseen);
        }
        return true;
    }

    target() {
        return Math.max(this.lastSeen, this.wanted);
    }

    /** Shows the newest document when no later version is known, otherwise catches up once. */
    bringUp(show) {
        if (this.newest.version >= this.target()) {
            if (show) {
                this.display(false);
            }
            return Promise.resolve();
        }
        return this.fetchNewest(show);
    }

    /** One GET of the document at least at the last version known; concurrent callers share it. */
    fetchNewest(show) {
        this.showAfterFetch = this.showAfterFetch || show;
        if (!this.fetching) {
            const run = (async () => {
                while (!this.left && this.newest.version < this.target()) {
                    const doc = await this.fetchAtLeast(this.target());
                    if (this.left || !this.accept(doc)) {
                        break;
                    }
                }
                if (!this.left && this.showAfterFetch) {
                    this.display(false);
                }
            })().catch(error => console.warn('Refreshing the assessment failed', error));
            this.fetching = run;
            run.finally(() => {
                if (this.fetching === run) {
                    this.fetching = null;
                    this.showAfterFetch = false;
                }
            });
        }
        return this.fetching;
    }

    async fetchAtLeast(version) {
        for (let attempt = 0; attempt < RETRIES_WHILE_BEHIND; attempt += 1) {
            try {
                return await api.get(`${this.base}?minVersion=${encodeURIComponent(version)}`);
            } catch (error) {
                if (error.status !== 503) {
                    throw error;
                }
                await new Promise(resolve => setTimeout(resolve, 1000));
            }
        }
        return api.get(this.base);
    }

    /** Keeps a fetched document (with its allowed actions) when it is newer; false when it brought nothing new. */
    accept(doc) {
        const newer = doc.version > this.newest.version;
        if (newer) {
            this.newest = doc;
        }
        if (doc.allowedActions && doc.allowedActions.version >= this.allowed.version) {
            this.allowed = doc.allowedActions;
            this.allowedStale = this.allowedStale && doc.version < this.lastSeen;
        }
        return newer;
    }

    display(force) {
        if (this.left) {
            return;
        }
        if (force || this.newest.version > this.shown.version) {
            this.shown = this.newest;
            this.render(this.shown, this.allowed);
        }
        if (this.allowedStale) {
            this.askAllowed();
        }
    }

    /** The allowed actions of the document shown, after a change that may have changed them. */
    askAllowed() {
        if (this.askingAllowed) {
            return;
        }
        this.allowedStale = false;
        const version = this.shown.version;
        const run = api.get(`${this.base}/allowed-actions?minVersion=${encodeURIComponent(version)}`)
            .then(allowed => {
                if (!this.left && allowed.version >= this.allowed.version) {
                    this.allowed = allowed;
                    this.render(this.shown, this.allowed);
                }
            })
            .catch(error => console.warn('Reading the allowed actions failed', error));
        this.askingAllowed = run;
        run.finally(() => {
            this.askingAllowed = null;
            if (this.allowedStale && !this.left) {
                this.askAllowed();
            }
        });
    }
}
