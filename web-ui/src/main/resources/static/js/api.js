/**
 * Talking to the Regiokompas API: JSON in and out, the CSRF token from the XSRF-TOKEN cookie on every
 * change, and problem+json answers turned into an ApiError the views can show.
 */

export function csrfToken() {
    const cookie = document.cookie.split(';').map(part => part.trim())
        .find(part => part.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** A refused or failed request; {@code problem} is the problem+json body when the server sent one. */
export class ApiError extends Error {
    constructor(status, problem) {
        super((problem && (problem.detail || problem.title)) || `De server antwoordde met status ${status}.`);
        this.status = status;
        this.problem = problem || {};
    }
}

async function send(method, path, body, accept = 'application/json') {
    const headers = {Accept: accept};
    if (method !== 'GET') {
        headers['Content-Type'] = 'application/json';
        headers['X-XSRF-TOKEN'] = csrfToken();
    }
    let response;
    try {
        response = await fetch(path, {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            credentials: 'same-origin',
        });
    } catch (networkError) {
        throw new ApiError(0, {
            title: 'Geen verbinding',
            detail: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
        });
    }
    if (response.status === 401) {
        window.location.assign('/login');
        throw new ApiError(401, {title: 'Niet aangemeld', detail: 'U bent niet (meer) aangemeld.'});
    }
    const type = response.headers.get('Content-Type') || '';
    if (!response.ok) {
        let problem = null;
        if (type.includes('json')) {
            try {
                problem = await response.json();
            } catch (ignored) {
                problem = null;
            }
        }
        throw new ApiError(response.status, problem);
    }
    if (response.status === 204) {
        return null;
    }
    if (type.includes('json')) {
        return response.json();
    }
    return response.text();
}

export const api = {
    get: (path) => send('GET', path),
    /**
     * A list that should contain what was just created. The query side follows the command side a moment
     * later, so this asks again briefly (at most 5 seconds) until {@code listed(items)} holds.
     */
    async getListing(path, listed) {
        let items = await send('GET', path);
        for (let attempt = 0; attempt < 20 && !listed(items); attempt += 1) {
            await new Promise(resolve => setTimeout(resolve, 250));
            items = await send('GET', path);
        }
        return items;
    },
    post: (path, body) => send('POST', path, body),
    /** A file the server offers in another format than JSON, as a Blob. */
    async download(path, accept) {
        const response = await fetch(path, {headers: {Accept: accept}, credentials: 'same-origin'});
        if (!response.ok) {
            let problem = null;
            try {
                problem = await response.json();
            } catch (ignored) {
                problem = null;
            }
            throw new ApiError(response.status, problem);
        }
        return response.blob();
    },
};

/** Builds a query string of the non-empty values. */
export function query(parameters) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(parameters)) {
        if (value !== null && value !== undefined && String(value).trim() !== '') {
            search.set(name, String(value).trim());
        }
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}
