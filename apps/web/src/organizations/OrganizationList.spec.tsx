import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from '../App';
import { createFakeSimpleRestApi } from '../../test/fake-simple-rest';
import { fakeAdminSession, SESSION_STORAGE_KEY } from '../../test/session';

// Lets React know act() is in charge of flushing updates in this environment.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

async function waitForText(container: HTMLElement, text: string, timeoutMs = 4000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!container.textContent?.includes(text)) {
    if (Date.now() > deadline) throw new Error(`« ${text} » jamais affiché ; page : ${container.textContent}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

describe('liste des organisations (jsdom)', () => {
  const api = createFakeSimpleRestApi();
  let container: HTMLDivElement;
  let root: Root;

  beforeEach(() => {
    globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const answer = api.handle(init?.method ?? 'GET', String(input));
      return new Response(answer.body, { status: answer.status, headers: answer.headers });
    });
    sessionStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(fakeAdminSession));
    window.location.hash = '#/organizations';
    container = document.createElement('div');
    document.body.appendChild(container);
    root = createRoot(container);
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
  });

  it('affiche les colonnes et les types en français, à partir de /api/organizations', async () => {
    await act(async () => root.render(<App />));
    await waitForText(container, 'La Poste');

    const headers = Array.from(container.querySelectorAll('thead th'), (cell) => cell.textContent?.trim()).filter(Boolean);
    expect(headers).toEqual(['Nom', 'Identifiant court', 'SIREN', 'Type']);
    expect(container.textContent).toContain('Opérateur');
    expect(container.textContent).toContain('Direction');
    expect(container.textContent).toContain('1-3 sur 3');
    const listCall = api.requests.find((request) => request.startsWith('GET /api/organizations?')) ?? '';
    const query = new URL(listCall.slice('GET '.length), 'http://localhost').searchParams;
    expect(JSON.parse(query.get('sort') ?? 'null')).toEqual(['name', 'ASC']);
    expect(JSON.parse(query.get('range') ?? 'null')).toEqual([0, 9]);
  });
});
