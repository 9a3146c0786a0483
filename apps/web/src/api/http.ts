import { fetchUtils, HttpError } from 'react-admin';
import { activeSession, clearSession } from '../auth/session';

function authorizationHeaders(headers?: HeadersInit): Headers {
  const result = new Headers(headers ?? { Accept: 'application/json' });
  const session = activeSession();
  if (session) result.set('Authorization', `Bearer ${session.accessToken}`);
  return result;
}

/** ra-data-simple-rest's client with the bearer token of the session; a 401 forgets the session (react-admin then shows the login page). */
export const httpClient = async (url: string, options: fetchUtils.Options = {}) => {
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers: authorizationHeaders(options.headers as HeadersInit) });
  } catch (error) {
    if (error instanceof HttpError && error.status === 401) clearSession();
    throw error;
  }
};

/** The API's French message when it gave one (`{ message }` of DomainException), else the HTTP status. */
export function messageOf(error: unknown): string {
  if (error instanceof HttpError) {
    const body = error.body as { message?: unknown } | undefined;
    if (body && typeof body.message === 'string') return body.message;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export async function apiGet<T>(path: string): Promise<T> {
  return (await httpClient(`/api${path}`)).json as T;
}

export async function apiSend<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await httpClient(`/api${path}`, { method, body: body === undefined ? undefined : JSON.stringify(body) });
  return response.json as T;
}

/** Downloads an authenticated file (a link cannot carry the bearer token) under the name the API gives, else `fallbackName`. */
export async function downloadAuthenticated(path: string, fallbackName: string): Promise<void> {
  const response = await fetch(`/api${path}`, { headers: authorizationHeaders({}) });
  if (!response.ok) throw new Error(`Téléchargement impossible (${response.status})`);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? /filename="([^"]+)"/.exec(disposition)?.[1];
  saveBlob(await response.blob(), name ? decodeURIComponent(name) : fallbackName);
}

export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Multipart upload through XMLHttpRequest: fetch cannot report upload progress. */
export function uploadWithProgress<T>(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    const session = activeSession();
    if (session) request.setRequestHeader('Authorization', `Bearer ${session.accessToken}`);
    request.setRequestHeader('Accept', 'application/json');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        body = null;
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else {
        const message = (body as { message?: string } | null)?.message ?? `Envoi refusé (${request.status})`;
        reject(new Error(message));
      }
    };
    request.onerror = () => reject(new Error('Envoi interrompu : le serveur ne répond pas'));
    request.send(form);
  });
}
